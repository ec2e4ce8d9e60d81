#!/usr/bin/env bash
# Saves docs/screenshots/*.png on a fresh demo database: every main view (dashboard,
# persons, cases, hearings, actions, sources, trash) and the main dialogs in English,
# plus the main window and the welcome screen in Russian and Kazakh (main-window-kk.png,
# welcome-ru.png…), which the volunteer guides in docs/guide show.
# Runs a real X server (Xvfb) when it can, else Qt's offscreen platform; the pictures
# are taken by Qt itself (QWidget.grab), so no screen-capture tool is needed.
# Usage: packaging/linux/screenshots.sh [OUT_DIR]
#   LANGS="en ru kk"  every picture in more languages (default: en)
#   MAIN_WINDOW_LANGS="ru kk"  languages with only the main window and the welcome screen
set -eu
cd "$(dirname "$0")/../.."
PY=${PYTHON:-.venv/bin/python}
OUT=${1:-docs/screenshots}
LANGS=${LANGS:-en}
MAIN_WINDOW_LANGS=${MAIN_WINDOW_LANGS-ru kk}
# Xvfb plus the X libraries Qt's xcb platform plugin loads (Qt >= 6.5 needs xcb-cursor).
X_PACKAGES="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $X_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing for screenshots:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 || true
fi

take() {  # take LANG [--only NAME…]
  lang=$1; shift
  if command -v xvfb-run >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24 -dpi 96" \
      "$PY" -m caseapp.gui.screenshots --out "$OUT" --lang "$lang" "$@"
  else
    echo "Xvfb is not available; using Qt's offscreen platform" >&2
    QT_QPA_PLATFORM=offscreen "$PY" -m caseapp.gui.screenshots --out "$OUT" --lang "$lang" "$@"
  fi
}

for lang in $LANGS; do
  take "$lang"
done
for lang in $MAIN_WINDOW_LANGS; do
  case " $LANGS " in *" $lang "*) ;; *) take "$lang" --only main-window welcome ;; esac
done

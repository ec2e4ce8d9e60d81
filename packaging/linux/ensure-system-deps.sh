#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages caseapp needs when they are missing and we run as
# root; prints the apt-get line otherwise. Quiet when everything is there.
#   ensure-system-deps.sh          Qt's libraries and python3-venv (every target)
#   ensure-system-deps.sh desktop  + the X11 libraries Qt needs to open a real window
#   ensure-system-deps.sh test     + poppler-utils (tests render report PDFs with pdftoppm)
set -eu
PY=${PYTHON:-python3}
packages="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3"
case "${1:-}" in
  desktop) packages="$packages libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
            libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
            libxcb-xkb1" ;;
  test) packages="$packages poppler-utils" ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for pkg in $packages; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if ! "$PY" -c "import ensurepip" >/dev/null 2>&1; then
  ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  missing="$missing python3-venv python${ver}-venv"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  # python3.X-venv is not named alike on every release: try all, then one by one.
  apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 || \
    for pkg in $missing; do
      apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 || true
    done
else
  echo "caseapp needs these system packages:$missing" >&2
  echo "Install them with: sudo apt-get install --no-install-recommends$missing" >&2
fi

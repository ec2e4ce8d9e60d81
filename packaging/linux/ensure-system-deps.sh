#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries that Qt's wheels and venv need, when they are
# missing and we run as root. Quiet when everything is there; a hint otherwise.
set -eu
QT_LIBS="libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3"
PY=${PYTHON:-python3}
missing=""
command -v dpkg-query >/dev/null 2>&1 || exit 0
for pkg in $QT_LIBS; do
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
  apt-get update -qq
  # python3.X-venv may not exist under that name on every release: try the list, then singly.
  apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 || \
    for pkg in $missing; do apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 || true; done
else
  echo "caseapp needs these system packages:$missing" >&2
  echo "Install them with: sudo apt-get install --no-install-recommends$missing" >&2
fi

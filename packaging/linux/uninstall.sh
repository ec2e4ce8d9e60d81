#!/bin/sh
# Remove what install.sh put in your home folder. Your cases stay in the data folder
# (~/.local/share/CaseApp, with its backups) unless you pass --remove-data.
set -eu
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_ID=org.caseapp.CaseApp
rm -rf "$DATA/caseapp"
rm -f "$HOME/.local/bin/caseapp" "$HOME/.local/bin/caseapp-gui" \
  "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
  "$DATA/mime/packages/$APP_ID.xml"
find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
if [ "${1:-}" = "--remove-data" ]; then
  rm -rf "$DATA/CaseApp"
  echo "CaseApp and its data folder are removed."
else
  echo "CaseApp is removed; your data stays in $DATA/CaseApp."
fi

#!/bin/sh
# Install CaseApp for this user only (no root): the program into
# ~/.local/share/caseapp/<version>, commands into ~/.local/bin, the menu entry, icons
# and the .caseapp file type into ~/.local/share. Run from the unpacked tarball:
#   ./install.sh            install (again: replaces the program, keeps your data)
# Your data folder (~/.local/share/CaseApp) is never touched; ./uninstall.sh removes
# the program and leaves the data too.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BINDIR=$HOME/.local/bin
TARGET=$DATA/caseapp/program
APP_ID=org.caseapp.CaseApp

mkdir -p "$DATA/caseapp" "$BINDIR" "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
rm -rf "$TARGET.new"
cp -a "$HERE/caseapp" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sf "$TARGET/caseapp-gui" "$BINDIR/caseapp-gui"
ln -sf "$TARGET/caseapp" "$BINDIR/caseapp"

sed "s|^Exec=caseapp-gui|Exec=\"$TARGET/caseapp-gui\"|" "$HERE/share/$APP_ID.desktop" \
  > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/share/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
mkdir -p "$DATA/icons/hicolor"
cp -R "$HERE/share/icons/." "$DATA/icons/hicolor/"

# Refresh the desktop's caches where the tools exist (they are optional).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true

echo "CaseApp is installed in $TARGET"
case ":$PATH:" in *":$BINDIR:"*) ;; *) echo "Add $BINDIR to PATH to type caseapp in a terminal." ;; esac

#!/usr/bin/env bash
# `make dist`: freeze dist/caseapp with PyInstaller (packaging/caseapp.spec), then pack
# dist/caseapp-VERSION-linux-ARCH.tar.gz with the desktop files and install.sh.
# Translations and icons are built first by make (`translations`, `icons`).
# Niced: a build takes minutes of both cores, which other people share.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.venv/bin
VERSION=$($BIN/python -c 'import caseapp; print(caseapp.__version__)')
ARCH=$(uname -m)
started=$(date +%s)
nice -n 10 $BIN/pyinstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/caseapp.spec
echo "PyInstaller took $(( $(date +%s) - started )) s"

# Desktop integration travels inside the bundle and in the tarball's top folder.
NAME=caseapp-$VERSION-linux-$ARCH
STAGE=build/tarball/$NAME
rm -rf build/tarball && mkdir -p "$STAGE"
cp -a dist/caseapp "$STAGE/caseapp"
mkdir -p "$STAGE/share"
cp packaging/linux/org.caseapp.CaseApp.desktop packaging/linux/org.caseapp.CaseApp.metainfo.xml \
  packaging/linux/org.caseapp.CaseApp.mime.xml "$STAGE/share/"
cp -a resources/icons/hicolor "$STAGE/share/icons"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"
chmod 755 "$STAGE/install.sh" "$STAGE/uninstall.sh"
tar -C build/tarball -czf "dist/$NAME.tar.gz" "$NAME"
echo "bundle: $(du -sm dist/caseapp | cut -f1) MiB in $(find dist/caseapp -type f | wc -l) files"
echo "tarball: dist/$NAME.tar.gz, $(du -m "dist/$NAME.tar.gz" | cut -f1) MiB"

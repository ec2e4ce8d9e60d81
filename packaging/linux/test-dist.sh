#!/usr/bin/env bash
# `make test-dist`: the built bundle (dist/caseapp) as a volunteer gets it: copied to
# another folder under another name, the original moved out of the way, run offscreen
# with an empty PATH (so no python can be found) and a fresh home folder. Checks
# --version of both executables, `caseapp-gui --self-test` (core steps, then the window
# in Kazakh), the first run's welcome screen in a Kazakh session, `caseapp demo` and
# `caseapp-gui --cli search`, and the tarball's install script.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x dist/caseapp/caseapp-gui ] || { echo "no bundle: run make dist first" >&2; exit 1; }
WORK=$(mktemp -d /tmp/caseapp-test-dist.XXXXXX)
trap 'rm -rf "$WORK"; [ -d dist/caseapp.away ] && mv dist/caseapp.away dist/caseapp' EXIT
cp -a dist/caseapp "$WORK/Moved CaseApp"
mv dist/caseapp dist/caseapp.away  # nothing may reach back into the build folder
APP="$WORK/Moved CaseApp"
mkdir -p "$WORK/home" "$WORK/empty-path"

run() {  # the bundle with no python reachable and a fresh home
  env -i HOME="$WORK/home" PATH="$WORK/empty-path" QT_QPA_PLATFORM=offscreen \
    LANG="${RUN_LANG:-C.UTF-8}" "$@"
}
run sh -c 'command -v python3 || command -v python' >/dev/null 2>&1 \
  && { echo "a python is reachable in the test PATH" >&2; exit 1; }

check() {  # check NAME EXPECTED-TEXT COMMAND…
  name=$1; expected=$2; shift 2
  output=$(run "$@" 2>&1) || { echo "FAIL $name:"; echo "$output"; exit 1; }
  case "$output" in *"$expected"*) echo "ok   $name";;
    *) echo "FAIL $name: no “$expected” in:"; echo "$output"; exit 1;; esac
}

version=$(.venv/bin/python -c 'import caseapp; print(caseapp.__version__)')
check "caseapp-gui --version" "caseapp $version" "$APP/caseapp-gui" --version
check "caseapp --version" "caseapp $version" "$APP/caseapp" --version
started=$(date +%s%N)
check "caseapp-gui --self-test" "open the main window in Kazakh" "$APP/caseapp-gui" --self-test
echo "     self-test with the window: $(( ($(date +%s%N) - started) / 1000000 )) ms"
check "caseapp --self-test" "self-test passed" "$APP/caseapp" --self-test
# A first run in a Kazakh session: the welcome screen, in Kazakh (quits once shown).
RUN_LANG=kk_KZ.UTF-8 check "first run: welcome screen in Kazakh" \
  "shown: CaseApp-қа қош келдіңіз" "$APP/caseapp-gui" --quit-when-shown
check "caseapp demo" "Created demo database" "$APP/caseapp" --db "$WORK/demo.sqlite" demo
check "caseapp-gui --cli search" "Қуанышбаев" "$APP/caseapp-gui" --cli --db "$WORK/demo.sqlite" \
  search kuanyshbaev
# What loads its data or libraries only when used: deadline rules, letter templates,
# openpyxl, icalendar and its time zones.
check "caseapp deadlines" "" "$APP/caseapp" --db "$WORK/demo.sqlite" deadlines --days 400
check "caseapp letter" "" "$APP/caseapp" --db "$WORK/demo.sqlite" letter "Ерлан Қуанышбаев" \
  --to facility --template release --lang ru -o "$WORK/letter.pdf"
check "caseapp table export (xlsx)" "$WORK/persons.xlsx" "$APP/caseapp" --db "$WORK/demo.sqlite" \
  table export persons --format xlsx -o "$WORK/persons.xlsx"
check "caseapp table import (dry run)" "66" "$APP/caseapp" --db "$WORK/demo.sqlite" \
  table import "$WORK/persons.xlsx" --entity persons --dry-run
check "caseapp hearings --ics" "$WORK/hearings.ics" "$APP/caseapp" --db "$WORK/demo.sqlite" \
  hearings --days 400 --ics -o "$WORK/hearings.ics"
check "caseapp bundle export" "$WORK/out.caseapp" "$APP/caseapp" --db "$WORK/demo.sqlite" \
  bundle export -o "$WORK/out.caseapp"

# The tarball's installer, into the fresh home folder, with the shell's usual tools.
tarball=$(ls dist/caseapp-"$version"-linux-*.tar.gz | head -n 1)
tar -C "$WORK" -xzf "$tarball"
env -i HOME="$WORK/home" PATH=/usr/bin:/bin sh "$WORK"/caseapp-"$version"-linux-*/install.sh \
  >/dev/null
for file in .local/bin/caseapp .local/share/applications/org.caseapp.CaseApp.desktop \
    .local/share/icons/hicolor/48x48/apps/org.caseapp.CaseApp.png \
    .local/share/mime/packages/org.caseapp.CaseApp.xml; do
  [ -e "$WORK/home/$file" ] || { echo "FAIL install.sh: no ~/$file"; exit 1; }
done
check "installed caseapp --version" "caseapp $version" "$WORK/home/.local/bin/caseapp" --version
echo "bundle test passed ($(du -sm "$APP" | cut -f1) MiB)"

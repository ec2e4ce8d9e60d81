#!/usr/bin/env bash
# The figures of docs/packaging.md: bundle size, start-up to the window shown (the
# frozen caseapp-gui on the demo database, and a bare PySide6 window frozen the same way,
# alternating in one run, medians), and the self-test's time. Builds the bare window
# into build/bare-window first (niced; a minute or two). Needs dist/caseapp (make dist).
# Usage: packaging/linux/measure-start.sh [RUNS]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
APP=dist/caseapp
[ -x "$APP/caseapp-gui" ] || { echo "no bundle: run make dist first" >&2; exit 1; }
if [ ! -x build/bare-window/dist/bare-window/bare-window ]; then
  nice -n 10 .venv/bin/pyinstaller --noconfirm --log-level WARN \
    --distpath build/bare-window/dist --workpath build/bare-window/work \
    packaging/pyinstaller/bare_window.spec
fi
BARE=build/bare-window/dist/bare-window/bare-window
WORK=$(mktemp -d /tmp/caseapp-measure.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen CASEAPP_HOME="$WORK/home"
"$APP/caseapp" --db "$WORK/demo.sqlite" demo >/dev/null

ms() {  # milliseconds from start to exit of a command that quits once its window shows
  local started=$(date +%s%N)
  "$@" >/dev/null 2>&1
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

first_bare=$(ms "$BARE"); first_app=$(ms "$APP/caseapp-gui" --quit-when-shown --db "$WORK/demo.sqlite")
: > "$WORK/bare"; : > "$WORK/app"
for _ in $(seq "$RUNS"); do
  ms "$BARE" >> "$WORK/bare"
  ms "$APP/caseapp-gui" --quit-when-shown --db "$WORK/demo.sqlite" >> "$WORK/app"
done
bare=$(median < "$WORK/bare"); app=$(median < "$WORK/app")
echo "bundle: $(du -sm "$APP" | cut -f1) MiB; bare window bundle: $(du -sm build/bare-window/dist/bare-window | cut -f1) MiB"
echo "first start (files maybe not in the page cache): caseapp ${first_app} ms, bare ${first_bare} ms"
echo "start to window shown, median of $RUNS: caseapp ${app} ms, bare window ${bare} ms, ratio $(awk "BEGIN {printf \"%.2f\", $app / $bare}")"
self_started=$(date +%s%N)
"$APP/caseapp" --self-test | tail -n 1
echo "self-test (command line, wall clock): $(( ($(date +%s%N) - self_started) / 1000000 )) ms"

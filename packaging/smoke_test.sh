#!/usr/bin/env bash
# Smoke test of the frozen app (after packaging/build.sh): on a demo journal, offscreen,
# start the app, save a screenshot of every view, write the PDF report, and check each step.
#
#   bash packaging/smoke_test.sh [APP] [KEEP_DIR]
#
# APP defaults to dist/trdjournal/trdjournal; KEEP_DIR, if given, keeps the screenshots and PDF.
# Nothing touches your real data or config folders (XDG_* point into a temporary folder).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="${1:-$root/dist/trdjournal/trdjournal}"
keep="${2:-}"
[ -x "$app" ] || { echo "smoke test: no app at $app (run packaging/build.sh first)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export QT_QPA_PLATFORM=offscreen
unset TRDJOURNAL_DB
out="${keep:-$work/out}"
mkdir -p "$out"
step() { echo "== $*"; }

step "version"
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/src/trdjournal/__init__.py")
"$app" --version | tee /dev/stderr | grep -q "$version"

step "the app starts on the demo journal and keeps running (8 s)"
set +e
timeout 8 "$app" --demo >"$work/gui.log" 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
  echo "the app exited with status $status before 8 s:" >&2
  cat "$work/gui.log" >&2
  exit 1
fi
[ -s "$XDG_DATA_HOME/trdjournal/demo.sqlite3" ] || { echo "no demo journal was created" >&2; exit 1; }

step "screenshots of every view"
"$app" --demo screenshot "$out/screenshots" | tee "$work/shots.txt"
listed=$(grep -c '\.png (' "$work/shots.txt" || true)
count=$(find "$out/screenshots" -name '*.png' -size +10k | wc -l)
if [ "$listed" -lt 1 ] || [ "$count" -ne "$listed" ]; then
  echo "expected $listed screenshots of 10 kB or more, found $count" >&2
  exit 1
fi

step "report"
"$app" --demo report -o "$out/report.pdf"
[ "$(head -c 5 "$out/report.pdf")" = "%PDF-" ] || { echo "report.pdf is not a PDF" >&2; exit 1; }

echo "smoke test passed: $count screenshots, report $(du -h "$out/report.pdf" | cut -f1)${keep:+, kept in $keep}"

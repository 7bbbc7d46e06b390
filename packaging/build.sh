#!/usr/bin/env bash
# Build the one-folder app with PyInstaller: dist/trdjournal/trdjournal (run from anywhere).
#
# Uses the active virtual environment ($VIRTUAL_ENV) if there is one, else creates build/venv
# with trdjournal and its dependencies. PyInstaller is installed from PyPI when missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ -n "${VIRTUAL_ENV:-}" ]; then
  python="$VIRTUAL_ENV/bin/python"
else
  if [ ! -x build/venv/bin/python ]; then
    python3 -m venv build/venv
    build/venv/bin/pip install --quiet -e '.[packaging]'
  fi
  python=build/venv/bin/python
fi

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "Installing PyInstaller from PyPI into $("$python" -c 'import sys; print(sys.prefix)')"
  "$python" -m pip install --quiet 'pyinstaller>=6.10'
fi
# The app's own dependencies must be importable by the interpreter that freezes it.
"$python" -c 'import PySide6, pyqtgraph, reportlab, click, sqlite_utils, platformdirs' || {
  echo "build.sh: $python lacks trdjournal's dependencies; run: $python -m pip install -e ." >&2
  exit 1
}

"$python" -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/trdjournal.spec

echo "Built dist/trdjournal ($(du -sh dist/trdjournal | cut -f1))"

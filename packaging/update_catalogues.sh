#!/usr/bin/env bash
# The core's gettext catalogues (resources/locale): extract every marked message of the core and
# the reference tables into trdjournal.pot, merge it into each language's .po, compile the .mo
# files the package ships. Commit the .pot, the .po and the .mo files.
#   bash packaging/update_catalogues.sh        # refresh every language
#   bash packaging/update_catalogues.sh de     # start German (then translate its .po)
# The Qt layer has its own: packaging/update_translations.sh (CONTRIBUTING.md, Translations).
set -euo pipefail
cd "$(dirname "$0")/.."
# babel from the project's environment: $PYBABEL, else .venv's, else the one on PATH.
PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
[ -x "$PYBABEL" ] || PYBABEL="$(command -v pybabel || echo pybabel)"
LOCALES=resources/locale
PYTHONPATH=src "$PYBABEL" extract -F babel.cfg --no-location --sort-output \
  --project trdjournal --copyright-holder "trdjournal developers" \
  --msgid-bugs-address "" -o "$LOCALES/trdjournal.pot" .
if [ $# -gt 0 ]; then
  for lang in "$@"; do
    [ -f "$LOCALES/$lang/LC_MESSAGES/trdjournal.po" ] ||
      "$PYBABEL" init -D trdjournal -i "$LOCALES/trdjournal.pot" -d "$LOCALES" -l "$lang"
  done
fi
"$PYBABEL" update -D trdjournal -i "$LOCALES/trdjournal.pot" -d "$LOCALES" --no-fuzzy-matching --ignore-obsolete
# Compiled with babel's writer rather than `pybabel compile`, whose python-format check takes
# "50% of" in a {brace} message for a %o placeholder and rejects a correct translation; the
# placeholders of every translation are checked by tests/i18n/test_catalogues.py instead.
PYTHON="${PYTHON:-$(dirname "$PYBABEL")/python}"
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" - "$LOCALES" <<'PY'
import pathlib, sys
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
for po in sorted(pathlib.Path(sys.argv[1]).glob("*/LC_MESSAGES/trdjournal.po")):
    with po.open("rb") as source:
        catalog = read_po(source)
    with po.with_suffix(".mo").open("wb") as target:
        write_mo(target, catalog)
    done = sum(1 for m in catalog if m.id and m.string and "fuzzy" not in m.flags)
    print(f"{po}: {done} of {len(catalog)} messages translated")
PY

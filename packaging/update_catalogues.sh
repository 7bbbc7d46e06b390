#!/usr/bin/env bash
# The core's gettext catalogues (resources/locale): extract every marked message of the core and
# the reference tables into trdjournal.pot, merge it into each language's .po, compile the .mo
# files the package ships. Commit the .pot, the .po and the .mo files.
#   bash packaging/update_catalogues.sh        # refresh every language
#   bash packaging/update_catalogues.sh de     # start German (then translate its .po)
# The Qt layer has its own: packaging/update_translations.sh (CONTRIBUTING.md, Translations).
set -euo pipefail
cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-$(dirname "$(command -v python)")/pybabel}"
[ -x "$PYBABEL" ] || PYBABEL=pybabel
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
"$PYBABEL" compile -D trdjournal -d "$LOCALES" --statistics

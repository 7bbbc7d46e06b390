#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the tr() strings in src/trdjournal/ui, then compile the .qm
# files the app loads. Uses pyside6-lupdate / pyside6-lrelease from the PySide6-Essentials wheel.
#   bash packaging/update_translations.sh          # all languages
#   bash packaging/update_translations.sh de       # start a new language: resources/i18n/trdjournal_de.ts
# trdjournal_en.ts holds only the "%n" (plural) strings: their English singular and plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v "${PYTHON:-python3}")")"
lupdate="${LUPDATE:-$bin/pyside6-lupdate}"
lrelease="${LRELEASE:-$bin/pyside6-lrelease}"
for language in "$@"; do
  touch "resources/i18n/trdjournal_$language.ts"
done
for ts in resources/i18n/trdjournal_*.ts; do
  [ -s "$ts" ] || rm "$ts"  # a new, empty file: lupdate writes it from scratch
  language="${ts#resources/i18n/trdjournal_}"
  only=""
  [ "${language%.ts}" = en ] && only="-pluralonly"
  "$lupdate" -silent -locations none -no-obsolete $only -target-language "${language%.ts}" \
    $(find src/trdjournal/ui -name "*.py" | sort) -ts "$ts"
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  echo "$ts: $(grep -c '<source>' "$ts") strings, $(grep -c 'type="unfinished"' "$ts") untranslated"
done

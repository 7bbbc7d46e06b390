"""The core's catalogues: every marked message (extracted afresh, so a string that lands
without a translation fails here) has a Swedish translation that keeps its placeholders, and
the shipped .mo is the compiled .po."""

from __future__ import annotations

import gettext
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
KEYWORDS = {"_": None, "ngettext": (1, 2), "N_": None, "NN_": (1, 2), "counted": (1, 2)}


def extracted() -> set[str | tuple[str, ...]]:
    with open(ROOT / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    ids = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        ids.add(message if isinstance(message, str) else tuple(message))
    return ids


@pytest.fixture(scope="module")
def messages():
    return extracted()


def swedish():
    with open(LOCALE / "sv" / "LC_MESSAGES" / "trdjournal.po", "rb") as po:
        return read_po(po)


def placeholders(text: str) -> set[str]:
    return {name for _t, name, _f, _c in string.Formatter().parse(text) if name}


def test_extraction_finds_the_core_and_the_reference_tables(messages):
    assert "must be a whole number from {lo} to {hi} (got {value})" in messages  # domain
    assert "Since last visit" in messages  # the PDF
    assert "Nearly every day" in messages  # resources/scales.json
    assert "Your local emergency number" in messages  # resources/crisis_lines.json
    assert not any("Fill in" in str(m) for m in messages), "ui/ is Qt Linguist's"


def test_every_message_has_a_swedish_translation(messages):
    catalog = swedish()
    missing = []
    for message in sorted(messages, key=str):
        key = message if isinstance(message, str) else message[0]
        entry = catalog.get(key)
        strings = () if entry is None else (entry.string if entry.pluralizable else (entry.string,))
        if entry is None or not all(strings) or "fuzzy" in entry.flags:
            missing.append(message)
    assert missing == [], "run packaging/update_catalogues.sh and translate these in the sv .po"


def test_swedish_keeps_every_placeholder():
    for entry in swedish():
        if not entry.id:
            continue
        ids = entry.id if entry.pluralizable else (entry.id,)
        strings = entry.string if entry.pluralizable else (entry.string,)
        wanted = set().union(*(placeholders(i) for i in ids))
        for text in strings:
            # a translation may leave a placeholder out (Swedish needs no "s" of a plural) but
            # never invent one: .format() would raise KeyError
            assert placeholders(text) <= wanted, (entry.id, text)


def test_the_shipped_mo_is_the_compiled_po():
    with open(LOCALE / "sv" / "LC_MESSAGES" / "trdjournal.mo", "rb") as mo:
        compiled = {
            m.id if isinstance(m.id, str) else m.id[0]: m.string for m in read_mo(mo) if m.id
        }
    written = {
        m.id if isinstance(m.id, str) else m.id[0]: (
            tuple(m.string) if m.pluralizable else m.string
        )
        for m in swedish()
        if m.id
    }
    compiled = {k: tuple(v) if isinstance(v, list | tuple) else v for k, v in compiled.items()}
    assert compiled == written, "run packaging/update_catalogues.sh (pybabel compile)"


def test_swedish_plural_forms_follow_the_count():
    translation = gettext.translation("trdjournal", str(LOCALE), languages=["sv"])
    one = translation.ngettext("{n} check-in", "{n} check-ins", 1).format(n=1)
    many = translation.ngettext("{n} check-in", "{n} check-ins", 3).format(n=3)
    assert (one, many) == ("1 dagsanteckning", "3 dagsanteckningar")


def marked_in_source() -> set[str]:
    """Every literal handed to ``_``/``N_`` in the core, as Python itself parses it (babel's
    extractor does not look inside f-strings, so a message marked there would never be
    translated)."""
    import ast

    found = set()
    for path in (ROOT / "src" / "trdjournal").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "src" / "trdjournal").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_marked_message_is_extracted(messages):
    singular = {m if isinstance(m, str) else m[0] for m in messages}
    assert sorted(marked_in_source() - singular) == [], "move the _() call out of the f-string"

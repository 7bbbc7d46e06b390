"""Translations: the pseudo-locale that finds clipped and untranslated text, and Swedish."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402

from trdjournal.ui.base.i18n import PSEUDO_SCALE, PseudoTranslator, stretch  # noqa: E402


def test_stretch_lengthens_and_keeps_placeholders_markup_and_mnemonics():
    text = "Save {date} for &later, <b>%n</b> items"
    stretched = stretch(text)
    assert stretched.startswith("[") and stretched.endswith("]"), "a clipped end is visible"
    assert len(stretched) >= len(text) * PSEUDO_SCALE - 1
    for kept in ("{date}", "&l", "<b>", "%n", "</b>"):
        assert kept in stretched
    assert "Save" not in stretched, "letters are accented so untranslated text stands out"
    assert stretched.format(date="2026-06-15")  # still a valid format string


def test_pseudo_translator_answers_every_tr_call(qapp):
    assert stretch("") == "" and stretch("  ") == "  "
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Any", "How was today?") == stretch("How was today?")
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Any", "How was today?") == "How was today?"


@pytest.fixture
def installed(qapp):
    """install_translators() on the test QApplication, removed again afterwards."""
    from PySide6.QtCore import QTranslator

    from trdjournal.ui.base.i18n import install_translators

    before = set(qapp.findChildren(QTranslator))  # the app's own (English plurals) stay
    yield lambda name=None: install_translators(qapp, name)
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.c())


def test_locale_env_var_chooses_the_pseudo_locale(installed, monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "pseudo")
    assert installed() == "pseudo"
    assert QCoreApplication.translate("Any", "Today") == stretch("Today")


def test_swedish_locale_translates_the_app_and_qt_buttons(installed):
    from PySide6.QtWidgets import QDialogButtonBox

    assert installed("sv_SE") == "sv_SE"
    assert QCoreApplication.translate("DailyReminder", "How was today?") == "Hur var dagen?"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Stäng"


def test_compiled_translations_match_their_sources(tmp_path):
    """The .qm files the app loads are compiled from the committed .ts files."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists() and not (lrelease := shutil.which("pyside6-lrelease")):
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6-Essentials)")
    folder = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    sources = sorted(folder.glob("trdjournal_*.ts"))
    assert sources, "resources/i18n has no translations"
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name} changed: run bash packaging/update_translations.sh"
        )


def test_swedish_is_complete_and_keeps_every_placeholder():
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "trdjournal_sv.ts"
    placeholders = re.compile(r"\{[^}]*\}|%n|%\d")
    unfinished, broken = [], []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        # a counted string (%n) has one form per plural: Swedish has two, "1 dag", "2 dagar"
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") != "yes":
            forms = [translation.text or ""]
        elif len(forms) != 2:
            broken.append(f"plural forms: {source!r} -> {forms!r}")
        if translation.get("type") == "unfinished" or not all(forms):
            unfinished.append(source)
            continue
        for text in forms:
            if sorted(placeholders.findall(source)) != sorted(placeholders.findall(text)):
                broken.append(f"{source!r} -> {text!r}")
            elif source.count("&") != text.count("&"):
                broken.append(f"mnemonic: {source!r} -> {text!r}")
    assert not unfinished, f"untranslated: {unfinished}"
    assert not broken, "placeholders differ:\n" + "\n".join(broken)


def test_report_section_titles_are_marked_for_translation():
    from trdjournal.report.options import SECTION_TITLES
    from trdjournal.ui.dialogs.report_dialog import SECTION_WORDS

    assert set(SECTION_WORDS) == set(SECTION_TITLES.values())


def test_family_history_words_are_marked_for_translation():
    from trdjournal.domain.background import FAMILY_CONDITIONS, RELATIONS
    from trdjournal.ui.views.background_view import FAMILY_WORDS

    assert set(FAMILY_WORDS) == set(FAMILY_CONDITIONS) | set(RELATIONS)

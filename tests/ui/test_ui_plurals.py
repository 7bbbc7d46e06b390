"""Counted words agree with their number ("1 day", "2 days"; "1 dag", "2 dagar"), through Qt's
plural forms (%n), in English and in Swedish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTranslator

from trdjournal.domain.model import CheckIn
from trdjournal.paths import resource_path


def catalog(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"trdjournal_{language}", str(resource_path("i18n")))
    return translator


@pytest.mark.parametrize(
    ("language", "context", "source", "one", "many"),
    [
        ("en", "JournalView", "%n day(s)", "%n day", "%n days"),
        ("sv", "JournalView", "%n day(s)", "%n dag", "%n dagar"),
        ("en", "Plurals", "{when}: %n check-in(s)", "{when}: %n check-in", "{when}: %n check-ins"),
        ("sv", "Plurals", "{when}: %n check-in(s)", "{when}: %n incheckning", "{when}: %n incheckningar"),
        ("en", "SettingsView", "%n week(s)", "%n week", "%n weeks"),
        ("sv", "SettingsView", "%n week(s)", "%n vecka", "%n veckor"),
        ("sv", "PrivacyPanel", "The journal and %n backup(s) were encrypted.",
         "Dagboken och %n säkerhetskopia krypterades.",
         "Dagboken och %n säkerhetskopior krypterades."),
    ],
)  # fmt: skip
def test_catalogs_have_singular_and_plural(language, context, source, one, many):
    translator = catalog(language)
    assert translator.translate(context, source, "", 1) == one
    assert translator.translate(context, source, "", 2) == many


def test_every_counted_string_has_its_english_forms():
    """Each %n string of the app is in the English catalog with two finished forms."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(resource_path("i18n") / "trdjournal_en.ts")
    messages = list(tree.iter("message"))
    assert len(messages) >= 15
    for message in messages:
        forms = [f.text for f in message.find("translation").iter("numerusform")]
        assert message.get("numerus") == "yes"
        assert len(forms) == 2 and all(forms), message.findtext("source")
        assert "(s)" not in "".join(forms)


def test_the_journal_says_1_day_and_2_days(qtbot, window, journal):
    journal.save_checkin(CheckIn(dt.date(2026, 6, 14), 6))
    window.show_view("journal")
    view = window.page("journal")
    qtbot.waitUntil(lambda: view.count.text() == "1 day")
    journal.save_checkin(CheckIn(dt.date(2026, 6, 15), 7))
    view.ui_context.changed("checkins")
    qtbot.waitUntil(lambda: view.count.text() == "2 days")


def test_a_backup_with_one_check_in(journal_path, tmp_path):
    from trdjournal.storage import backup
    from trdjournal.storage.journal import Journal
    from trdjournal.ui.dialogs.restore_dialog import describe
    from trdjournal.ui.shell.app import application

    application("light")
    journal = Journal.open(journal_path)
    journal.save_checkin(CheckIn(dt.date(2026, 6, 14), 6))
    backup.backup_before(journal, "import")
    journal.close()
    (made,) = backup.list_backups(journal_path)
    assert describe(made).endswith(": 1 check-in up to 2026-06-14")


def test_an_rtms_session_reads_right(qtbot, window, journal):
    """Not "a rTMS session" (nor "a rtms session")."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    window.show_view("treatments")
    view = window.page("treatments")
    view.add_session()
    view.dialog.kind.setCurrentIndex(view.dialog.kind.findData("rtms"))
    save = view.dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "session" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == "Added the rTMS session of 2026-06-15."

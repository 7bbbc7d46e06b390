"""Restoring from a backup in the desktop app, as a user would (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from trdjournal.context import AppContext
from trdjournal.domain import CheckIn
from trdjournal.storage import DamagedJournalError, Journal, NotAJournalError

DAYS = [dt.date(2026, 6, 12), dt.date(2026, 6, 13), dt.date(2026, 6, 14)]


def shown_days(window) -> int:
    window.show_view("journal")
    return window.page("journal").table.model().rowCount()


@pytest.fixture
def backed_up(journal_path, monkeypatch, qtbot):
    """Three days logged; then the app was opened on the 15th, which made the daily backup."""
    from trdjournal.ui.shell.app import application, open_window

    application("light")
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-14")
    with Journal.open(journal_path) as journal:
        for day in DAYS:
            journal.save_checkin(CheckIn(day, 5, note=f"day {day.day}"))
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-15")
    context = AppContext(db_path=journal_path)
    window = open_window(context, remember=False)
    qtbot.addWidget(window)
    window.close()
    context.close()
    return journal_path


def test_restore_from_backup_brings_back_a_journal_deleted_by_mistake(qtbot, backed_up, modal):
    from trdjournal.ui.dialogs import restore_dialog
    from trdjournal.ui.shell.app import open_window

    for suffix in ("", "-wal", "-shm"):
        backed_up.with_name(backed_up.name + suffix).unlink(missing_ok=True)
    context = AppContext(db_path=backed_up)
    window = open_window(context, remember=False)
    qtbot.addWidget(window)
    window.show()
    assert shown_days(window) == 0  # a new, empty journal

    seen = {}

    def choose(dialog):
        seen["offer"] = dialog.list.item(0).text()
        modal.when(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.restore_button.click()

    modal.when(choose)
    window.restore_action.trigger()
    fresh = restore_dialog._windows[-1]
    qtbot.addWidget(fresh)
    assert "3 check-ins up to 2026-06-14" in seen["offer"]
    assert "automatic" in seen["offer"]
    assert shown_days(fresh) == 3
    assert fresh.statusBar().currentMessage().startswith("Restored the journal from journal-2026")
    assert not window.isVisible()
    context.close()


def test_a_damaged_journal_is_offered_its_newest_good_backup(qtbot, backed_up, modal):
    from trdjournal.ui.dialogs.restore_dialog import RESTORE_TEXT, offer_restore
    from trdjournal.ui.shell.app import open_window

    data = bytearray(backed_up.read_bytes())
    for number in range(2, len(data) // 4096):
        data[4096 * number : 4096 * number + 12] = b"\x0d\xff" * 6
    backed_up.write_bytes(bytes(data))
    context = AppContext(db_path=backed_up)
    with pytest.raises((DamagedJournalError, NotAJournalError)) as failure:
        open_window(context, remember=False)
    seen = {}

    def answer(box):
        seen["text"] = box.informativeText()
        modal.click(box, RESTORE_TEXT)

    modal.when(answer)
    assert offer_restore(backed_up, failure.value) is True
    assert "The newest good backup is from 2026-06-15" in seen["text"]
    assert "3 check-ins" in seen["text"]
    window = open_window(context, remember=False)
    qtbot.addWidget(window)
    window.show()
    assert shown_days(window) == 3
    assert [c.date for c in context.journal().checkins()] == DAYS
    context.close()


def test_declining_the_offer_leaves_the_damaged_journal_alone(qtbot, backed_up, modal):
    from trdjournal.ui.dialogs.restore_dialog import offer_restore

    backed_up.write_bytes(b"\x00garbage" * 1000)
    damaged = backed_up.read_bytes()
    modal.when(lambda box: modal.click(box, "Quit"))
    assert offer_restore(backed_up, NotAJournalError("not a journal")) is False
    assert backed_up.read_bytes() == damaged

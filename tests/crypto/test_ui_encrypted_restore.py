"""An encrypted journal's backups in the app: File > Restore, the offer at start for a damaged
journal, and File > Export (which is not encrypted, so it asks first)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.crypto.journal_helpers import PASSPHRASE, SECRET_NOTES
from tests.safety.conftest import Modal

from trdjournal.context import AppContext
from trdjournal.storage import DamagedJournalError, Journal, NotAJournalError, backup
from trdjournal.storage.cipher import is_encrypted
from trdjournal.ui.base import operations


@pytest.fixture
def modal() -> Modal:
    return Modal()


@pytest.fixture
def context(encrypted_journal, monkeypatch):
    from trdjournal.ui.shell.app import application

    application("light")
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-15")
    ctx = AppContext(db_path=encrypted_journal)
    yield ctx
    operations.wait_idle()
    ctx.close()


def open_unlocked(qtbot, context):
    from trdjournal.ui.shell.app import open_window
    from trdjournal.ui.shell.unlock import try_passphrase

    assert try_passphrase(context, PASSPHRASE) == ""
    window = open_window(context, remember=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_restore_from_the_menu_lists_and_restores_encrypted_backups(qtbot, context, modal):
    from trdjournal.ui.dialogs import restore_dialog

    window = open_unlocked(qtbot, context)  # opening made today's (encrypted) daily backup
    [daily] = backup.list_backups(context.journal_path)
    assert is_encrypted(daily.path)
    window.ui_context.journal.delete_checkin(window.ui_context.journal.checkins()[0].date)
    seen = {}

    def choose(dialog):
        seen["offer"] = dialog.list.item(0).text()
        modal.when(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.restore_button.click()

    modal.when(choose)
    window.restore_action.trigger()
    fresh = restore_dialog._windows[-1]
    qtbot.addWidget(fresh)
    # The backup was read with the journal's key: its contents are described, not "damaged".
    assert "60 check-ins up to 2026-05-30" in seen["offer"]
    assert is_encrypted(context.journal_path)
    assert len(fresh.ui_context.journal.checkins()) == 60
    assert fresh.statusBar().currentMessage().startswith("Restored the journal from journal-2026")
    # The journal as it was before the restore is kept, encrypted as well.
    assert all(is_encrypted(b.path) for b in backup.list_backups(context.journal_path))


def test_a_damaged_encrypted_journal_is_offered_its_encrypted_backup(context, modal, monkeypatch):
    from trdjournal.ui.dialogs.restore_dialog import RESTORE_TEXT, offer_restore
    from trdjournal.ui.shell.unlock import open_journal

    with Journal.open(context.journal_path, passphrase=PASSPHRASE) as journal:
        backup.backup_connection(journal.db.conn, journal.path, "manual", passphrase=journal.key)
    data = bytearray(context.journal_path.read_bytes())
    data[4096 * 3 + 50 : 4096 * 3 + 90] = b"\x00" * 40
    context.journal_path.write_bytes(bytes(data))
    monkeypatch.setenv("TRDJOURNAL_PASSPHRASE", PASSPHRASE)
    # The passphrase is right, the file is damaged: that is what start-up learns.
    with pytest.raises((DamagedJournalError, NotAJournalError)) as failure:
        open_journal(context)
    assert context.known_passphrase == PASSPHRASE
    seen = {}

    def answer(box):
        seen["text"] = box.informativeText()
        modal.click(box, RESTORE_TEXT)

    modal.when(answer)
    assert offer_restore(context.journal_path, failure.value, context.known_passphrase) is True
    assert "60 check-ins" in seen["text"]
    assert is_encrypted(context.journal_path)
    assert SECRET_NOTES[0] in [c.note for c in context.journal().checkins()]


def test_exporting_an_encrypted_journal_asks_first(qtbot, context, modal, monkeypatch, tmp_path):
    window = open_unlocked(qtbot, context)
    target = tmp_path / "export.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Whole journal")
    )
    seen = {}

    def decline(box):
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    modal.when(decline)
    window.export_action.trigger()
    assert operations.wait_idle()
    assert "encrypted, but the export will not be" in seen["text"]
    assert not target.exists()
    modal.when(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.export_action.trigger()
    assert operations.wait_idle()
    assert SECRET_NOTES[0] in target.read_text(encoding="utf-8")


def test_the_daily_reminder_waits_while_the_app_is_locked(qtbot, context):
    import datetime as dt

    from trdjournal.ui.shell.reminder import attach_reminder

    window = open_unlocked(qtbot, context)
    journal = window.ui_context.journal
    journal.save_settings(dataclasses.replace(journal.settings(), reminder_time="21:00"))
    window.reminder = attach_reminder(window, clock=lambda: dt.datetime(2026, 6, 15, 21, 30))
    window.locking.lock()
    # Locked, the journal is closed: the reminder, which reads it, does not look.
    assert not window.reminder.timer.isActive()
    window.locking.try_unlock(PASSPHRASE)
    assert window.reminder.timer.isActive()

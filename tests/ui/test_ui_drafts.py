"""Drafts survive (issue 14, finding 13): what is typed on Today or in a dialog's note is kept
inside the journal as it is typed; a crash, SIGTERM or power cut loses none of it, and the
next start offers it back."""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time

from PySide6.QtCore import Qt

from trdjournal.context import AppContext
from trdjournal.storage import Journal
from trdjournal.storage.drafts import draft, drafts, keep_draft
from trdjournal.ui.shell.app import open_window

TODAY = dt.date(2026, 6, 15)


def today_view(window):
    window.show_view("today")
    return window.page("today")


def type_a_day(qtbot, view) -> None:
    view.mood.setFocus()
    qtbot.keyClick(view.mood, "4")
    view.irritability.setCurrentIndex(view.irritability.findData(2))
    view.note.setFocus()
    qtbot.keyClicks(view.note, "walked by the sea")


def restart(qtbot, journal_path):
    """The app started again on the same journal (after the first one died)."""
    context = AppContext(db_path=journal_path)
    again = open_window(context, remember=False)
    qtbot.addWidget(again)
    again.show()
    return again, context


def test_typing_on_today_is_kept_and_offered_back_after_a_crash(
    qtbot, window, journal, journal_path
):
    view = today_view(window)
    type_a_day(qtbot, view)
    qtbot.waitUntil(lambda: draft(journal, "today") is not None, timeout=3000)
    # The app dies here (nothing saved, no close event). The next start:
    again, context = restart(qtbot, journal_path)
    try:
        fresh = today_view(again)
        assert fresh.draft_offer.isVisible()
        assert "was being typed and not saved" in fresh.draft_offer.message.text()
        assert fresh.note.toPlainText() == ""  # offered, never applied unasked
        (restore,) = [b for b in fresh.draft_offer.buttons if b.text() == "Restore it"]
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
        assert fresh.note.toPlainText() == "walked by the sea"
        assert fresh.mood.mood() == 4
        assert fresh.irritability.currentData() == 2
        assert not fresh.draft_offer.isVisible()
        qtbot.mouseClick(fresh.save_button, Qt.MouseButton.LeftButton)
        saved = context.journal().checkin(TODAY)
        assert (saved.mood, saved.irritability, saved.note) == (4, 2, "walked by the sea")
        assert drafts(context.journal()) == []  # saved: nothing left to offer
    finally:
        again.close()
        context.close()


def test_a_declined_draft_is_not_offered_again(qtbot, journal, journal_path):
    keep_draft(journal, "today", json.dumps({"date": "2026-06-14", "mood": 2, "note": "x"}))
    again, context = restart(qtbot, journal_path)
    try:
        view = today_view(again)
        (discard,) = [b for b in view.draft_offer.buttons if b.text() == "Discard"]
        qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
        assert not view.draft_offer.isVisible()
        assert drafts(context.journal()) == []
    finally:
        again.close()
        context.close()


def test_drafts_are_not_revisions_and_undo_never_sees_them(qtbot, window, journal):
    """A draft is scratch paper: Ctrl+Z must not "undo" a keystroke, and the history the user
    sees (and exports) holds only what they saved."""
    view = today_view(window)
    type_a_day(qtbot, view)
    qtbot.waitUntil(lambda: draft(journal, "today") is not None, timeout=3000)
    assert journal.revisions() == []
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "There is nothing left to undo."
    assert draft(journal, "today") is not None


def test_an_encrypted_journal_encrypts_its_drafts(tmp_path):
    path = tmp_path / "secret.sqlite3"
    marker = "DRAFT-MARKER-7f3a"
    with Journal.open(path, passphrase="correct horse battery") as journal:
        keep_draft(journal, "today", json.dumps({"note": marker}))
        assert marker in draft(journal, "today").text
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert marker.encode() not in file.read_bytes(), file


def test_a_dialog_note_is_kept_and_offered_when_the_dialog_opens_again(qtbot, window, journal):
    from trdjournal.ui.dialogs.session_dialog import SessionDialog

    dialog = SessionDialog(journal, window)
    dialog.show()
    qtbot.keyClicks(dialog.note, "felt lighter afterwards")
    qtbot.waitUntil(lambda: draft(journal, "dialog:session:new") is not None, timeout=3000)
    dialog.close_keeping_draft()  # the app closed it (auto-lock), the user did not cancel

    again = SessionDialog(journal, window)
    again.show()
    assert again.draft_offer is not None and again.draft_offer.isVisible()
    assert "felt lighter afterwards" in again.draft_offer.message.text()
    (put_back,) = [b for b in again.draft_offer.buttons if b.text() == "Put it back"]
    qtbot.mouseClick(put_back, Qt.MouseButton.LeftButton)
    assert again.note.text() == "felt lighter afterwards"
    again.accept()  # saved
    assert [s.note for s in journal.sessions()] == ["felt lighter afterwards"]
    assert draft(journal, "dialog:session:new") is None


def test_cancel_throws_the_dialog_draft_away(qtbot, window, journal):
    from trdjournal.ui.dialogs.session_dialog import SessionDialog

    dialog = SessionDialog(journal, window)
    dialog.show()
    qtbot.keyClicks(dialog.note, "never mind")
    dialog.note_draft.flush()
    assert draft(journal, "dialog:session:new") is not None
    dialog.reject()
    assert draft(journal, "dialog:session:new") is None


# The real start-up (app.run): type into Today's note, then wait to be killed. The draft delay
# is made very long so only the SIGTERM handling can have written the draft.
TYPING_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from trdjournal.context import AppContext
from trdjournal.ui.base import draft_keeper
from trdjournal.ui.shell import app
draft_keeper.DRAFT_DELAY_MS = 10_000_000

def type_then_wait():
    (window,) = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    view = window.page("today")
    view.mood.set_mood(3)
    view.note.setPlainText("typed just before logout")
    view.note.document().setModified(True)
    view._on_note_changed()
    print("typed", flush=True)

app.application()  # the timer needs the QApplication
QTimer.singleShot(200, type_then_wait)
sys.exit(app.run(AppContext(db_path=Path(sys.argv[1]))))
"""


def test_sigterm_while_typing_keeps_the_draft(tmp_path):
    import os

    path = tmp_path / "journal.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", TYPING_APP, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while child.stdout.readline().strip() != "typed":
            assert time.monotonic() < deadline and child.poll() is None, child.stderr.read()
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == 0, child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with Journal.open(path) as journal:
        kept = draft(journal, "today")
        assert kept is not None
        assert json.loads(kept.text)["note"] == "typed just before logout"
        assert journal.checkin(TODAY) is None  # kept as a draft, not saved behind their back


def test_sigterm_in_the_running_app_writes_the_draft_then_quits(qtbot, window, journal):
    """The same in this process: the signal wakes Qt's loop through the socket pair. A session
    manager's logout (commitDataRequest) is wired to the same flush; offscreen Qt has no session
    manager to send one."""
    import os

    from PySide6.QtCore import SIGNAL
    from PySide6.QtWidgets import QApplication

    from trdjournal.ui.shell.quit_signals import QuitOnSignal

    view = today_view(window)
    view.draft.timer.setInterval(10_000_000)  # only the signal can write it
    type_a_day(qtbot, view)
    assert draft(journal, "today") is None
    app = QApplication.instance()
    before = app.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))
    quits = []
    quitting = QuitOnSignal(app, on_quit=lambda: quits.append(True))
    try:
        assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) == before + 1
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(quits), timeout=3000)
    finally:
        quitting.uninstall()
    kept = draft(journal, "today")
    assert kept is not None and json.loads(kept.text)["note"] == "walked by the sea"

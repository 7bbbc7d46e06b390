"""The demo says so (issue 14, finding 14): in the demo journal the title and a banner on every
view say it is example data, with a button to the user's own journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from trdjournal import paths
from trdjournal.context import AppContext
from trdjournal.domain import CheckIn
from trdjournal.ui.shell.view_registry import VIEWS

DEMO_WORDS = "Demo journal: example data, not yours"


@pytest.fixture
def demo_window(qtbot):
    from trdjournal.ui.shell.app import application, open_window

    application("light")
    context = AppContext(demo=True)
    window = open_window(context, remember=False)
    window.confirm_close = lambda _unsaved: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.close()


def test_the_demo_says_so_in_the_title_and_on_every_view(demo_window):
    assert DEMO_WORDS in demo_window.windowTitle()
    for spec in VIEWS:
        demo_window.show_view(spec.key)
        assert demo_window.demo_banner.isVisible(), spec.key
        assert DEMO_WORDS in demo_window.demo_banner.message.text()


def test_your_own_journal_shows_no_demo_banner(window):
    assert "Demo" not in window.windowTitle()
    assert not hasattr(window, "demo_banner")


def test_the_banner_button_opens_your_own_journal(qtbot, demo_window):
    (button,) = demo_window.demo_banner.buttons
    assert button.text() == "Open my own journal"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    own = demo_window.own_window
    qtbot.addWidget(own)
    assert own.ui_context.app_context.journal_path == paths.default_journal_path()
    assert own.ui_context.app_context.journal_path != paths.demo_journal_path()
    assert "Demo" not in own.windowTitle() and not hasattr(own, "demo_banner")
    assert own.isVisible() and not demo_window.isVisible()
    assert own.ui_context.journal.checkins() == []  # not the demo's example days
    own.close()


# -- leaving the demo starts like the app (ui/shell/start_up.py) ------------------------------

DAYS = [dt.date(2026, 6, 12), dt.date(2026, 6, 13), dt.date(2026, 6, 14)]


@pytest.fixture
def modal():
    from tests.safety.conftest import Modal

    return Modal()


@pytest.fixture
def own_backed_up():
    """The user's own journal (the default path): three days logged, and today's backup."""
    from trdjournal.storage import Journal, backup

    path = paths.default_journal_path()
    with Journal.open(path) as journal:
        for day in DAYS:
            journal.save_checkin(CheckIn(day, 5, note=f"day {day.day}"))
        assert backup.daily_backup(journal) is not None
    return path


def leave_the_demo(qtbot, demo_window):
    (button,) = demo_window.demo_banner.buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return getattr(demo_window, "own_window", None)


def answer_with(modal, seen: list, text: str) -> None:
    """Note what the next message box says; press ``text`` when it has that button, else
    close it (so a box without the button cannot hang the test)."""

    def answer(box):
        seen.append(f"{box.text()} {box.informativeText()}")
        buttons = [b.text().replace("&", "") for b in box.findChildren(QAbstractButton)]
        modal.click(box, text) if text in buttons else box.done(0)

    modal.when(answer)


def test_a_damaged_own_journal_opened_from_the_demo_is_offered_its_backup(
    qtbot, demo_window, own_backed_up, modal
):
    from trdjournal.ui.dialogs.restore_dialog import RESTORE_TEXT

    own_backed_up.write_bytes(b"\x00garbage" * 1000)  # what a failing disk leaves
    seen: list[str] = []
    answer_with(modal, seen, RESTORE_TEXT)
    own = leave_the_demo(qtbot, demo_window)
    assert seen and "The newest good backup is from 2026-06-15" in seen[0]
    assert "3 check-ins" in seen[0]
    assert own is not None, seen
    qtbot.addWidget(own)
    assert own.isVisible() and not demo_window.isVisible()
    assert [c.date for c in own.ui_context.journal.checkins()] == DAYS
    own.close()


def test_declining_the_offer_goes_back_to_the_demo_and_leaves_the_file_alone(
    qtbot, demo_window, own_backed_up, modal
):
    own_backed_up.write_bytes(b"\x00garbage" * 1000)
    damaged = own_backed_up.read_bytes()
    seen: list[str] = []
    answer_with(modal, seen, "Back to the demo")
    assert leave_the_demo(qtbot, demo_window) is None
    assert seen and "The newest good backup" in seen[0]
    assert demo_window.isVisible()
    assert own_backed_up.read_bytes() == damaged
    assert not hasattr(demo_window, "own_window")


def test_an_own_journal_that_vanished_says_where_its_backups_are(
    qtbot, demo_window, own_backed_up, modal
):
    own_backed_up.unlink()  # deleted by mistake; its backups are still there
    seen: list[str] = []
    answer_with(modal, seen, "OK")
    own = leave_the_demo(qtbot, demo_window)
    qtbot.addWidget(own)
    assert seen and "There was no journal at" in seen[0]
    assert "trdjournal restore --newest" in seen[0]
    own.close()


def test_a_journal_from_a_newer_trdjournal_says_it_is_read_only(qtbot, journal_path, modal):
    """The same step at start-up and when leaving the demo."""
    import sqlite3

    from trdjournal.storage import Journal
    from trdjournal.ui.shell.app import application, open_window
    from trdjournal.ui.shell.start_up import claim_journal, open_started_window

    application("light")
    with Journal.open(journal_path) as journal:
        journal.save_checkin(CheckIn(DAYS[0], 5))
    conn = sqlite3.connect(journal_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('trdjournal', '0099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    context = AppContext(db_path=journal_path)
    instance, told = claim_journal(context)
    assert instance is not None and told == []
    seen: list[str] = []
    answer_with(modal, seen, "OK")
    window = open_started_window(context, instance, open_window)
    assert window is not None
    qtbot.addWidget(window)
    assert seen and "written by a newer trdjournal" in seen[0]
    assert "It can still be read, exported and reported." in seen[0]
    window.close()
    instance.release()
    context.close()

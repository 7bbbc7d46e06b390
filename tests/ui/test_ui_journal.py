"""Journal: table and year in pixels, search, open a day, delete and undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from trdjournal.domain.model import CheckIn

TODAY = dt.date(2026, 6, 15)


def fill(journal, days: int = 5) -> None:
    for i in range(days):
        day = TODAY - dt.timedelta(days=i)
        journal.save_checkin(
            CheckIn(day, mood=i + 3, tags=("walk",) if i % 2 else (), note=f"note {i}")
        )


def journal_view(window):
    window.show_view("journal")
    return window.page("journal")


def test_delete_then_undo_with_ctrl_z(qtbot, window, journal):
    fill(journal)
    view = journal_view(window)
    assert view.table.model().rowCount() == 5
    view.table.setFocus()
    view.select_day(TODAY - dt.timedelta(days=1))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)

    assert journal.checkin(TODAY - dt.timedelta(days=1)) is None
    assert view.table.model().rowCount() == 4
    assert "Ctrl+Z undoes it" in window.statusBar().currentMessage()

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = journal.checkin(TODAY - dt.timedelta(days=1))
    assert restored is not None and restored.note == "note 1"
    assert view.table.model().rowCount() == 5
    message = window.statusBar().currentMessage()
    assert (
        message == f"Undone: deleting the check-in of {(TODAY - dt.timedelta(days=1)).isoformat()}."
    )


def test_search_notes_and_tags(qtbot, window, journal):
    fill(journal)
    view = journal_view(window)
    qtbot.keyClicks(view.search, "walk")
    assert view.table.model().rowCount() == 2
    assert view.count.text() == "2 of 5 days"
    assert set(view.pixels.moods) == {TODAY - dt.timedelta(days=1), TODAY - dt.timedelta(days=3)}
    view.search.clear()
    qtbot.keyClicks(view.search, "note 4")
    assert view.table.model().rowCount() == 1


def test_clicking_a_day_in_the_calendar_opens_it_in_today(qtbot, window, journal):
    fill(journal)
    view = journal_view(window)
    day = TODAY - dt.timedelta(days=2)
    qtbot.mouseClick(view.pixels, Qt.MouseButton.LeftButton, pos=view.pixels.rect_of(day).center())
    assert window.current_key() == "today"
    today = window.page("today")
    assert today.day() == day
    assert today.mood.mood() == 5


def test_enter_on_a_row_opens_the_day(qtbot, window, journal):
    fill(journal)
    view = journal_view(window)
    view.table.setFocus()
    view.select_day(TODAY - dt.timedelta(days=3))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.current_key() == "today"
    assert window.page("today").day() == TODAY - dt.timedelta(days=3)


def test_calendar_by_keyboard(qtbot, window, journal):
    fill(journal)
    view = journal_view(window)
    view.pixels.setFocus()
    assert view.pixels.cursor == TODAY
    qtbot.keyClick(view.pixels, Qt.Key.Key_Left)
    qtbot.keyClick(view.pixels, Qt.Key.Key_Left)
    assert "mood 5/10" in view.pixels.accessibleDescription()  # two days back: mood 5
    qtbot.keyClick(view.pixels, Qt.Key.Key_Up)  # the same day a month earlier: not logged
    assert "not logged" in view.pixels.accessibleDescription()
    qtbot.keyClick(view.pixels, Qt.Key.Key_Return)
    assert window.current_key() == "today"
    assert window.page("today").day() == dt.date(2026, 5, 13)


def test_year_arrows_show_other_years(qtbot, window, journal):
    journal.save_checkin(CheckIn(dt.date(2025, 3, 1), mood=4))
    fill(journal)
    view = journal_view(window)
    assert view.year_label.text() == "2026"
    assert not view.next_year.isEnabled()
    qtbot.mouseClick(view.previous_year, Qt.MouseButton.LeftButton)
    assert view.year_label.text() == "2025"
    assert view.pixels.moods == {dt.date(2025, 3, 1): 4}
    assert not view.previous_year.isEnabled()  # nothing logged before 2025

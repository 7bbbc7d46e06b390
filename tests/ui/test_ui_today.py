"""Today, driven by keys and clicks: what the user does, and what lands in the journal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trdjournal.domain.medication import new_event
from trdjournal.domain.model import CheckIn, MissedDose
from trdjournal.ui.widgets.list_completer import ListCompleter

TODAY = dt.date(2026, 6, 15)  # pinned by tests/conftest.py


def today_view(window):
    window.show_view("today")
    return window.page("today")


def type_keys(qtbot, keys: str) -> None:
    """Type into whatever has focus, as the user would."""
    for char in keys:
        qtbot.keyClick(QApplication.focusWidget(), char)


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_keyboard_only_checkin(qtbot, window, journal):
    view = today_view(window)
    qtbot.waitUntil(lambda: view.mood.hasFocus())  # the form opens with mood ready for a digit

    type_keys(qtbot, "7")
    press(qtbot, Qt.Key.Key_Tab)  # anxiety
    type_keys(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)  # energy
    press(qtbot, Qt.Key.Key_Tab)  # sleep hours
    type_keys(qtbot, "6.5")
    press(qtbot, Qt.Key.Key_Return)

    saved = journal.checkin(TODAY)
    assert saved is not None
    assert (saved.mood, saved.anxiety, saved.energy, saved.sleep_hours) == (7, 3, None, 6.5)
    assert "Saved the check-in" in window.statusBar().currentMessage()


def test_one_then_zero_is_mood_ten(qtbot, window, journal):
    view = today_view(window)
    view.mood.setFocus()
    type_keys(qtbot, "10")
    press(qtbot, Qt.Key.Key_Return)
    assert journal.checkin(TODAY).mood == 10


def test_mouse_mood_and_save_are_two_clicks(qtbot, window, journal):
    view = today_view(window)
    qtbot.mouseClick(view.mood.group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert journal.checkin(TODAY).mood == 4


def test_a_logged_day_opens_filled_in(qtbot, journal, app_context):
    journal.save_checkin(CheckIn(TODAY, mood=6, tags=("walk",), note="Quiet day"))
    from trdjournal.ui.shell.app import application, open_window

    application("light")
    main = open_window(app_context)
    qtbot.addWidget(main)
    view = today_view(main)
    assert view.mood.mood() == 6
    assert view.tags.text() == "walk"
    assert view.note.toPlainText() == "Quiet day"


def test_invalid_value_is_refused_and_the_rest_of_the_form_is_kept(qtbot, window, journal):
    view = today_view(window)
    qtbot.mouseClick(view.mood.group.button(5), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.sleep, "7.3")
    qtbot.keyClicks(view.tags, "walk, friends")
    qtbot.keyClicks(view.note, "Saw M.")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert journal.checkin(TODAY) is None  # nothing saved
    problem = view.errors["sleep_hours"]
    assert problem.isVisible()
    assert "quarter hours" in problem.text()
    assert view.sleep.hasFocus()
    # everything typed is still there
    assert view.mood.mood() == 5
    assert view.sleep.text() == "7.3"
    assert view.tags.text() == "walk, friends"
    assert view.note.toPlainText() == "Saw M."

    view.sleep.selectAll()
    qtbot.keyClicks(view.sleep, "7.25")
    press(qtbot, Qt.Key.Key_Return)
    saved = journal.checkin(TODAY)
    assert (saved.mood, saved.sleep_hours, saved.tags, saved.note) == (
        5,
        7.25,
        ("walk", "friends"),
        "Saw M.",
    )
    assert not problem.isVisible()


def test_back_fill_an_earlier_day(qtbot, window, journal):
    view = today_view(window)
    press(qtbot, Qt.Key.Key_Tab)  # out of the mood row: the shortcut works anywhere in the form
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.day() == TODAY - dt.timedelta(days=1)
    view.mood.setFocus()
    type_keys(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert journal.checkin(TODAY - dt.timedelta(days=1)).mood == 2
    assert journal.checkin(TODAY) is None


def test_changing_day_keeps_typed_values_for_an_empty_day(qtbot, window, journal):
    view = today_view(window)
    qtbot.keyClicks(view.note, "Typed before picking the day")
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.day() == TODAY - dt.timedelta(days=1)
    assert view.note.toPlainText() == "Typed before picking the day"


def test_every_problem_is_shown_at_once(qtbot, window, journal):
    view = today_view(window)
    qtbot.keyClicks(view.activity, "lots")
    qtbot.keyClicks(view.tags, "walk, #!")
    qtbot.keyClicks(view.side_effects, "nausea 7")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    shown = {field for field, label in view.errors.items() if label.isVisible()}
    assert shown == {"mood", "activity_minutes", "tags", "side_effects"}
    assert "number" in view.errors["activity_minutes"].text()
    assert "0 to 3" in view.errors["side_effects"].text()
    assert view.mood.hasFocus()  # the first problem, top to bottom
    assert journal.checkin(TODAY) is None


def test_a_missed_day_is_one_click_away_in_the_last_seven_days(qtbot, window, journal):
    journal.save_checkin(CheckIn(TODAY - dt.timedelta(days=1), mood=8))
    view = today_view(window)
    two_days_ago = TODAY - dt.timedelta(days=2)
    button = next(b for b in view.recent.buttons if b.objectName() == two_days_ago.isoformat())
    assert "not logged" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.day() == two_days_ago
    assert view.title.text() == "How were you on Saturday 13 June?"
    qtbot.mouseClick(view.mood.group.button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert journal.checkin(two_days_ago).mood == 3
    assert "mood 3" in button.accessibleName()


def test_closing_with_an_unsaved_check_in_asks_and_can_save_it(qtbot, window, journal, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    view = today_view(window)
    type_keys(qtbot, "6")
    asked = []

    def answer(unsaved):
        asked.append(unsaved)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(window, "confirm_close", answer)
    assert not window.close()  # Cancel keeps the window and what was typed
    assert asked == [[("today", "the check-in of Monday 15 June 2026")]]
    assert view.mood.mood() == 6 and journal.checkin(TODAY) is None

    monkeypatch.setattr(window, "confirm_close", lambda _u: QMessageBox.StandardButton.Save)
    assert window.close()
    assert journal.checkin(TODAY).mood == 6


def test_tags_complete_from_earlier_days(qtbot, window, journal):
    journal.save_checkin(CheckIn(TODAY - dt.timedelta(days=3), mood=5, tags=("daylight", "walk")))
    view = today_view(window)
    qtbot.mouseClick(view.mood.group.button(5), Qt.MouseButton.LeftButton)
    view.tags.setFocus()
    qtbot.keyClicks(view.tags, "walk, day")
    (lists,) = [c for c in view.findChildren(ListCompleter) if c.widget() is view.tags]
    qtbot.waitUntil(lambda: lists.popup().isVisible())
    assert lists.currentCompletion() == "walk, daylight"  # the earlier tags are kept
    qtbot.keyClick(lists.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(lists.popup(), Qt.Key.Key_Return)
    assert view.tags.text() == "walk, daylight, "
    qtbot.keyClick(view.tags, Qt.Key.Key_Return)
    assert journal.checkin(TODAY).tags == ("walk", "daylight")


def test_one_click_logs_todays_missed_dose_of_a_running_drug(qtbot, window, journal):
    journal.add_med_event(new_event(dt.date(2026, 5, 1), "sertraline", "start", 50))
    window.ui_context.changed("med_events")
    view = today_view(window)
    button = view.missed_doses.buttons["sertraline"]
    assert button.text() == "Missed today's dose of sertraline"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (missed,) = journal.missed_doses()
    assert (missed.date, missed.drug, missed.doses) == (TODAY, "sertraline", 1)
    logged = view.missed_doses.buttons["sertraline"]
    assert not logged.isEnabled() and "logged" in logged.text()  # a second click adds nothing


def test_a_refused_missed_dose_says_why_on_the_button_shown_after(qtbot, window, journal):
    journal.add_med_event(new_event(dt.date(2026, 5, 1), "sertraline", "start", 50))
    window.ui_context.changed("med_events")
    view = today_view(window)
    button = view.missed_doses.buttons["sertraline"]
    journal.add_missed_dose(MissedDose(TODAY, "sertraline"))  # meanwhile, from the CLI
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    shown = view.missed_doses.buttons["sertraline"]
    assert shown is not button and not shown.isEnabled()
    assert "already logged" in shown.toolTip()  # the refusal, not the usual tooltip

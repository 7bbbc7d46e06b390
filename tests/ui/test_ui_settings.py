"""Settings: saved in the journal, and the crisis lines edited here are the ones shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from trdjournal.domain.crisis import default_crisis_lines


def settings_view(window):
    window.show_view("settings")
    return window.page("settings")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def test_settings_are_saved_in_the_journal(qtbot, window, journal):
    view = settings_view(window)
    assert journal.settings().adequacy_weeks == 6
    click(qtbot, view.adequacy.button(8))
    qtbot.keyClicks(view.report_name, "A. Person")
    click(qtbot, view.reminder_on)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    saved = journal.settings()
    assert saved.adequacy_weeks == 8
    assert saved.report_name == "A. Person"
    assert saved.reminder_time == "20:00"
    assert saved.crisis_lines is None  # untouched defaults stay "the defaults"
    assert window.statusBar().currentMessage() == "Settings saved."


def test_an_added_crisis_line_is_shown_after_a_phq9_with_item_9(qtbot, window, journal):
    view = settings_view(window)
    qtbot.mouseClick(view.add_line_button, Qt.MouseButton.LeftButton)  # a new row, editing
    for text in ("Here", "Night line", "0800 123"):
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commit, move to the next cell
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    lines = journal.settings().crisis_lines
    assert lines == (*default_crisis_lines(), lines[-1])
    assert (lines[-1].region, lines[-1].name, lines[-1].contact) == (
        "Here",
        "Night line",
        "0800 123",
    )

    window.show_view("questionnaires")
    questionnaires = window.page("questionnaires")
    qtbot.mouseClick(questionnaires.start_buttons["phq9"], Qt.MouseButton.LeftButton)
    for digit in "000000002":
        qtbot.keyClick(QApplication.focusWidget(), digit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert questionnaires.crisis.isVisible()
    assert "Here: Night line, 0800 123" in questionnaires.crisis.lines.text()


def test_a_crisis_line_without_a_number_is_refused(qtbot, window, journal):
    view = settings_view(window)
    qtbot.mouseClick(view.add_line_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Somewhere")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error.isVisible()
    assert "needs a name and a number" in view.error.text()
    assert journal.settings().crisis_lines is None

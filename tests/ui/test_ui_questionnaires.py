"""Questionnaires: answered by keys, result and band shown, crisis resources when item 9 > 0."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from trdjournal.domain.model import CrisisLine, Settings


def questionnaires(window):
    window.show_view("questionnaires")
    return window.page("questionnaires")


def answer_by_keys(qtbot, answers: str) -> None:
    for digit in answers:
        qtbot.keyClick(QApplication.focusWidget(), digit)


def test_phq9_item_9_above_zero_shows_the_crisis_resources(qtbot, window, journal):
    journal.save_settings(Settings(crisis_lines=(CrisisLine("Here", "Test Helpline", "0800 000"),)))
    view = questionnaires(window)
    qtbot.mouseClick(view.start_buttons["phq9"], Qt.MouseButton.LeftButton)
    answer_by_keys(qtbot, "111111111")  # item 9 (the last) answered "several days"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    (saved,) = journal.questionnaires("phq9")
    assert saved.answers == (1,) * 9
    assert saved.self_harm_flag  # the report marks the day from the stored answers
    assert view.result.isVisible()
    assert "9 of 27, mild" in view.result.text()
    assert view.crisis.isVisible()
    assert "Test Helpline, 0800 000" in view.crisis.lines.text()
    flag = view.history.item(0, 5)
    assert "marked for your doctor" in flag.text()
    # drawn as a flag: a badge in the flag colour before bold words, not plain text
    from trdjournal.ui.base.theme import contrast_ratio, flag_color

    badge = flag.icon().pixmap(16, 16).toImage()
    assert not flag.icon().isNull() and flag.font().bold()
    edge = badge.pixelColor(badge.width() // 2, 1)
    assert contrast_ratio(edge, flag_color(view.palette())) < 1.3


def test_gad7_one_question_at_a_time(qtbot, window, journal):
    view = questionnaires(window)
    box = view.one_at_a_time
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.mouseClick(view.start_buttons["gad7"], Qt.MouseButton.LeftButton)
    form = view.form
    assert sum(row.isVisible() for row in form.rows) == 1
    answer_by_keys(qtbot, "0123")
    assert form.progress.text().startswith("Question 5 of 7")
    assert not form.save_button.isEnabled()  # three questions left
    answer_by_keys(qtbot, "210")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    (saved,) = journal.questionnaires("gad7")
    assert saved.answers == (0, 1, 2, 3, 2, 1, 0)
    assert "9 of 21, mild" in view.result.text()
    assert not view.crisis.isVisible()  # GAD-7 has no safety item


def test_phq9_without_item_9_shows_no_crisis_panel(qtbot, window, journal):
    view = questionnaires(window)
    qtbot.mouseClick(view.start_buttons["phq9"], Qt.MouseButton.LeftButton)
    answer_by_keys(qtbot, "222222220")
    qtbot.mouseClick(view.form.save_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.questionnaires("phq9")
    assert saved.total == 16
    assert "moderately severe" in view.result.text()
    assert not view.crisis.isVisible()

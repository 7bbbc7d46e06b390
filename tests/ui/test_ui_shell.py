"""The main window: navigation, shortcuts, state kept between runs, accessibility, errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from trdjournal.context import AppContext
from trdjournal.ui.views import VIEWS

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
)


def inside_a_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def test_opens_on_today_and_ctrl_digits_switch_views(qtbot, window):
    assert window.current_key() == "today"
    for number, spec in enumerate(VIEWS, start=1):
        qtbot.keyClick(window, str(number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)


def test_geometry_and_last_view_are_restored(qtbot, window, app_context):
    from trdjournal.ui.app import open_window

    window.resize(700, 500)
    window.show_view("settings")
    window.close()
    assert (app_context.journal_path.parent / "ui-state.ini").exists()

    again = open_window(app_context)
    qtbot.addWidget(again)
    assert again.current_key() == "settings"
    assert (again.width(), again.height()) == (700, 500)


def test_every_interactive_widget_has_an_accessible_name(qtbot, window):
    missing = []
    for spec in VIEWS:
        window.show_view(spec.key)
        for widget in window.page(spec.key).findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE):
                continue
            if inside_a_control(widget):
                continue  # a part of a combo box, spin box, line edit or table
            if not widget.accessibleName():
                missing.append(
                    f"{spec.key}: {type(widget).__name__} {widget.text() if hasattr(widget, 'text') else ''}"
                )
    assert missing == []


def test_a_file_that_is_not_a_journal_gives_a_message_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from trdjournal.ui import app

    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"these are not the droids" * 100)
    before = bogus.read_bytes()
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    assert app.run(AppContext(db_path=bogus)) == 1
    ((title, text),) = shown
    assert "not a trdjournal journal" in text
    assert bogus.read_bytes() == before


def test_undo_with_nothing_to_undo_says_so(qtbot, window):
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "There is nothing left to undo."

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
from trdjournal.ui.shell.view_registry import VIEWS

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
    from trdjournal.ui.shell.app import open_window

    window.resize(700, 500)
    window.show_view("settings")
    window.close()
    assert (app_context.journal_path.parent / "ui-state.ini").exists()

    again = open_window(app_context)
    qtbot.addWidget(again)
    assert again.current_key() == "settings"
    assert (again.width(), again.height()) == (700, 500)


def unnamed_controls(where: str, root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or inside_a_control(widget):
            continue  # not a control, or a part of a combo box, spin box, line edit or table
        if not widget.accessibleName():
            text = widget.text() if hasattr(widget, "text") else ""
            missing.append(f"{where}: {type(widget).__name__} {text}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, window, journal):
    from trdjournal.domain.medication import new_event

    journal.add_med_event(new_event(journal_today(), "sertraline", "start", 50))
    missing = unnamed_controls("navigation", window.nav)
    for spec in VIEWS:
        window.show_view(spec.key)
        missing += unnamed_controls(spec.key, window.page(spec.key))

    treatments = window.page("treatments")
    for open_dialog in (
        lambda: treatments.med_dialog("start"),
        lambda: treatments.med_dialog("change"),
        lambda: treatments.med_dialog("stop"),
        treatments.add_session,
        treatments.add_appointment,
    ):
        open_dialog()
        missing += unnamed_controls(treatments.dialog.windowTitle(), treatments.dialog)
        treatments.dialog.reject()

    questionnaires = window.page("questionnaires")
    for key in ("phq9", "gad7"):
        questionnaires.start(key)
        missing += unnamed_controls(key, questionnaires.form)
    assert missing == []


def journal_today():
    from trdjournal.domain.dates import today

    return today()


def test_a_file_that_is_not_a_journal_gives_a_message_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from trdjournal.ui.shell import app

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


def test_a_journal_in_an_unreadable_place_gives_a_message(qtbot, tmp_path, monkeypatch):
    from trdjournal.ui.shell import app

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    assert app.run(AppContext(db_path=blocked / "journal.sqlite3")) == 1
    ((_title, text),) = shown
    assert "could not be opened" in text


def test_undo_with_nothing_to_undo_says_so(qtbot, window):
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "There is nothing left to undo."


def test_many_qt_calls_do_not_abort_the_app(run_python):
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call; the app must
    survive a long session (ui/base/shiboken_fix.py), not abort with 'none_dealloc'."""
    script = (
        "from trdjournal.ui.shell.app import application\n"
        "application()\n"
        "from PySide6.QtWidgets import QLabel\n"
        "label = QLabel()\n"
        "for _ in range(60000): label.setText('x')\n"
        "print('ok')\n"
    )
    done = run_python("-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_start_up_opens_today_without_the_heavy_modules(run_python, tmp_path):
    """Opening to Today builds Today only: no report library, no chart library yet."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trdjournal.context import AppContext\n"
        "from trdjournal.ui.shell.app import application, open_window\n"
        "app = application()\n"
        f"window = open_window(AppContext(db_path=Path({str(tmp_path / 'j.sqlite3')!r})))\n"
        "window.show(); app.processEvents()\n"
        "print(window.current_key(), sorted(window.pages),\n"
        "      [m for m in ('reportlab', 'pyqtgraph') if m in sys.modules])\n"
    )
    done = run_python("-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "today ['today'] []"

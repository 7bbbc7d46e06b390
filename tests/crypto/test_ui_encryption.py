"""The app and an encrypted journal: the passphrase at start, the lock, Settings > Passphrase."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QLineEdit, QWidget
from tests.crypto.journal_helpers import PASSPHRASE, SECRET_NOTES, files_and_bytes

from trdjournal.context import AppContext
from trdjournal.storage import Journal
from trdjournal.storage.cipher import is_encrypted


@pytest.fixture
def qapp_themed(qtbot):
    from trdjournal.ui.shell.app import application

    return application("light")


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def visible_text(root: QWidget) -> str:
    """Every piece of text a user could read in the window right now."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while (cell := model.index(row, column)).isValid():
                    parts.append(str(cell.data() or ""))
                    column += 1
    return "\n".join(parts)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def context(encrypted_journal):
    ctx = AppContext(db_path=encrypted_journal)
    yield ctx
    ctx.close()


def test_the_start_dialog_asks_until_the_passphrase_is_right(qtbot, qapp_themed, context):
    from trdjournal.ui.dialogs.passphrase_dialog import WRONG
    from trdjournal.ui.shell.unlock import unlock_dialog

    folder = context.journal_path.parent
    before = files_and_bytes(folder)
    dialog = unlock_dialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("not the passphrase")
    click_ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == WRONG
    assert files_and_bytes(folder) == before  # the wrong try wrote nothing
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    click_ok(dialog)
    assert not dialog.isVisible()
    assert len(context.journal().checkins()) == 60


def test_the_environment_passphrase_opens_without_a_dialog(qapp_themed, context, monkeypatch):
    from trdjournal.ui.shell.unlock import open_journal

    monkeypatch.setenv("TRDJOURNAL_PASSPHRASE", PASSPHRASE)
    assert open_journal(context) is True
    assert context.journal().encrypted


@pytest.fixture
def window(qtbot, qapp_themed, context):
    from trdjournal.ui.shell.app import open_window
    from trdjournal.ui.shell.unlock import try_passphrase

    assert try_passphrase(context, PASSPHRASE) == ""
    main = open_window(context, remember=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_view("journal")
    return main


def with_fake_time(window, minutes: int | None) -> FakeClock:
    """Auto-lock after ``minutes`` (None: off), on a clock the test moves by hand."""
    journal = window.ui_context.journal
    journal.save_settings(dataclasses.replace(journal.settings(), auto_lock_minutes=minutes))
    clock = FakeClock()
    window.locking.watcher.clock = clock
    window.locking.watcher.timer = QTimer()  # never started by the test: no real waiting
    window.locking.watcher.timer.timeout.connect(window.locking.watcher.check)
    window.ui_context.changed("settings")
    return clock


def tick(window) -> None:
    window.locking.watcher.timer.timeout.emit()


def test_auto_lock_is_off_by_default(window):
    clock = with_fake_time(window, None)
    assert window.ui_context.journal.settings().auto_lock_minutes is None
    clock.now += 24 * 3600
    tick(window)
    assert not window.locking.locked


def test_idle_minutes_lock_and_the_passphrase_unlocks(qtbot, window, context):
    assert SECRET_NOTES[0] in visible_text(window)
    clock = with_fake_time(window, 5)
    clock.now += 4 * 60
    tick(window)
    assert not window.locking.locked
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # using the app starts the idle time again
    clock.now += 4 * 60
    tick(window)
    assert not window.locking.locked
    clock.now += 61
    tick(window)
    assert window.locking.locked
    text = visible_text(window)
    assert "trdjournal is locked" in text
    assert all(note not in text for note in SECRET_NOTES)
    assert context.known_passphrase is None and window.ui_context.journal.passphrase is None
    assert not window.undo_action.isEnabled()
    with pytest.raises(Exception, match="closed"):
        window.ui_context.journal.checkins()

    screen = window.locking.screen
    qtbot.keyClicks(screen.passphrase, "wrong")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert window.locking.locked and "Wrong passphrase" in screen.error.text()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.locking.locked
    assert window.undo_action.isEnabled()
    window.show_view("journal")
    assert SECRET_NOTES[0] in visible_text(window)
    clock.now += 4 * 60
    tick(window)
    assert not window.locking.locked  # idle time counts again from the unlock


def test_no_lock_while_work_runs_off_the_ui_thread(window, monkeypatch):
    from trdjournal.ui.base import operations

    clock = with_fake_time(window, 5)
    monkeypatch.setattr(operations, "running_count", lambda: 1)  # e.g. a conversion
    clock.now += 6 * 60
    tick(window)
    assert not window.locking.locked
    monkeypatch.setattr(operations, "running_count", lambda: 0)
    clock.now += 5 * 60
    window.locking.watcher.check()
    assert window.locking.locked


def test_lock_by_hand_with_ctrl_l(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locking.locked


def test_a_plain_journal_has_no_lock(qtbot, qapp_themed, plain_journal):
    from trdjournal.ui.shell.app import open_window

    ctx = AppContext(db_path=plain_journal)
    main = open_window(ctx, remember=False)
    qtbot.addWidget(main)
    assert not main.locking.lock_action.isVisible()
    main.locking.lock()
    assert not main.locking.locked
    main.show_view("settings")
    panel = main.page("settings").privacy
    assert not panel.auto_lock.isEnabled()
    ctx.close()


def run_dialog(qtbot, panel, button, current: str = "", new: str = "") -> None:
    button.click()
    dialog = panel.dialog
    qtbot.waitUntil(dialog.isVisible)
    if dialog.current is not None:
        dialog.current.setText(current)
    if dialog.new is not None:
        dialog.new.setText(new)
        dialog.repeat.setText(new)
    click_ok(dialog)


def wait_for_operations() -> None:
    from trdjournal.ui.base.operations import wait_idle

    assert wait_idle(60_000)


def test_settings_set_change_and_remove_the_passphrase(qtbot, qapp_themed, plain_journal):
    from trdjournal.ui.shell.app import open_window

    ctx = AppContext(db_path=plain_journal)
    main = open_window(ctx, remember=False)
    qtbot.addWidget(main)
    main.show()
    main.show_view("settings")
    panel = main.page("settings").privacy
    journal = main.ui_context.journal
    assert panel.set_button.isVisible() and not panel.remove_button.isVisible()

    run_dialog(qtbot, panel, panel.set_button, new="first secret")
    wait_for_operations()
    assert is_encrypted(plain_journal) and journal.encrypted
    assert panel.change_button.isVisible() and main.locking.lock_action.isVisible()
    assert len(journal.checkins()) == 60  # the same object, open again on the new file
    assert panel.auto_lock.isEnabled()
    panel.auto_lock.setChecked(True)
    assert journal.settings().auto_lock_minutes == 10

    before = files_and_bytes(plain_journal.parent)
    run_dialog(qtbot, panel, panel.change_button, current="not it", new="second")
    assert panel.dialog.isVisible() and "Wrong passphrase" in panel.dialog.error.text()
    panel.dialog.reject()
    assert files_and_bytes(plain_journal.parent) == before

    run_dialog(qtbot, panel, panel.change_button, current="first secret", new="second")
    wait_for_operations()
    assert journal.passphrase == "second"
    Journal.open(plain_journal, passphrase="second").close()

    run_dialog(qtbot, panel, panel.remove_button, current="second")
    wait_for_operations()
    assert not is_encrypted(plain_journal) and not journal.encrypted
    assert not panel.auto_lock.isEnabled() and not main.locking.lock_action.isVisible()
    assert len(journal.checkins()) == 60
    ctx.close()


def test_the_app_on_a_plain_journal_never_loads_sqlcipher(plain_journal):
    """Start-up as ``trdjournal`` does it, with sqlcipher3 blocked outright."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'sqlcipher3':\n"
        "            raise ImportError('sqlcipher3 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from trdjournal.context import AppContext\n"
        "from trdjournal.ui.shell.app import application, open_window\n"
        "from trdjournal.ui.shell.unlock import open_journal\n"
        "application('light')\n"
        "context = AppContext(db_path=sys.argv[1])\n"
        "assert open_journal(context)\n"
        "window = open_window(context, remember=False)\n"
        "window.show(); window.show_view('settings')\n"
        "print(len(context.journal().checkins()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(plain_journal)],
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": str(root / "src"),
            "TRDJOURNAL_TODAY": "2026-06-15",
            "QT_QPA_PLATFORM": "offscreen",
        },
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "60"

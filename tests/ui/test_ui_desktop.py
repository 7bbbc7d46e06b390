"""Desktop integration in the running app: the reminder opens Today, Help > About, and the\nreminder and start-with-session options in Settings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QTime

from trdjournal import APP_ID, __version__
from trdjournal.ui.shell.view_registry import VIEWS

DAY = dt.date(2026, 6, 15)


def test_clicking_the_reminder_brings_the_window_to_today(qtbot, window, journal):
    from trdjournal.ui.shell.reminder import attach_reminder

    now = dt.datetime.combine(DAY, dt.time(21, 0))
    journal.save_settings(dataclasses.replace(journal.settings(), reminder_time="21:00"))
    reminder = attach_reminder(window, clock=lambda: now)
    assert reminder.last_reminded == DAY, "start() checks at once: 21:00 is due"
    window.show_view(VIEWS[-1].key)
    assert window.current_key() != "today"
    reminder.tray.messageClicked.emit()
    assert window.current_key() == "today"
    assert window.stack.currentWidget() is window.page("today")


def test_without_a_system_tray_the_reminder_shows_in_the_window(qtbot, window, journal):
    from PySide6.QtWidgets import QSystemTrayIcon

    from trdjournal.ui.shell.reminder import attach_reminder

    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a system tray; the notification goes there")
    journal.save_settings(dataclasses.replace(journal.settings(), reminder_time="20:00"))
    window.show_view(VIEWS[-1].key)
    attach_reminder(window, clock=lambda: dt.datetime.combine(DAY, dt.time(20, 5)))
    assert window.statusBar().currentMessage().startswith("How was today?")
    assert window.current_key() == "today"


def test_a_closed_window_stops_reminding(qtbot, window, journal):
    from trdjournal.ui.shell.reminder import attach_reminder

    journal.save_settings(dataclasses.replace(journal.settings(), reminder_time="21:00"))
    reminder = attach_reminder(window, clock=lambda: dt.datetime.combine(DAY, dt.time(9)))
    assert reminder.timer.isActive()
    assert window.close()
    assert not reminder.timer.isActive(), "it would read a journal closed by now"


def test_help_about_shows_the_version(qtbot, window):
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.text.text()
    dialog.close()


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def test_settings_turn_the_reminder_on_and_off(qtbot, window, journal, config_home):
    window.show_view("settings")
    view = window.page("settings")
    assert not view.reminder_on.isChecked(), "off by default"
    view.reminder_on.setChecked(True)
    view.reminder_time.setTime(QTime(21, 30))
    assert view.save()
    assert journal.settings().reminder_time == "21:30"
    view.reminder_on.setChecked(False)
    assert view.save()
    assert journal.settings().reminder_time is None


def test_start_with_session_writes_and_removes_the_autostart_entry(
    qtbot, window, journal, config_home
):
    from trdjournal.ui.base import autostart

    if not autostart.supported():
        pytest.skip("XDG autostart is for Linux desktops")
    entry = config_home / "autostart" / f"{APP_ID}.desktop"
    window.show_view("settings")
    view = window.page("settings")
    assert not view.autostart.isChecked() and not entry.exists(), "off by default"
    view.autostart.setChecked(True)
    assert not entry.exists(), "nothing changes before Save"
    assert view.save()
    text = entry.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in text and "\nExec=" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout
    view.load()
    assert view.autostart.isChecked(), "the entry itself is the setting"
    view.autostart.setChecked(False)
    assert view.save()
    assert not entry.exists()

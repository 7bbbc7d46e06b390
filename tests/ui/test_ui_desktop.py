"""Desktop integration in the running app: the reminder opens Today, Help > About, File > Daily reminder."""

from __future__ import annotations

import dataclasses
import datetime as dt

from trdjournal import __version__
from trdjournal.ui.views import VIEWS

DAY = dt.date(2026, 6, 15)


def test_clicking_the_reminder_brings_the_window_to_today(qtbot, window, journal):
    from trdjournal.ui.reminder import attach_reminder

    now = dt.datetime.combine(DAY, dt.time(21, 0))
    journal.save_settings(dataclasses.replace(journal.settings(), reminder_time="21:00"))
    window.show_view(VIEWS[-1].key)
    reminder = attach_reminder(window, clock=lambda: now)
    assert reminder.last_reminded == DAY, "start() checks at once: 21:00 is due"
    reminder.tray.messageClicked.emit()
    assert window.current_key() == "today"
    assert window.stack.currentWidget() is window.page("today")


def test_help_about_shows_the_version(qtbot, window):
    dialog = window.show_about()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.text.text()
    dialog.close()


def test_file_daily_reminder_turns_the_reminder_on(qtbot, window, journal):
    dialog = window.show_reminder_settings()
    qtbot.waitExposed(dialog)
    dialog.panel.remind.setChecked(True)
    assert journal.settings().reminder_time == "20:00"
    assert "20:00" in window.statusBar().currentMessage()
    dialog.close()

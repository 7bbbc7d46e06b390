"""The daily reminder and starting with the session, driven by a clock the test sets."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from trdjournal.domain.model import CheckIn

pytest.importorskip("PySide6.QtWidgets")

from trdjournal.ui.base import autostart  # noqa: E402
from trdjournal.ui.shell.reminder import DailyReminder  # noqa: E402

DAY = dt.date(2026, 6, 15)  # conftest pins TRDJOURNAL_TODAY to this day


class SettableClock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, day: dt.date, hh_mm: str) -> None:
        self.now = dt.datetime.combine(day, dt.time.fromisoformat(hh_mm))


@pytest.fixture
def clock():
    return SettableClock(dt.datetime.combine(DAY, dt.time(8, 0)))


@pytest.fixture
def reminder(qtbot, journal, clock):
    made = DailyReminder(
        reminder_time=lambda: journal.settings().reminder_time,
        logged=lambda day: journal.checkin(day) is not None,
        clock=clock,
    )
    yield made
    made.tray.hide()


def set_reminder_time(journal, value):
    journal.save_settings(dataclasses.replace(journal.settings(), reminder_time=value))


def test_reminds_once_at_the_set_time_and_again_the_next_day(qtbot, journal, clock, reminder):
    set_reminder_time(journal, "21:00")
    clock.set(DAY, "20:59")
    with qtbot.assertNotEmitted(reminder.reminded):
        assert reminder.check() is False
    clock.set(DAY, "21:00")
    with qtbot.waitSignal(reminder.reminded, timeout=1000):
        assert reminder.check() is True
    clock.set(DAY, "22:30")
    assert reminder.check() is False, "one reminder a day"
    clock.set(DAY + dt.timedelta(days=1), "09:00")
    assert reminder.check() is False
    clock.set(DAY + dt.timedelta(days=1), "21:01")
    assert reminder.check() is True


def test_no_reminder_when_off_by_default_or_when_today_is_logged(journal, clock, reminder):
    assert journal.settings().reminder_time is None, "the reminder is off by default"
    clock.set(DAY, "23:59")
    assert reminder.check() is False
    set_reminder_time(journal, "21:00")
    journal.save_checkin(CheckIn(date=DAY, mood=5))
    assert reminder.check() is False, "today is already logged"


def test_clicking_the_notification_asks_for_today(qtbot, reminder):
    with qtbot.waitSignal(reminder.today_requested, timeout=1000):
        reminder.tray.messageClicked.emit()


def test_autostart_exec_line_quotes_paths_with_spaces():
    text = autostart.entry_text(["/opt/my apps/trdjournal"])
    assert 'Exec="/opt/my apps/trdjournal"' in text

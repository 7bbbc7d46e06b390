"""The daily reminder: once a day, at the time set in Settings.reminder_time, a system-tray
notification "How was today?" while the app is running; clicking it opens Today.

Off unless a reminder time is set. Time comes from an injectable clock, so tests set the
time instead of waiting; a QTimer merely asks "is it due?" every half minute, which also
copes with suspend and clock changes without computing a long single-shot delay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from trdjournal.ui.base import operations

CHECK_INTERVAL_MS = 30_000
NOTIFICATION_MS = 15_000

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """Now, on the day trdjournal.domain.dates.today() says (TRDJOURNAL_TODAY pins it)."""
    from trdjournal.domain import dates

    return dt.datetime.combine(dates.today(), dt.datetime.now().time())


def reminder_due(
    now: dt.datetime, reminder_time: str | None, last_reminded: dt.date | None, logged_today: bool
) -> bool:
    """True once per day, from the reminder time on, unless today is already logged."""
    if reminder_time is None or logged_today or last_reminded == now.date():
        return False
    return now.time() >= dt.time.fromisoformat(reminder_time)


class DailyReminder(QObject):
    """Checks whether the reminder is due; shows it through a QSystemTrayIcon."""

    reminded = Signal()
    today_requested = Signal()  # the user clicked the notification (or the tray icon)

    def __init__(
        self,
        reminder_time: Callable[[], str | None],
        logged: Callable[[dt.date], bool],
        clock: Clock = system_clock,
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._reminder_time = reminder_time
        self._logged = logged
        self._clock = clock
        self.last_reminded: dt.date | None = None
        self.tray = QSystemTrayIcon(icon or QIcon(), self)
        self.tray.setToolTip(self.tr("trdjournal"))
        self.tray.messageClicked.connect(self.today_requested)
        self.tray.activated.connect(self._on_tray_activated)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> bool:
        """Show the reminder if it is due now; True when it was shown."""
        if operations.running_count():
            return False  # an encryption or restore may have the journal closed: next tick
        now = self._clock()
        time = self._reminder_time()
        self.tray.setVisible(time is not None and QSystemTrayIcon.isSystemTrayAvailable())
        if not reminder_due(now, time, self.last_reminded, self._logged(now.date())):
            return False
        self.last_reminded = now.date()
        self.tray.showMessage(
            self.tr("How was today?"),
            self.tr("A few seconds to log your day in trdjournal. Click to open Today."),
            QSystemTrayIcon.MessageIcon.Information,
            NOTIFICATION_MS,
        )
        self.reminded.emit()
        return True

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.today_requested.emit()


def attach_reminder(window, clock: Clock = system_clock) -> DailyReminder:
    """The reminder of a running main window: its journal's settings, Today on click."""
    journal = window.ui_context.journal
    reminder = DailyReminder(
        reminder_time=lambda: journal.settings().reminder_time,
        logged=lambda day: journal.checkin(day) is not None,
        clock=clock,
        icon=window.windowIcon(),
        parent=window,
    )
    reminder.today_requested.connect(lambda: bring_to_today(window))
    reminder.reminded.connect(lambda: _without_tray(window, reminder))
    window.reminder = reminder  # the window stops it when locked or closed
    reminder.start()
    return reminder


def _without_tray(window, reminder: DailyReminder) -> None:
    """No system tray (some GNOME setups, offscreen): say it in the window and flash it."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return
    from PySide6.QtWidgets import QApplication

    window.show_message(reminder.tr("How was today? Today is open to log it."))
    window.show_view("today")
    QApplication.alert(window)


def bring_to_today(window) -> None:
    window.show_view("today")
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()

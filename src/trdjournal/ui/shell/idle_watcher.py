"""Notices when nobody has used the app for a while (auto-lock).

Any key press, click, wheel or mouse move in the app counts as use. A timer checks every
``CHECK_EVERY_MS``; the clock and the timer are injectable, so tests move time on without
waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

CHECK_EVERY_MS = 15_000
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    idle = Signal()  # emitted once per idle period, when it reaches the limit

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        timer: QTimer | None = None,
    ):
        super().__init__(parent)
        self.clock = clock
        self.limit_seconds: float | None = None
        self.last_activity = clock()
        self.timer = timer or QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)

    def set_limit(self, minutes: int | None) -> None:
        """Idle after ``minutes`` without use; None turns the watcher off."""
        self.limit_seconds = None if minutes is None else minutes * 60.0
        self.touch()
        if minutes is None:
            self.timer.stop()
        else:
            self.timer.start()

    def touch(self) -> None:
        self.last_activity = self.clock()

    def check(self) -> None:
        if self.limit_seconds is None:
            return
        if self.clock() - self.last_activity >= self.limit_seconds:
            self.timer.stop()  # until set_limit() or resume() starts it again
            self.idle.emit()

    def resume(self) -> None:
        self.touch()
        if self.limit_seconds is not None:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in ACTIVITY:
            self.last_activity = self.clock()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

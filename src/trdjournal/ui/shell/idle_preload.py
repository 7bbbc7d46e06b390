"""Do the Charts view's slow first work while the user reads Today, not when they open Charts.

pyqtgraph (and numpy under it) costs about a third of a second to import, and building the
chart panels and the whole journal's timeline as much again on a 20-year journal. Start-up must
not pay for it (the first frame would come later), so the main window calls ``schedule`` when it
is first shown: once the first frame is on screen and the event loop is idle, a timer runs one
step per tick (import; build the Charts page and its plots; read its timeline), so key presses
and paints get through between steps. Opening Charts later only paints. The timer belongs to
the window and waits while it is hidden, so a window closed before then does nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from trdjournal.ui.base import operations

DELAY_MS = 400  # after the first frame (the bench's cold start ends at the first event loop turn)
STEP_GAP_MS = 30  # between steps: room for the input and paint events that queued up
BUSY_RETRY_MS = 250  # while a journal operation runs
MODULES = (
    "trdjournal.ui.charts.timeline_charts",  # pyqtgraph, numpy, the chart panels
    "trdjournal.ui.charts.trial_overlay_plot",
    "trdjournal.ui.views.charts_view",
)


def import_chart_modules() -> None:
    for name in MODULES:
        importlib.import_module(name)


class IdlePreload:
    def __init__(self, owner: QWidget, steps: Callable[[], Iterable[Callable[[], object]]]):
        """``steps`` is called when the work starts, so it can look at the window then."""
        self.done = False
        self._owner = owner
        self._steps = steps
        self._pending: list[Callable[[], object]] | None = None
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._next)

    def schedule(self) -> None:
        if not self.done and not self._timer.isActive():
            self._timer.start()

    def _next(self) -> None:
        if not self._owner.isVisible():
            return  # closed (its journal may be closed too) or hidden: resumed when shown again
        if operations.running_count():
            # An operation on a worker thread (encrypt, restore, import) may have the journal
            # closed or half-swapped; reading it now would fail. Try again once it is done.
            self._timer.start(BUSY_RETRY_MS)
            return
        if self._pending is None:
            self._pending = list(self._steps())
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            self._timer.start(STEP_GAP_MS)
        else:
            self.done = True

    def add(self, steps: Iterable[Callable[[], object]]) -> None:
        """More steps after those queued (a step may add the work it found to do)."""
        if self._pending is None:
            self._pending = list(self._steps())
        self._pending.extend(steps)

    def run(self) -> None:
        """Every remaining step now (tests)."""
        self._timer.stop()
        while not self.done:
            self._next()

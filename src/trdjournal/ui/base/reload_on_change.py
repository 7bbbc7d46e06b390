"""Keep a view in step with the journal cheaply: reload it when a table it shows changes,
at once if it is on screen, else the next time it is shown (a 20-year Journal table is not
rebuilt for every check-in saved while another view is open)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext


class ReloadOnChange(QObject):
    def __init__(
        self,
        view: QWidget,
        ui_context: UiContext,
        tables: Iterable[str] | None,
        reload: Callable[[], None],
        *,
        deferred: bool = False,
    ):
        """``tables`` None: any change. ``deferred``: reload on the next turn of the event
        loop, so a slow view paints (its "loading" state) before it is rebuilt."""
        super().__init__(view)
        self.view, self.reload, self.deferred = view, reload, deferred
        self.tables = None if tables is None else {*tables, ALL_TABLES}
        self.stale = True
        view.installEventFilter(self)
        ui_context.journal_changed.connect(self._on_changed)

    def _on_changed(self, table: str) -> None:
        if self.tables is None or table in self.tables:
            self.invalidate()

    def invalidate(self) -> None:
        """What the view shows is out of date: reload it now if on screen, else when shown."""
        self.stale = True
        if self.view.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        if self.deferred:
            QTimer.singleShot(0, self.reload)
        else:
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.refresh()
        return False

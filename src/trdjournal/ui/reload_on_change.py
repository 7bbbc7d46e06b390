"""Keep a view in step with the journal cheaply: reload it when a table it shows changes,
at once if it is on screen, else the next time it is shown (a 20-year Journal table is not
rebuilt for every check-in saved while another view is open)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from trdjournal.ui.ui_context import ALL_TABLES, UiContext


class ReloadOnChange(QObject):
    def __init__(
        self,
        view: QWidget,
        ui_context: UiContext,
        tables: Iterable[str],
        reload: Callable[[], None],
    ):
        super().__init__(view)
        self.view, self.tables, self.reload = view, {*tables, ALL_TABLES}, reload
        self.stale = True
        view.installEventFilter(self)
        ui_context.journal_changed.connect(self._on_changed)

    def _on_changed(self, table: str) -> None:
        if table in self.tables:
            self.stale = True
            if self.view.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.refresh()
        return False

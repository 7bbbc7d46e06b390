"""What every view is given: the open journal and the signals that keep views in step.

Views never talk to each other directly. A view that writes to the journal calls
``changed(table)``; every view listening to ``journal_changed`` refreshes what it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from trdjournal.context import AppContext
from trdjournal.storage import Journal

ALL_TABLES = ""  # journal_changed argument meaning "anything may have changed" (undo, import)


class UiContext(QObject):
    journal_changed = Signal(str)  # table name, or ALL_TABLES
    status_message = Signal(str)
    open_view = Signal(str, object)  # view key, an argument for that view (a date to edit...)

    def __init__(self, app_context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.app_context = app_context
        self.journal: Journal = app_context.journal()

    def changed(self, table: str = ALL_TABLES) -> None:
        self.journal_changed.emit(table)

    def tell(self, message: str) -> None:
        """A short message in the status bar (what was saved, deleted, undone)."""
        self.status_message.emit(message)

    def show(self, view_key: str, argument: Any = None) -> None:
        self.open_view.emit(view_key, argument)

"""Noticing what another program wrote: a ``trdjournal`` command run while the app is open.

A QTimer asks SQLite's ``PRAGMA data_version`` (storage/outside_writes.py) twice a second; it
changes only when another connection committed, so the app's own saves cost nothing. On a
change every view is told (``journal_changed(ALL_TABLES)``): a form the user is not typing in
shows the new values, and one they are typing in keeps their text and asks before it
overwrites the newer record (Today's save compares what it loaded with what is stored now).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from trdjournal.storage import cipher
from trdjournal.storage.outside_writes import data_version
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext

POLL_MS = 500  # the app shows a command's change within a second


class OutsideChanges(QObject):
    def __init__(self, ui_context: UiContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _version(self) -> int | None:
        try:
            return data_version(self.ui_context.journal)
        except cipher.database_errors():
            # The journal is closed while the app is locked (File > Lock): nothing to watch
            # until it is unlocked.
            return None

    def poll(self) -> None:
        version = self._version()
        if version == self.seen:
            return
        reopened = self.seen is None
        self.seen = version
        if version is None:
            return
        # A reopened connection counts afresh; what changed while it was closed is unknown,
        # so every view reloads either way.
        self.ui_context.changed(ALL_TABLES)
        if not reopened:
            self.ui_context.tell(self.tr("The journal was changed by another program: updated."))

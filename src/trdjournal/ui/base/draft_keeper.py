"""Keep what the user is typing as a draft inside the journal (storage/drafts.py), so a crash,
a SIGTERM at logout or a power cut loses at most the last second of typing.

A form owns one ``DraftKeeper``: it calls ``typed()`` on every change; the keeper writes the
form's ``read()`` text after a short pause (debounced, so typing a sentence is not a write per
key), ``flush()`` writes at once (SIGTERM, a session-manager logout), ``discard()`` drops it
(the form was saved, or the user threw it away). ``flush_all()`` flushes every live keeper.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from trdjournal.storage import Journal
from trdjournal.storage.drafts import drop_draft, keep_draft

DRAFT_DELAY_MS = 700

_live: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()


class DraftKeeper(QObject):
    def __init__(
        self,
        parent: QObject,
        journal: Journal,
        key: str,
        read: Callable[[], str | None],
    ):
        """``read()``: the form's text to keep, or None when there is nothing worth keeping."""
        super().__init__(parent)
        self.journal, self.key, self.read = journal, key, read
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.pending = False
        _live.add(self)

    def typed(self, *_args: object) -> None:
        self.pending = True
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if not self.pending:
            return
        self.pending = False
        text = self.read()
        if text is None:
            drop_draft(self.journal, self.key)
        else:
            keep_draft(self.journal, self.key, text)

    def discard(self) -> None:
        self.timer.stop()
        self.pending = False
        drop_draft(self.journal, self.key)


def flush_all() -> None:
    """Write every form's pending draft now (the app is being told to quit)."""
    for keeper in list(_live):
        keeper.flush()

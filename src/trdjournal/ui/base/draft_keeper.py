"""Keep what the user is typing as a draft inside the journal (storage/drafts.py), so a crash,
a SIGTERM at logout or a power cut loses at most the last second of typing.

A form owns one ``DraftKeeper``: it calls ``typed()`` on every change; the keeper writes the
form's ``read()`` text after a short pause (debounced, so typing a sentence is not a write per
key), ``flush()`` writes at once (SIGTERM, a session-manager logout), ``discard()`` drops it
(the form was saved, or the user threw it away). ``flush_all()`` flushes every keeper in
the app's windows (a keeper is a child of its form, so Qt's object tree finds them all).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from trdjournal.storage import Journal
from trdjournal.storage.drafts import drop_draft, keep_draft

DRAFT_DELAY_MS = 700


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
        # Whether this keeper wrote the draft that is stored: a form that merely reloads (its
        # fields set by code) then writes nothing at all, not even a delete.
        self.kept = False

    def typed(self, *_args: object) -> None:
        self.pending = True
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if not self.pending:
            return
        self.pending = False
        text = self.read()
        if text is not None:
            keep_draft(self.journal, self.key, text)
            self.kept = True
        elif self.kept:  # typed back to nothing worth keeping (or a form reload): drop ours
            drop_draft(self.journal, self.key)
            self.kept = False

    def discard(self) -> None:
        self.timer.stop()
        self.pending = False
        self.kept = False
        drop_draft(self.journal, self.key)


def flush_all(root: QObject | None = None) -> None:
    """Write every pending draft under ``root`` (default: every window) now: the app is being
    told to quit, or the window closes, or the journal is about to be locked."""
    roots = [root] if root is not None else QApplication.topLevelWidgets()
    for top in roots:
        for keeper in top.findChildren(DraftKeeper):
            keeper.flush()

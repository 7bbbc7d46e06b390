"""What an undone revision was, in words for the status bar: the core's wording
(storage/revisions.describe_undone, the CLI's `undo` says the same, with ids and fields), so
every record table is named once, in one catalogue."""

from __future__ import annotations

from trdjournal.storage.journal import Revision
from trdjournal.storage.revisions import describe_undone


def describe_undo(revision: Revision) -> str:
    return describe_undone(revision, details=False)

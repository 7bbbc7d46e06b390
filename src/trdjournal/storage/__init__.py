"""The journal store: the only layer that writes SQL. Rows cross its boundary as frozen
records from ``trdjournal.domain``."""

from trdjournal.storage.errors import (
    DamagedJournalError,
    JournalError,
    NotAJournalError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from trdjournal.storage.journal import Journal

__all__ = [
    "DamagedJournalError",
    "Journal",
    "JournalError",
    "NotAJournalError",
    "PassphraseRequiredError",
    "WrongPassphraseError",
]

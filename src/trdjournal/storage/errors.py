from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """A journal that cannot be used as asked; the message is meant for the user.

    ``path`` names the file the problem is about, when there is one, so a front end can offer
    that journal's backups.
    """

    def __init__(self, message: str, *, path: Path | None = None):
        super().__init__(message)
        self.path = path


class NotAJournalError(JournalError):
    """The file is not a SQLite database, or a database that is not a trdjournal journal."""


class DamagedJournalError(JournalError):
    """SQLite's integrity check failed; the file is left untouched."""


class PassphraseRequiredError(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open the journal; nothing was read or written."""

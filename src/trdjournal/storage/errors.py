from __future__ import annotations

from pathlib import Path

from trdjournal.i18n import _


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


class NewerJournalError(JournalError):
    """The journal was written by a newer trdjournal: it is opened read-only, writes refused."""

    def __init__(self, path: Path | None, schema: str):
        super().__init__(
            _(
                "{path} was written by a newer trdjournal (its schema: {schema}); "
                "update trdjournal to change it. It can still be read, exported and reported."
            ).format(path=path, schema=schema),
            path=path,
        )
        self.schema = schema


class JournalBusyError(JournalError):
    """Another program held the journal's write lock for longer than the busy timeout."""


class EnvironmentProblem(JournalError):
    """The journal is fine, but where it lives is not (full disk, read-only, no permission,
    a folder that vanished). ``advice`` says what to do; restoring a backup is never it."""


class NoSpaceError(EnvironmentProblem):
    pass


class ReadOnlyError(EnvironmentProblem):
    pass


class PermissionDeniedError(EnvironmentProblem):
    pass


class FolderVanishedError(EnvironmentProblem):
    pass

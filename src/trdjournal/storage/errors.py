class JournalError(Exception):
    """A journal that cannot be used as asked; the message is meant for the user."""


class NotAJournalError(JournalError):
    """The file is not a SQLite database, or a database that is not a trdjournal journal."""


class DamagedJournalError(JournalError):
    """SQLite's integrity check failed; the file is left untouched."""


class PassphraseRequiredError(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open the journal; nothing was read or written."""

class JournalError(Exception):
    """A journal that cannot be used as asked; the message is meant for the user."""


class NotAJournalError(JournalError):
    """The file is not a SQLite database, or a database that is not a trdjournal journal."""


class DamagedJournalError(JournalError):
    """SQLite's integrity check failed; the file is left untouched."""

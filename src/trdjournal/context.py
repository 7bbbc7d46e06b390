"""The application context both front ends pass around (git-cola's ApplicationContext):
which journal is in use, opened once, closed once."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

from trdjournal.i18n import _
from trdjournal.storage import Journal, PassphraseRequiredError, WrongPassphraseError
from trdjournal.storage.cipher import is_encrypted

# Asked for the passphrase of an encrypted journal: given its path, returns the passphrase
# (the CLI prompts or reads TRDJOURNAL_PASSPHRASE; the GUI shows a dialog).
PassphraseSource = Callable[[Path], str]
PASSPHRASE_ENV = "TRDJOURNAL_PASSPHRASE"


def passphrase_from_env() -> str | None:
    """The passphrase scripts pass in TRDJOURNAL_PASSPHRASE, if any."""
    return os.environ.get(PASSPHRASE_ENV) or None


@dataclasses.dataclass
class AppContext:
    """Passed to every command (git-cola's ApplicationContext): which journal, opened once."""

    db_path: Path | None = None
    demo: bool = False
    passphrase_source: PassphraseSource | None = None
    _journal: Journal | None = None
    # The passphrase once given, so one command asks once (a restore needs it for the
    # backup too); forgotten by lock().
    _passphrase: str | None = None
    # Problems a front end should show without stopping (a daily backup that failed).
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def journal_path(self) -> Path:
        from trdjournal import paths

        if self.demo:
            return paths.demo_journal_path()
        return Path(self.db_path) if self.db_path is not None else paths.default_journal_path()

    def journal(self) -> Journal:
        if self._journal is None:
            path = self.journal_path
            was_missing = not path.exists()
            passphrase = self.passphrase_for(path)
            try:
                self._journal = Journal.open(path, passphrase=passphrase)
            except WrongPassphraseError:
                self._passphrase = None
                raise
            if self.demo and self._journal.is_empty():
                from trdjournal.demo import fill_demo_journal

                fill_demo_journal(self._journal)
            elif not self.demo:
                if was_missing:
                    self._tell_about_earlier_backups(path)
                self._daily_backup(self._journal)
        return self._journal

    def _tell_about_earlier_backups(self, path: Path) -> None:
        """A journal file that vanished (deleted by mistake, a lost disk) leaves its backups
        behind: say so at once, not after the user has logged a week into the new, empty one."""
        from trdjournal.storage import backup

        if backup.list_backups(path):
            self.warnings.append(
                _(
                    "There was no journal at {path}, so a new, empty one was started. Backups of an earlier journal are in {backup}: `trdjournal restore --newest` (or File > Restore from backup... in the app) brings the newest one back."
                ).format(path=path, backup=backup.backups_dir_for(path))
            )

    def passphrase_for(self, path: Path) -> str | None:
        """None for a plain (or new) file; for an encrypted one the passphrase, asked once.

        Asked only when needed: a plain journal never prompts.
        """
        if not is_encrypted(path):
            return None
        if self._passphrase is None:
            if self.passphrase_source is None:
                raise PassphraseRequiredError(
                    _("{path} is encrypted: its passphrase is needed.").format(path=path)
                )
            self._passphrase = self.passphrase_source(path)
        return self._passphrase

    @property
    def known_passphrase(self) -> str | None:
        """The passphrase given so far, if any (never asks)."""
        return self._passphrase

    def forget_passphrase(self) -> None:
        """Forget the passphrase given so far (the app locks): the next use asks again."""
        self._passphrase = None

    def _daily_backup(self, journal: Journal) -> None:
        """At most one automatic backup a day, made when the app (or a command) opens."""
        from trdjournal.storage import backup

        try:
            backup.daily_backup(journal)
        except backup.BackupFailed as exc:  # the journal itself is fine: open it, and say so
            self.warnings.append(
                _("Warning: today's automatic backup failed. {exc}").format(exc=exc)
            )

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

"""The application context both front ends pass around (git-cola's ApplicationContext):
which journal is in use, opened once, closed once."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

from trdjournal.storage import Journal, PassphraseRequiredError
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

    @property
    def journal_path(self) -> Path:
        from trdjournal import paths

        if self.demo:
            return paths.demo_journal_path()
        return self.db_path if self.db_path is not None else paths.default_journal_path()

    def journal(self) -> Journal:
        if self._journal is None:
            path = self.journal_path
            passphrase = None
            if is_encrypted(path):
                # Asked only now: a plain journal never prompts.
                if self.passphrase_source is None:
                    raise PassphraseRequiredError(f"{path} is encrypted: its passphrase is needed.")
                passphrase = self.passphrase_source(path)
            self._journal = Journal.open(path, passphrase=passphrase)
            if self.demo and self._journal.is_empty():
                from trdjournal.demo import fill_demo_journal

                fill_demo_journal(self._journal)
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

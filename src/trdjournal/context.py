"""The application context both front ends pass around (git-cola's ApplicationContext):
which journal is in use, opened once, closed once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from trdjournal.storage import Journal


@dataclasses.dataclass
class AppContext:
    """Passed to every command (git-cola's ApplicationContext): which journal, opened once."""

    db_path: Path | None = None
    demo: bool = False
    _journal: Journal | None = None
    # Problems a front end should show without stopping (a daily backup that failed).
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def journal_path(self) -> Path:
        from trdjournal import paths

        if self.demo:
            return paths.demo_journal_path()
        return self.db_path if self.db_path is not None else paths.default_journal_path()

    def journal(self) -> Journal:
        if self._journal is None:
            self._journal = Journal.open(self.journal_path)
            if self.demo and self._journal.is_empty():
                from trdjournal.demo import fill_demo_journal

                fill_demo_journal(self._journal)
            elif not self.demo:
                self._daily_backup(self._journal)
        return self._journal

    def _daily_backup(self, journal: Journal) -> None:
        """At most one automatic backup a day, made when the app (or a command) opens."""
        from trdjournal.storage import backup

        try:
            backup.daily_backup(journal)
        except backup.BackupFailed as exc:  # the journal itself is fine: open it, and say so
            self.warnings.append(f"Warning: today's automatic backup failed. {exc}")

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

"""The Journal: one open journal file and every read and write the app makes of it.

Every write is one transaction that also records a revision (the row before and after), so
edits and deletes can be undone and the history can be exported. The methods live by concern:
store.py (the one write path, undo), records.py (each record type), bulk.py (many rows at
once, the whole journal); this module opens, locks and closes the file and keeps the settings.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from trdjournal.domain.model import CrisisLine, Settings
from trdjournal.i18n import _
from trdjournal.paths import ensure_folder
from trdjournal.storage import backup, cipher, diagnosis
from trdjournal.storage.bulk import Bulk
from trdjournal.storage.conversion import refuse_if_half_swapped
from trdjournal.storage.device_store import DeviceValues
from trdjournal.storage.errors import JournalError, NewerJournalError, PassphraseRequiredError
from trdjournal.storage.locking import JournalDatabase, set_busy_timeout
from trdjournal.storage.opening import check_existing, create_private_file
from trdjournal.storage.records import DailyMeasures
from trdjournal.storage.revisions import Revision
from trdjournal.storage.schema import migrations

# Where callers have always found them.
__all__ = ["DailyMeasures", "Journal", "Revision"]


class Journal(DeviceValues, Bulk):  # DeviceValues is Records with device values
    """An open journal. Use ``Journal.open(path)``; close it, or use it as a context manager."""

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = True, passphrase: str | None = None
    ) -> Journal:
        """Open (or create) the journal at ``path``.

        An encrypted journal needs its ``passphrase``; a new file opened with one is created
        encrypted. A plain journal refuses a passphrase rather than pretend to be encrypted.
        A journal written by a newer trdjournal opens read-only (``read_only`` says why).
        The disk, the OS or another program failing is named as such (diagnosis.py).
        """
        path = Path(path).expanduser()
        try:
            return cls._open(path, create=create, passphrase=passphrase)
        except (*cipher.database_errors(), OSError) as exc:
            named = diagnosis.explain(exc, path)
            raise (
                named
                or JournalError(
                    _("{path} cannot be opened: {exc}").format(path=path, exc=exc), path=path
                )
            ) from exc

    @classmethod
    def _open(cls, path: Path, *, create: bool, passphrase: str | None) -> Journal:
        kind = cipher.file_kind(path)
        if kind == "encrypted" and passphrase is None:
            raise PassphraseRequiredError(
                _(
                    "{path} is encrypted (or is not a trdjournal journal): its passphrase is needed."
                ).format(path=path)
            )
        if kind == "plain" and passphrase is not None:
            raise JournalError(
                _(
                    "{path} is not encrypted, so it needs no passphrase (`trdjournal encrypt` encrypts it)."
                ).format(path=path)
            )
        if kind == "new" and not create:
            raise JournalError(_("There is no journal at {path}.").format(path=path))
        # Derived once, for the check and the connection both.
        key = None if passphrase is None else cipher.key_for(path, passphrase)
        if kind == "new":
            cls._create(path, key)
        else:
            refuse_if_half_swapped(path)
        newer = check_existing(path, key)
        conn = cls._connect(path, key)
        db = JournalDatabase(conn, execute_plugins=False)
        db.path = path
        try:
            if newer is not None:
                # Read, export and report it; every write is refused by db.atomic().
                db.refuse_writes = NewerJournalError(path, newer)
                conn.execute("PRAGMA query_only = ON")
                return cls(db, path, key)
            return cls._prepare(db, path, key=key)
        except BaseException:
            conn.close()  # e.g. the backup before a migration failed: nothing was changed
            raise

    @staticmethod
    def _connect(path: Path, key: cipher.Key | None):
        if key is not None:
            conn = cipher.connect(path, key)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        set_busy_timeout(conn)
        return conn

    @classmethod
    def _create(cls, path: Path, key: cipher.Key | None) -> None:
        """Make a new journal's schema in a temporary file and move it into place only when
        complete: a first command killed halfway leaves no file, or an empty one (which opens
        as new), never a half-made journal that is refused as "not a trdjournal journal"."""
        if not path.parent.is_dir():
            # A --db on a drive that is not mounted: not a new, empty journal in a new folder.
            raise diagnosis.folder_vanished(path)
        ensure_folder(path.parent)  # the user's folder keeps its mode
        for leftover in path.parent.glob(f".{path.name}.new-*.tmp*"):
            leftover.unlink(missing_ok=True)  # from a first command that was killed
        temporary = path.with_name(f".{path.name}.new-{os.getpid()}.tmp")
        create_private_file(temporary)
        try:
            conn = cls._connect(temporary, key)
            try:
                cls._prepare(JournalDatabase(conn, execute_plugins=False), temporary, key=key)
            finally:
                conn.close()  # the last connection folds the -wal into the file
            cipher.fsync_file(temporary)
            if cipher.file_kind(path) == "new":
                os.replace(temporary, path)
                cipher.fsync_dir(path.parent)
        finally:
            temporary.unlink(missing_ok=True)  # or another command created it meanwhile

    @property
    def read_only(self) -> NewerJournalError | None:
        """Why this journal must not be written (written by a newer trdjournal), else None."""
        return getattr(self.db, "refuse_writes", None)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase of an encrypted journal (None for a plain one)."""
        return None if self._key is None else self._key.passphrase

    @property
    def key(self) -> cipher.Key | None:
        """The key of an encrypted journal: its backups get the same one."""
        return self._key

    @classmethod
    def _prepare(cls, db: Database, path: Path | None, *, key: cipher.Key | None = None) -> Journal:
        db.conn.execute("PRAGMA foreign_keys = ON")
        if path is not None and db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.conn.execute("PRAGMA journal_mode = WAL")
        # Only touch the file when something is pending: reopening is a no-op.
        if migrations.pending(db):
            if path is not None and migrations.applied(db):
                # An existing journal is about to change shape: keep it as it was first. If
                # that backup fails (BackupFailed), the journal is left unmigrated and unchanged.
                backup.backup_connection(db.conn, path, "migration", passphrase=key)
            migrations.apply(db)
        return cls(db, path, key)

    def lock(self) -> None:
        """Close the file and drop the passphrase this object kept (the app locks);
        ``reopen(passphrase)`` opens it again."""
        self.close()
        self._key = None
        cipher.forget_keys()

    def reopen(self, passphrase: str | None = None) -> None:
        """Close and open this journal's file again, in place: after a lock, or once its
        passphrase changed. Everything holding this object keeps working. A wrong passphrase
        raises WrongPassphraseError and leaves the journal closed (as it was, if locked)."""
        if self.path is None:
            raise JournalError(_("An in-memory journal cannot be reopened."))
        self.close()
        fresh = Journal.open(self.path, create=False, passphrase=passphrase)
        self.db, self._key = fresh.db, fresh._key

    def pending_migrations(self) -> list[str]:
        return [m.name for m in migrations.pending(self.db)]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings ----------------------------------------------------------------------
    def settings(self) -> Settings:
        stored = {r["key"]: json.loads(r["value"]) for r in self.db["settings"].rows}
        known = {f.name for f in dataclasses.fields(Settings)}
        values = {k: v for k, v in stored.items() if k in known}
        if values.get("crisis_lines") is not None:
            values["crisis_lines"] = tuple(CrisisLine(**line) for line in values["crisis_lines"])
        return Settings(**values)

    def save_settings(self, settings: Settings) -> None:
        plain = dataclasses.asdict(settings)
        with self.db.atomic():
            for key, value in plain.items():
                self.db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")

    def settings_items(self) -> dict[str, Any]:
        """Every stored setting as saved (unknown keys included), for a lossless export."""
        return {
            r["key"]: json.loads(r["value"]) for r in self.db["settings"].rows_where(order_by="key")
        }

"""Opening a journal file safely: check before anything is written.

A file that is not a SQLite database, is damaged, or is a database of something else is
refused with a clear message and never modified: the checks run on a read-only connection
before WAL mode or migrations may touch the file.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from trdjournal.i18n import _
from trdjournal.paths import ensure_folder
from trdjournal.storage import cipher, diagnosis
from trdjournal.storage.errors import DamagedJournalError, JournalError, NotAJournalError
from trdjournal.storage.schema import MIGRATION_SET, migrations

MIGRATIONS_TABLE = "_sqlite_migrations"
# PRAGMA user_version of the journals this trdjournal writes; a higher one is from a newer one.
KNOWN_USER_VERSION = 0
# What SQLite says of a file whose pages do not hold together: damage, not the disk or the OS.
DAMAGE_WORDS = ("malformed", "corrupt", "not a database")


def check_existing(
    path: Path,
    passphrase: cipher.Secret | None = None,
    *,
    full: bool = False,
    empty_ok: bool = True,
) -> str | None:
    """Raise unless ``path`` is an intact trdjournal journal (or an empty SQLite file).

    With a passphrase the file is read as an encrypted journal; a wrong passphrase raises
    WrongPassphraseError. Either way the connection is read-only. Returns the schema of a
    journal written by a newer trdjournal (the names this one does not know), else None.
    ``full``: SQLite's full integrity check (indexes against their tables too), for a file
    about to replace the journal; opening one runs the quick check. ``empty_ok=False`` refuses
    an empty SQLite file too (a new journal starts as one; a backup never is one).
    """
    try:
        conn = cipher.open_connection(path, passphrase, read_only=True)
    except sqlite3.Error as exc:  # a keyed connection raises JournalError itself
        raise (
            diagnosis.explain(exc, path)
            or JournalError(
                _("{path} cannot be opened: {exc}").format(path=path, exc=exc), path=path
            )
        ) from exc
    try:
        return check_connection(conn, path, plain=passphrase is None, full=full, empty_ok=empty_ok)
    finally:
        conn.close()


@functools.cache
def known_migrations() -> frozenset[str]:
    """Every migration this version has (fixed at import): worked out once, not per open."""
    return frozenset(m.name for m in migrations.pending(Database(memory=True)))


def applied_migrations(conn) -> set[str]:
    """The names of this app's migrations the journal on ``conn`` has had."""
    return {
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
        )
    }


def newer_schema(conn) -> str | None:
    """What marks a journal as written by a newer trdjournal: migrations this version does not
    know, or a higher user_version. None for a journal this version may write."""
    unknown = sorted(applied_migrations(conn) - known_migrations())
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > KNOWN_USER_VERSION:
        unknown.append(f"user_version {version}")
    return ", ".join(unknown) or None


def check_connection(
    conn, path: Path, *, plain: bool = True, full: bool = False, empty_ok: bool = True
) -> str | None:
    """The checks of ``check_existing`` on a connection already open (and keyed)."""
    errors = (sqlite3.DatabaseError,) if plain else (cipher.sqlcipher().DatabaseError,)
    check = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {check}").fetchall()
    except errors as exc:
        if plain and ("not a database" in str(exc) or "encrypted" in str(exc)):
            raise NotAJournalError(
                _(
                    "{path} is not a trdjournal journal (it is not a SQLite database). It was not changed."
                ).format(path=path),
                path=path,
            ) from exc
        if not any(word in str(exc).lower() for word in DAMAGE_WORDS):
            # The disk, the OS or another program, not the file: say which, not "damaged".
            named = diagnosis.explain(exc, path)
            if named is not None:
                raise named from exc
        raise DamagedJournalError(
            _("{path} is damaged ({exc}). It was not changed; restore it from a backup.").format(
                path=path, exc=exc
            ),
            path=path,
        ) from exc
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        summary = "; ".join(problems[:3])
        raise DamagedJournalError(
            _(
                "{path} is damaged: SQLite's integrity check found {summary}. It was not changed; restore it from a backup."
            ).format(path=path, summary=summary),
            path=path,
        )
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        if empty_ok:
            return None
        raise NotAJournalError(
            _("{path} is an empty database, not a journal.").format(path=path), path=path
        )
    if (
        MIGRATIONS_TABLE not in tables
        or not conn.execute(
            f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchone()
    ):
        raise NotAJournalError(
            _(
                "{path} is a SQLite database, but not a trdjournal journal. It was not changed."
            ).format(path=path),
            path=path,
        )
    return newer_schema(conn)


def create_private_file(path: Path) -> None:
    """An empty file readable by its owner only, so SQLite's -wal and -shm files inherit 0600."""
    ensure_folder(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)

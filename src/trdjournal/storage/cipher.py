"""Encryption at rest: telling an encrypted journal from a plain one, and keyed connections.

An encrypted journal is a SQLCipher database (AES-256, its key derived from the passphrase
with PBKDF2-HMAC-SHA512). ``sqlcipher3`` is imported only here and only when a journal is
encrypted or being encrypted: a plain journal never loads it.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Any

from trdjournal.domain.errors import ValidationError
from trdjournal.storage.errors import JournalError

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite pages are 512..65536 bytes, so a database file (encrypted or not) is a whole number of
# 512-byte blocks. A file of another size without the header is something else altogether.
PAGE_MULTIPLE = 512


def sqlcipher() -> ModuleType:
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - sqlcipher3 is a dependency
        raise JournalError(
            "This journal is encrypted, and the sqlcipher3 package that opens encrypted "
            "journals is not installed (pip install sqlcipher3)."
        ) from exc
    return sqlcipher3


def file_kind(path: Path) -> str:
    """'new' (missing or empty), 'plain' (SQLite header), 'encrypted', or 'other'."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "new"
    if size == 0:
        return "new"
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return "plain"
    if size % PAGE_MULTIPLE == 0:
        return "encrypted"
    return "other"


def is_encrypted(path: Path) -> bool:
    return file_kind(Path(path)) == "encrypted"


def check_passphrase(passphrase: str) -> str:
    if not isinstance(passphrase, str) or not passphrase:
        raise ValidationError("passphrase", "must not be empty")
    if "\x00" in passphrase:
        raise ValidationError("passphrase", "must not contain a NUL character")
    return passphrase


def key_literal(passphrase: str) -> str:
    """The passphrase as a SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + check_passphrase(passphrase).replace("'", "''") + "'"


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> Any:
    """A sqlcipher3 connection to ``path`` keyed with ``passphrase``, the key proven right.

    A wrong passphrase raises WrongPassphraseError before anything is read or written.
    """
    from trdjournal.storage.errors import WrongPassphraseError

    module = sqlcipher()
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    try:
        conn = module.connect(target, uri=read_only, check_same_thread=False)
    except module.Error as exc:
        raise JournalError(f"{path} cannot be opened: {exc}") from exc
    # SQLCipher logs every failed page decryption to stderr; the error we raise says it better.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_literal(passphrase)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise WrongPassphraseError(
            f"Wrong passphrase for {path} (or the file is not a trdjournal journal). "
            "Nothing was changed."
        ) from exc
    return conn


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def key_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to use for ``path``: none for a plain file, whatever is given otherwise."""
    return passphrase if file_kind(Path(path)) == "encrypted" else None


def open_connection(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
    """sqlite3 for a plain file, a keyed sqlcipher3 connection for an encrypted one."""
    if passphrase is not None:
        return connect(path, passphrase, read_only=read_only)
    import sqlite3

    if read_only:
        return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(str(path))


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's errors, and sqlcipher3's (which are not subclasses) once it is in use."""
    import sqlite3
    import sys

    module = sys.modules.get("sqlcipher3")
    return (sqlite3.Error,) if module is None else (sqlite3.Error, module.Error)

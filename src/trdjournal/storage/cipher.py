"""Encryption at rest: telling an encrypted journal from a plain one, and keyed connections.

An encrypted journal is a SQLCipher database (AES-256, its key derived from the passphrase
and the file's random 16-byte salt with PBKDF2-HMAC-SHA512, 256,000 rounds). ``sqlcipher3`` is
imported only here and only when a journal is encrypted or being encrypted: a plain journal
never loads it.

Deriving the key is the slow part (about 0.2 s, on purpose). A ``Key`` is derived once, the
way SQLCipher itself would, and handed to SQLCipher as a raw key, so the read-only check, the
connection and the backups of one journal (which share its salt) pay for it once.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
from pathlib import Path
from types import ModuleType
from typing import Any, Union

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _
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
            _(
                "This journal is encrypted, and the sqlcipher3 package that opens encrypted journals is not installed (pip install sqlcipher3)."
            )
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
        raise ValidationError("passphrase", _("must not be empty"))
    if "\x00" in passphrase:
        raise ValidationError("passphrase", _("must not contain a NUL character"))
    return passphrase


def key_literal(passphrase: str) -> str:
    """The passphrase as a SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + check_passphrase(passphrase).replace("'", "''") + "'"


SALT_BYTES = 16
KEY_BYTES = 32
HASHLIB_NAMES = {
    "PBKDF2_HMAC_SHA512": "sha512",
    "PBKDF2_HMAC_SHA256": "sha256",
    "PBKDF2_HMAC_SHA1": "sha1",
}


@dataclasses.dataclass(frozen=True, repr=False)  # repr=False: never print a key
class Key:
    """A passphrase and the raw key SQLCipher derives from it for one salt."""

    passphrase: str
    salt: bytes
    raw: bytes | None  # None: let SQLCipher derive it (an unknown KDF)

    def pragma_value(self) -> str:
        if self.raw is None:
            return key_literal(self.passphrase)
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""

    def attach_value(self) -> str:
        """The key as ATTACH ... KEY ? takes it (a bound string)."""
        if self.raw is None:
            return self.passphrase
        return f"x'{self.raw.hex()}{self.salt.hex()}'"


# A passphrase as typed, or already derived.
Secret = Union[str, Key]  # noqa: UP007 (a runtime alias)


@functools.cache
def _kdf() -> tuple[str, int] | None:
    """SQLCipher's own default KDF (hash name, rounds), read from the library once."""
    conn = sqlcipher().connect(":memory:")
    try:
        algorithm = conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()[0]
        rounds = int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        conn.close()
    name = HASHLIB_NAMES.get(algorithm)
    return None if name is None else (name, rounds)


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes) -> bytes | None:
    kdf = _kdf()
    if kdf is None:
        return None
    name, rounds = kdf
    return hashlib.pbkdf2_hmac(name, passphrase.encode("utf-8"), salt, rounds, KEY_BYTES)


def forget_keys() -> None:
    """Drop the derived keys kept for reuse (the app locks)."""
    _derive.cache_clear()


def key_for_salt(passphrase: str, salt: bytes) -> Key:
    check_passphrase(passphrase)
    return Key(passphrase, salt, _derive(passphrase, salt))


def new_key(passphrase: str) -> Key:
    """The key of a new encrypted file, with a fresh random salt."""
    return key_for_salt(passphrase, os.urandom(SALT_BYTES))


def key_for(path: Path, secret: Secret) -> Key:
    """The key that opens ``path``: derived from its salt, or (a new, empty file) ``secret``
    itself when it is a Key (copies of a journal share its salt), else a fresh one."""
    salt = None
    if file_kind(Path(path)) == "encrypted":
        with Path(path).open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    if isinstance(secret, Key):
        if salt is None or salt == secret.salt:
            return secret
        return key_for_salt(secret.passphrase, salt)
    return new_key(secret) if salt is None else key_for_salt(secret, salt)


def connect(path: Path, secret: Secret, *, read_only: bool = False) -> Any:
    """A sqlcipher3 connection to ``path`` keyed with ``secret``, the key proven right.

    A wrong passphrase raises WrongPassphraseError before anything is read or written.
    """
    from trdjournal.storage.errors import WrongPassphraseError

    module = sqlcipher()
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    try:
        conn = module.connect(target, uri=read_only, check_same_thread=False)
    except module.Error as exc:
        raise JournalError(_("{path} cannot be opened: {exc}").format(path=path, exc=exc)) from exc
    # SQLCipher logs every failed page decryption to stderr; the error we raise says it better.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key_for(path, secret).pragma_value()}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise WrongPassphraseError(
            _(
                "Wrong passphrase for {path} (or the file is not a trdjournal journal). Nothing was changed."
            ).format(path=path)
        ) from exc
    return conn


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name == "posix":  # a folder cannot be opened for fsync on Windows
        fsync_file(path)


def open_connection(path: Path, passphrase: Secret | None, *, read_only: bool = False) -> Any:
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

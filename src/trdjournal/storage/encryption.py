"""Encrypting, decrypting and re-keying a journal file, atomically.

The journal is copied with SQLCipher's ``sqlcipher_export`` into a new file in the same folder,
the copy is checked (it opens with the new key, passes SQLite's integrity check, and holds as
many rows in every table as the original), written to disk, and only then moved over the
journal with ``os.replace``. Until that succeeded a copy of the journal as it was is kept beside
it (``journal.sqlite3.before-encrypt``); it is removed once the converted journal is in place.
If anything fails the journal is unchanged and the message says so.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _
from trdjournal.storage import cipher
from trdjournal.storage.errors import JournalError, PassphraseRequiredError
from trdjournal.storage.opening import check_connection, check_existing, create_private_file


@dataclasses.dataclass(frozen=True)
class Conversion:
    path: Path
    action: str  # "encrypt", "decrypt" or "rekey"
    rows: dict[str, int]  # rows per table, the same before and after


def encrypt(path: Path, passphrase: str, *, current: str | None = None) -> Conversion:
    """Encrypt a plain journal with ``passphrase``, or (``current`` given) change its passphrase."""
    cipher.check_passphrase(passphrase)
    return convert(Path(path), current=current, new=passphrase)


def decrypt(path: Path, passphrase: str) -> Conversion:
    """Turn an encrypted journal back into a plain SQLite file."""
    return convert(Path(path), current=passphrase, new=None)


def convert(
    path: Path, *, current: str | None, new: str | None, keep_copy: bool = True
) -> Conversion:
    """Re-write ``path`` with the key ``new`` (None: plain), reading it with ``current``.

    ``keep_copy=False`` skips the copy of the file as it was (for backups: they are copies).
    """
    path = path.expanduser()
    kind, action = check_conversion(path, current=current, new=new)
    check_existing(path, current if kind == "encrypted" else None)

    work = path.parent / f".{path.name}.{action}-{os.getpid()}.tmp"
    keep = path.parent / f"{path.name}.before-{action}"
    for leftover in (work, keep):
        leftover.unlink(missing_ok=True)
    target_key = None if new is None else cipher.new_key(new)  # derived once, for both
    try:
        counts = _export(path, current, work, target_key)
        _verify(work, target_key, counts)
        cipher.fsync_file(work)
        if _wal_path(path).exists():
            raise JournalError(
                _(
                    "{path} is open in another trdjournal (its -wal file is still there); close it there and try again"
                ).format(path=path)
            )
        if keep_copy:
            create_private_file(keep)
            shutil.copyfile(path, keep)
            cipher.fsync_file(keep)
        os.replace(work, path)
    except BaseException as exc:
        work.unlink(missing_ok=True)
        if not isinstance(exc, Exception):
            raise
        kept = (
            _(" A copy of it as it was is kept at {keep}.").format(keep=keep)
            if keep.exists()
            else ""
        )
        raise JournalError(
            _("Could not {action} {path}: {exc}. The journal was not changed.{kept}").format(
                action=action, path=path, exc=exc, kept=kept
            )
        ) from exc
    cipher.fsync_dir(path.parent)
    keep.unlink(missing_ok=True)
    return Conversion(path=path, action=action, rows=counts)


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def check_conversion(path: Path, *, current: str | None, new: str | None) -> tuple[str, str]:
    """Refuse a conversion of ``path`` that cannot or need not be made, before any work;
    returns the file's kind and the action ("encrypt", "decrypt" or "rekey")."""
    kind = cipher.file_kind(path)
    if kind == "new":
        raise JournalError(_("There is no journal at {path}.").format(path=path))
    if kind == "encrypted" and current is None:
        raise PassphraseRequiredError(
            _("{path} is encrypted: its passphrase is needed.").format(path=path)
        )
    if kind == "plain":
        if current is not None:
            raise JournalError(
                _("{path} is not encrypted, so it has no passphrase to give.").format(path=path)
            )
        if new is None:
            raise JournalError(
                _("{path} is not encrypted; there is nothing to decrypt.").format(path=path)
            )
    if current is not None and new is not None and current == new:
        raise ValidationError("passphrase", _("the new passphrase is the same as the current one"))
    action = "decrypt" if new is None else ("rekey" if current is not None else "encrypt")
    return kind, action


def _export(
    source: Path, current: str | None, target: Path, new: cipher.Key | None
) -> dict[str, int]:
    """Copy every table of ``source`` into the new file ``target``; returns the row counts."""
    module = cipher.sqlcipher()
    create_private_file(target)
    if current is None:
        conn = module.connect(str(source))
        conn.execute("PRAGMA cipher_log_level = NONE")
    else:
        conn = cipher.connect(source, current)
    try:
        conn.execute("BEGIN")  # one snapshot for the export and the counts
        counts = _row_counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        key = "" if new is None else new.attach_value()
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", [str(target), key])
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE converted")
    except module.Error as exc:
        raise JournalError(_("the copy could not be written ({exc})").format(exc=exc)) from exc
    finally:
        # The last connection to close folds the -wal file into the journal and removes it.
        conn.close()
    return counts


def _verify(target: Path, new: cipher.Key | None, counts: dict[str, int]) -> None:
    conn = cipher.open_connection(target, new, read_only=True)
    try:
        check_connection(conn, target, plain=new is None)
        copied = _row_counts(conn)
    finally:
        conn.close()
    if copied != counts:
        raise JournalError(
            _("the copy holds different rows ({copied} instead of {counts})").format(
                copied=copied, counts=counts
            )
        )


def _row_counts(conn) -> dict[str, int]:
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM main."{t}"').fetchone()[0] for t in tables}


@dataclasses.dataclass(frozen=True)
class BackupConversion:
    converted: list[Path]
    skipped: dict[Path, str]  # backups left as they were, and why


def convert_backups(journal_path: Path, *, current: str | None, new: str | None):
    """Give the journal's backups the journal's new key, so none is left readable (or locked
    with a passphrase that is no longer the journal's).

    A backup that does not open with ``current`` (damaged, or made under an older passphrase)
    is left as it was and listed in ``skipped``.
    """
    from trdjournal.storage import backup

    converted: list[Path] = []
    skipped: dict[Path, str] = {}
    for item in backup.list_backups(Path(journal_path).expanduser()):
        encrypted = cipher.file_kind(item.path) == "encrypted"
        if not encrypted and new is None:
            continue  # already plain
        try:
            convert(item.path, current=current if encrypted else None, new=new, keep_copy=False)
        except (JournalError, ValidationError) as exc:
            skipped[item.path] = str(exc)
        else:
            converted.append(item.path)
    return BackupConversion(converted, skipped)

"""Encrypting, decrypting or re-keying a journal AND its backups as one recoverable operation:
the one way trdjournal converts its files (the CLI's encrypt and decrypt, the Privacy panel).

1. Convert: every file (the journal, each backup) is copied with SQLCipher's
   ``sqlcipher_export`` into a new file beside it (``.<name>.convert``), with the new key, and
   checked (it opens with the new key, passes SQLite's integrity check, and holds as many rows
   in every table as the original); nothing the user has is touched.
2. Record: ``<journal>.converting`` (JSON: the action and the files, never a key) says
   "swapping", written atomically and flushed.
3. Swap: each new file is renamed over its original; then the record is removed, and leftover
   temporary files of earlier attempts are deleted.

A failure or a kill during step 1 leaves every file as it was (the partial copies are thrown
away, by this run or the next). A kill during step 3 leaves the record: running the same
command again with the same passphrase finishes the swap (``finish``); nothing else touches
the files meanwhile, since the journal refuses to open while the record says it is half
swapped. After an encrypt no file of the journal's in its folder or backups/ holds plaintext,
temporary files included.

``convert_everything`` converts the journal and its backups; ``convert_backups`` only the
backups, when the journal already is as asked (backups left over from an earlier run).
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import N_, _
from trdjournal.storage import cipher
from trdjournal.storage.errors import JournalError, PassphraseRequiredError
from trdjournal.storage.opening import check_connection, check_existing, create_private_file

STATE_SUFFIX = ".converting"
NEW_SUFFIX = ".convert"
ACTIONS = ("encrypt", "decrypt", "rekey")
PHASES = ("converting", "swapping")

# Whole sentences for each action: an action's name put into one sentence would stay English
# in a translation, and its grammar differs from language to language.
_COULD_NOT = {
    "encrypt": N_("Could not encrypt {journal}: {exc}. Nothing was changed."),
    "decrypt": N_("Could not decrypt {journal}: {exc}. Nothing was changed."),
    "rekey": N_("Could not change the passphrase of {journal}: {exc}. Nothing was changed."),
}
_HALF_SWAPPED = {
    "encrypt": N_(
        "An earlier encryption of {journal} was interrupted. Run `trdjournal --db {journal} encrypt` again (with the same passphrase) to finish it; nothing is lost."
    ),
    "decrypt": N_(
        "An earlier decryption of {journal} was interrupted. Run `trdjournal --db {journal} decrypt` again to finish it; nothing is lost."
    ),
    "rekey": N_(
        "An earlier change of the passphrase of {journal} was interrupted. Run `trdjournal --db {journal} encrypt` again (with the same passphrases) to finish it; nothing is lost."
    ),
}
_PASSPHRASE_TO_FINISH = {
    "encrypt": N_(
        "An earlier encryption of {journal} was interrupted: the passphrase it was setting is needed to finish it."
    ),
    "rekey": N_(
        "An earlier change of the passphrase of {journal} was interrupted: the new passphrase is needed to finish it."
    ),
}


@dataclasses.dataclass(frozen=True)
class Conversion:
    path: Path
    action: str  # "encrypt", "decrypt" or "rekey"
    rows: dict[str, int]  # rows per table, the same before and after


@dataclasses.dataclass(frozen=True)
class BackupConversion:
    converted: list[Path]
    skipped: dict[Path, str]  # backups left as they were, and why


@dataclasses.dataclass(frozen=True)
class Pending:
    """An interrupted conversion's record: which action, and the files still to swap."""

    action: str  # "encrypt", "decrypt" or "rekey"
    phase: str  # "converting" (nothing swapped yet) or "swapping"
    files: list[Path]


def state_path(journal: Path) -> Path:
    return journal.with_name(journal.name + STATE_SUFFIX)


def converted_path(original: Path) -> Path:
    return original.with_name(f".{original.name}{NEW_SUFFIX}")


def pending(journal: Path) -> Pending | None:
    """The interrupted conversion of ``journal``, if there is one."""
    state = state_path(Path(journal).expanduser())
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
        found = Pending(data["action"], data["phase"], [Path(p) for p in data["files"]])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        found = None
    if found is None or found.action not in ACTIONS or found.phase not in PHASES:
        # A record cut short by the kill it is meant to survive: it was written before any
        # swap began (the atomic rename makes the "swapping" record whole or absent).
        return Pending("unknown", "converting", [])
    return found


def action_of(current: str | None, new: str | None) -> str:
    return "decrypt" if new is None else ("rekey" if current is not None else "encrypt")


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
    return kind, action_of(current, new)


def convert_everything(
    journal: Path, *, current: str | None, new: str | None
) -> tuple[Conversion, BackupConversion]:
    """Give the journal and every backup that opens with ``current`` the key ``new`` (None:
    plain), as one recoverable operation (see the module docstring)."""
    journal = Path(journal).expanduser()
    if new is not None:
        cipher.check_passphrase(new)
    _start_afresh(journal)
    _kind, action = check_conversion(journal, current=current, new=new)
    source_key = _key(journal, current)
    check_existing(journal, source_key)
    _settle_wal(journal, source_key)
    backups, skipped = _backups_to_convert(journal, current=current, new=new)
    rows = _convert(journal, action, [journal, *backups], current=current, new=new)
    return (
        Conversion(path=journal, action=action, rows=rows[journal]),
        BackupConversion(backups, skipped),
    )


def convert_backups(journal: Path, *, current: str | None, new: str | None) -> BackupConversion:
    """Give the backups of ``journal`` (which already is as asked) the key ``new`` (None:
    plain), so none is left readable, or locked with a passphrase that is no longer the
    journal's; the same recoverable operation, the journal itself left alone.

    A backup that does not open (damaged, or encrypted with another passphrase) is left as it
    was and listed in ``skipped``; one that already is as asked is left out.
    """
    journal = Path(journal).expanduser()
    if new is not None:
        cipher.check_passphrase(new)
    _start_afresh(journal)
    backups, skipped = _backups_to_convert(journal, current=current, new=new)
    if backups:
        _convert(journal, action_of(current, new), backups, current=current, new=new)
    return BackupConversion(backups, skipped)


def _start_afresh(journal: Path) -> None:
    """Refuse while an earlier conversion is half swapped; clear what one left unswapped."""
    refuse_if_half_swapped(journal)
    interrupted = pending(journal)
    if interrupted is not None:
        _clear_leftovers(journal, [journal, *interrupted.files])
        state_path(journal).unlink(missing_ok=True)


def _key(path: Path, passphrase: str | None) -> cipher.Key | None:
    """The key that opens ``path`` with ``passphrase`` if it is encrypted, else None."""
    if passphrase is None or cipher.file_kind(path) != "encrypted":
        return None
    return cipher.key_for(path, passphrase)


def _backups(journal: Path) -> list[Path]:
    from trdjournal.storage import backup

    return [item.path for item in backup.list_backups(journal)]


def _backups_to_convert(
    journal: Path, *, current: str | None, new: str | None
) -> tuple[list[Path], dict[Path, str]]:
    """The backups that open with ``current`` (or are plain) and are not yet as asked; and
    those left as they are, with the reason."""
    chosen, skipped = [], {}
    for path in _backups(journal):
        if cipher.file_kind(path) != "encrypted":
            if new is not None:
                chosen.append(path)  # a plain backup, unless the result is to be plain
            continue
        try:
            if current is None:
                if new is not None and _opens_with(path, new):
                    continue  # already encrypted with the passphrase being set
                raise PassphraseRequiredError(
                    _("{path} is encrypted with another passphrase").format(path=path)
                )
            check_existing(path, _key(path, current))
        except JournalError as exc:
            skipped[path] = str(exc)
            continue
        chosen.append(path)
    return chosen, skipped


def _opens_with(path: Path, passphrase: str) -> bool:
    from trdjournal.storage.errors import WrongPassphraseError

    try:
        cipher.connect(path, passphrase, read_only=True).close()
    except WrongPassphraseError:
        return False
    return True


class _InUse(JournalError):
    """The journal is open in another trdjournal: refused as it is, nothing to add."""


def _convert(
    journal: Path, action: str, files: list[Path], *, current: str | None, new: str | None
) -> dict[Path, dict[str, int]]:
    """Steps 1 to 3 (see the module docstring) for ``files``; returns each one's row counts."""
    # One new key (one salt) for every file: derived once, as copies of a journal share it.
    target = None if new is None else cipher.new_key(new)
    rows: dict[Path, dict[str, int]] = {}
    try:
        _write_state(journal, action, "converting", files)
        for path in files:
            out = converted_path(path)
            out.unlink(missing_ok=True)
            rows[path] = _export(path, _key(path, current), out, target)
            _verify(out, target, rows[path])
            cipher.fsync_file(out)
        if journal in files:
            _settle_wal(journal, _key(journal, current))  # a reader that came and went
        _write_state(journal, action, "swapping", files)
    except BaseException as exc:
        _clear_leftovers(journal, files)
        state_path(journal).unlink(missing_ok=True)
        if not isinstance(exc, Exception) or isinstance(exc, _InUse):
            raise
        raise JournalError(_(_COULD_NOT[action]).format(journal=journal, exc=exc)) from exc
    _swap(journal, files)
    return rows


def _write_state(journal: Path, action: str, phase: str, files: list[Path]) -> None:
    state = state_path(journal)
    temporary = state.with_name(f".{state.name}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"action": action, "phase": phase, "files": [str(f) for f in files]}, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, state)
    cipher.fsync_dir(journal.parent)


def _settle_wal(path: Path, key) -> None:
    """Fold a -wal left by a killed reader back into the file; refuse if it is in use."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return
    conn = _connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection removes the -wal
    if wal.exists():
        raise _InUse(
            _(
                "{path} is open in another trdjournal (its -wal file is still there); close it there and try again. Nothing was changed."
            ).format(path=path)
        )


def _connect(path: Path, key: cipher.Key | None):
    """A read-write connection to a file of either kind (SQLCipher's, which can export)."""
    if key is not None:
        return cipher.connect(path, key)
    conn = cipher.sqlcipher().connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _export(
    source: Path, key: cipher.Key | None, target: Path, new: cipher.Key | None
) -> dict[str, int]:
    """Copy every table of ``source`` into the new file ``target``; returns the row counts."""
    module = cipher.sqlcipher()
    create_private_file(target)
    conn = _connect(source, key)
    try:
        conn.execute("BEGIN")  # one snapshot for the export and the counts
        counts = _row_counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        attach = "" if new is None else new.attach_value()
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", [str(target), attach])
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


def _clear_leftovers(journal: Path, files: list[Path]) -> None:
    """Partial copies of an interrupted step 1, and the temporary files of older versions
    (a ``.before-encrypt`` copy, ``.tmp`` files): they may hold plaintext."""
    for original in files:
        for leftover in (converted_path(original), Path(f"{converted_path(original)}-journal")):
            leftover.unlink(missing_ok=True)
    backups = journal.parent / "backups"
    for folder in (journal.parent, backups):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            name = entry.name
            ours = name.startswith((f".{journal.name}.", f".{journal.stem}-")) or (
                folder == backups and name.startswith(f".{journal.stem}")
            )
            if (ours and (".tmp" in name or NEW_SUFFIX in name)) or name.startswith(
                f"{journal.name}.before-"
            ):
                entry.unlink(missing_ok=True)


def _swap(journal: Path, files: list[Path]) -> None:
    for path in files:
        new_file = converted_path(path)
        if new_file.exists():
            os.replace(new_file, path)
    cipher.fsync_dir(journal.parent)
    if (journal.parent / "backups").is_dir():
        cipher.fsync_dir(journal.parent / "backups")
    state_path(journal).unlink(missing_ok=True)
    _clear_leftovers(journal, files)
    cipher.fsync_dir(journal.parent)


def finish(journal: Path, passphrase: str | None) -> Pending | None:
    """Finish an interrupted conversion's swap, proving ``passphrase`` is the one it was
    setting (none for a decrypt). Returns what was finished, or None when nothing was left."""
    journal = Path(journal).expanduser()
    interrupted = pending(journal)
    if interrupted is None:
        return None
    if interrupted.phase != "swapping":
        return None  # nothing was swapped: a new conversion starts it again
    if interrupted.action != "decrypt":
        if passphrase is None:
            raise PassphraseRequiredError(
                _(_PASSPHRASE_TO_FINISH[interrupted.action]).format(journal=journal)
            )
        done = next(
            (p for p in (converted_path(f) for f in interrupted.files) if p.exists()),
            journal if cipher.is_encrypted(journal) else None,
        )
        if done is not None:
            cipher.connect(done, passphrase, read_only=True).close()  # wrong: raises
    _swap(journal, interrupted.files)
    return interrupted


def refuse_if_half_swapped(journal: Path) -> None:
    """Opening a journal whose files are half swapped would write to the wrong one."""
    interrupted = pending(journal)
    if interrupted is not None and interrupted.phase == "swapping":
        raise JournalError(
            _(_HALF_SWAPPED[interrupted.action]).format(journal=journal), path=journal
        )

"""Encrypting, decrypting or re-keying a journal AND its backups as one recoverable operation.

1. Convert: every file (the journal, each backup) is copied into a new file beside it
   (``.<name>.convert``), with the new key, and checked; nothing the user has is touched.
2. Record: ``<journal>.converting`` (JSON: the action and the files, never a key) says
   "swapping", written atomically and flushed.
3. Swap: each new file is renamed over its original; then the record is removed, and leftover
   temporary files of earlier attempts are deleted.

A kill during step 1 leaves every file as it was (the partial copies are thrown away by the
next run). A kill during step 3 leaves the record: running the same command again with the
same passphrase finishes the swap (``finish``); nothing else touches the files meanwhile,
since the journal refuses to open while the record says it is half swapped. After an encrypt
no file of the journal's in its folder or backups/ holds plaintext, temporary files included.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from trdjournal.i18n import _
from trdjournal.storage import cipher
from trdjournal.storage.encryption import (
    BackupConversion,
    Conversion,
    _export,
    _verify,
    check_conversion,
)
from trdjournal.storage.errors import JournalError, PassphraseRequiredError
from trdjournal.storage.opening import check_existing

STATE_SUFFIX = ".converting"
NEW_SUFFIX = ".convert"


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
        return Pending(data["action"], data["phase"], [Path(p) for p in data["files"]])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        # A record cut short by the kill it is meant to survive: it was written before any
        # swap began (the atomic rename makes the "swapping" record whole or absent).
        return Pending("unknown", "converting", [])


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
    if key is None:
        conn = cipher.sqlcipher().connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
    else:
        conn = cipher.connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection removes the -wal
    if wal.exists():
        raise JournalError(
            _(
                "{path} is open in another trdjournal (its -wal file is still there); close it there and try again. Nothing was changed."
            ).format(path=path)
        )


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


def _backups(journal: Path):
    from trdjournal.storage import backup

    return [item.path for item in backup.list_backups(journal)]


def convert_everything(
    journal: Path, *, current: str | None, new: str | None
) -> tuple[Conversion, BackupConversion]:
    """Give the journal and every backup that opens with ``current`` the key ``new`` (None:
    plain), as one recoverable operation (see the module docstring)."""
    journal = Path(journal).expanduser()
    interrupted = pending(journal)
    if interrupted is not None and interrupted.phase == "swapping":
        raise JournalError(
            _(
                "An earlier {action} of {journal} was interrupted; run the same command again with the same passphrase to finish it."
            ).format(action=interrupted.action, journal=journal)
        )
    if interrupted is not None:
        _clear_leftovers(journal, [journal, *interrupted.files])
        state_path(journal).unlink(missing_ok=True)
    _kind, action = check_conversion(journal, current=current, new=new)
    source_key = None if current is None else cipher.key_for(journal, current)
    check_existing(journal, source_key)
    _settle_wal(journal, source_key)
    # One new key (one salt) for the journal and its backups: derived once, as copies share it.
    target = None if new is None else cipher.new_key(new)

    files, skipped, counts = [journal], {}, {}
    for path in _backups(journal):
        encrypted = cipher.file_kind(path) == "encrypted"
        if not encrypted and new is None:
            continue  # already plain
        try:
            key = cipher.key_for(path, current) if encrypted and current else None
            if encrypted and key is None:
                raise PassphraseRequiredError(
                    _("{path} is encrypted with another passphrase").format(path=path)
                )
            check_existing(path, key)
        except JournalError as exc:
            skipped[path] = str(exc)
            continue
        files.append(path)
    _write_state(journal, action, "converting", files)
    try:
        for path in files:
            encrypted = cipher.file_kind(path) == "encrypted"
            key = cipher.key_for(path, current) if encrypted else None
            out = converted_path(path)
            out.unlink(missing_ok=True)
            rows = _export(path, key, out, target)
            _verify(out, target, rows)
            cipher.fsync_file(out)
            if path == journal:
                counts = rows
    except BaseException as exc:
        _clear_leftovers(journal, files)
        state_path(journal).unlink(missing_ok=True)
        if not isinstance(exc, Exception):
            raise
        raise JournalError(
            _("Could not {action} {journal}: {exc}. Nothing was changed.").format(
                action=action, journal=journal, exc=exc
            )
        ) from exc
    _settle_wal(journal, source_key)  # a reader that came and went meanwhile
    _write_state(journal, action, "swapping", files)
    _swap(journal, files)
    return (
        Conversion(path=journal, action=action, rows=counts),
        BackupConversion([p for p in files if p != journal], skipped),
    )


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
        return None  # nothing was swapped: convert_everything starts it again
    if interrupted.action != "decrypt":
        if passphrase is None:
            raise PassphraseRequiredError(
                _(
                    "An earlier {action} of {journal} was interrupted: the passphrase it was setting is needed to finish it."
                ).format(action=interrupted.action, journal=journal)
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
        command = "decrypt" if interrupted.action == "decrypt" else "encrypt"
        raise JournalError(
            _(
                "An earlier {action} of {journal} was interrupted. Run `trdjournal --db {journal} {command}` again (with the same passphrase) to finish it; nothing is lost."
            ).format(action=interrupted.action, journal=journal, command=command),
            path=journal,
        )

"""Backups of the journal: made with SQLite's online backup API, kept owner-only in the
journal folder's ``backups/``, rotated, and restored by an atomic swap.

A backup is named ``<journal stem>-<YYYYMMDD>-<HHMMSS>-<reason>.sqlite3`` (for example
``journal-20260615-083012-daily.sqlite3``) and is a self-contained file in rollback-journal
mode, so it can be copied, checked and opened on its own.

Rotation (after every automatic backup) keeps, for each journal:

- every backup of the most recent day that has one (several imports in one day each keep the
  state before them until the next day);
- the newest backup of each of the 14 most recent days that have one;
- the newest backup of each of the 8 most recent ISO weeks that have one.

Backups the user asked for (``manual``) and copies of a damaged journal set aside during a
restore are never deleted automatically.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path

from trdjournal.domain.dates import today
from trdjournal.i18n import _
from trdjournal.paths import backups_dir_for, ensure_folder, ensure_private_dir
from trdjournal.storage import cipher, diagnosis
from trdjournal.storage.errors import (
    DamagedJournalError,
    JournalError,
    NotAJournalError,
    PassphraseRequiredError,
)
from trdjournal.storage.opening import (
    check_existing,
)

KEEP_DAILY = 14
KEEP_WEEKLY = 8
ROTATED_REASONS = frozenset({"daily", "migration", "import", "before-restore"})
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<day>\d{8})-(?P<time>\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+(?:-[a-z]+)*)"
    r"\.sqlite3$"
)


class BackupFailed(JournalError):
    """A backup could not be written (disk full, no permission); nothing else was changed."""


@dataclasses.dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def day(self) -> dt.date:
        return self.made_at.date()


@dataclasses.dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for offering it to the user before a restore."""

    backup: Backup
    checkins: int
    last_checkin: dt.date | None
    med_events: int


def _now() -> dt.datetime:
    # The calendar day follows dates.today() (pinned in tests and scripts); the time is real.
    return dt.datetime.combine(today(), dt.datetime.now().time().replace(microsecond=0))


def copy_database(source, target: Path, *, passphrase: str | None = None) -> Path:
    """Copy an open database into ``target`` with the online backup API, atomically.

    The copy is written to a temporary file beside ``target``, switched to rollback-journal
    mode (one self-contained file), flushed to disk and renamed into place; a reader never
    sees half a copy. The file is readable by its owner only. The copy of an encrypted
    journal is encrypted with the same ``passphrase`` (SQLCipher refuses to back an encrypted
    database up into a plain file).
    """
    ensure_folder(target.parent)  # backups/ itself is made private by backup_connection
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for leftover in (temporary, Path(f"{temporary}-journal")):
        leftover.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        copy = cipher.open_connection(temporary, passphrase)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        cipher.fsync_file(temporary)
        os.replace(temporary, target)
        cipher.fsync_dir(target.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _backup_name(journal_path: Path, made_at: dt.datetime, reason: str) -> Path:
    folder = backups_dir_for(journal_path)
    stamp = made_at.strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{journal_path.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{journal_path.stem}-{stamp}-{n}-{reason}.sqlite3"
    return candidate


def backup_connection(
    conn,
    journal_path: Path,
    reason: str,
    *,
    now: dt.datetime | None = None,
    passphrase: str | None = None,
) -> Path:
    """Back up an open journal into its backups folder, then rotate that folder.

    ``passphrase`` is the open journal's, if it is encrypted: the backup gets the same key.
    """
    made_at = now or _now()
    target = _backup_name(journal_path, made_at, reason)
    try:
        ensure_private_dir(target.parent)  # the app's own backups/ folder: owner-only
        copy_database(conn, target, passphrase=passphrase)
        if reason in ROTATED_REASONS:
            rotate(journal_path)
    except (OSError, *cipher.database_errors()) as exc:
        named = diagnosis.explain(exc, target)
        raise BackupFailed(
            _("The backup {target} could not be made: {problem}").format(
                target=target, problem=named or exc
            ),
            path=target,
        ) from exc
    return target


def list_backups(journal_path: Path) -> list[Backup]:
    """This journal's backups, newest first."""
    folder = backups_dir_for(journal_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != journal_path.stem or not entry.is_file():
            continue
        made_at = dt.datetime.strptime(f"{match['day']}{match['time']}", "%Y%m%d%H%M%S")
        found.append(Backup(entry, made_at, match["reason"]))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def to_keep(backups: Iterable[Backup]) -> set[Path]:
    """The rotation rule (see the module docstring) applied to backups listed newest first."""
    ordered = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    rotated = [b for b in ordered if b.reason in ROTATED_REASONS]
    keep = {b.path for b in ordered if b.reason not in ROTATED_REASONS}
    if not rotated:
        return keep
    newest_day = rotated[0].day
    keep |= {b.path for b in rotated if b.day == newest_day}
    days: dict[dt.date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    for b in rotated:  # newest first: the first seen of a day or week is its newest
        days.setdefault(b.day, b)
        weeks.setdefault(b.day.isocalendar()[:2], b)
    keep |= {b.path for b in list(days.values())[:KEEP_DAILY]}
    keep |= {b.path for b in list(weeks.values())[:KEEP_WEEKLY]}
    return keep


def rotate(journal_path: Path) -> list[Path]:
    """Delete the automatic backups the rotation rule no longer keeps; returns them."""
    backups = list_backups(journal_path)
    keep = to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink()
            removed.append(b.path)
    return removed


def has_backup_on(journal_path: Path, day: dt.date, reason: str) -> bool:
    return any(b.day == day and b.reason == reason for b in list_backups(journal_path))


def daily_backup(journal, *, now: dt.datetime | None = None) -> Path | None:
    """The backup made when the app opens: at most one a day, none of an empty journal.

    Call it right after opening (the GUI at start-up, the CLI on first use of the journal).
    Returns the new backup, or None when none was needed.
    """
    made_at = now or _now()
    if journal.path is None or journal.is_empty():
        return None
    if has_backup_on(journal.path, made_at.date(), "daily"):
        return None
    return backup_connection(
        journal.db.conn, journal.path, "daily", now=made_at, passphrase=journal.key
    )


def backup_before(journal, reason: str) -> Path | None:
    """A backup before something that changes many rows (an import); none of an empty journal."""
    if journal.path is None or journal.is_empty():
        return None
    return backup_connection(journal.db.conn, journal.path, reason, passphrase=journal.key)


# -- checking and restoring ---------------------------------------------------------------
def _key(path: Path, passphrase: str | None) -> str | None:
    """The passphrase for ``path`` if it is encrypted; refuses an encrypted file without one."""
    if cipher.file_kind(path) != "encrypted":
        return None
    if passphrase is None:
        raise PassphraseRequiredError(
            _("{path} is encrypted: its passphrase is needed.").format(path=path), path=path
        )
    return passphrase


def check_restorable(path: Path, passphrase: str | None = None) -> None:
    """Raise unless ``path`` is an intact journal this version of trdjournal can open.

    One read of the file: SQLite's full integrity check (it replaces the journal, so indexes
    are checked against their tables too), then the schema.
    """
    if not path.is_file():
        raise JournalError(_("There is no file at {path}.").format(path=path))
    newer = check_existing(path, _key(path, passphrase), full=True, empty_ok=False)
    if newer:
        raise JournalError(
            _(
                "{path} was written by a newer trdjournal (schema {value}); update trdjournal to restore it."
            ).format(path=path, value=newer)
        )


def is_good(path: Path, passphrase: str | None = None) -> bool:
    """Passes SQLite's check and is a journal (an encrypted one: opens with ``passphrase``)."""
    try:
        check_existing(path, _key(path, passphrase))
    except JournalError:
        return False
    return True


def newest_good_backup(journal_path: Path, passphrase: str | None = None) -> Backup | None:
    """The newest backup of this journal that passes SQLite's check and is a journal."""
    return next((b for b in list_backups(journal_path) if is_good(b.path, passphrase)), None)


def summarize(backup: Backup, passphrase: str | None = None) -> BackupSummary:
    conn = cipher.open_connection(backup.path, _key(backup.path, passphrase), read_only=True)
    try:
        count, last = conn.execute("SELECT count(*), max(date) FROM checkins").fetchone()
        (events,) = conn.execute("SELECT count(*) FROM med_events").fetchone()
    finally:
        conn.close()
    return BackupSummary(backup, count, dt.date.fromisoformat(last) if last else None, events)


def restore_hint(journal_path: Path, passphrase: str | None = None) -> str:
    """One or two sentences for a journal that cannot be opened: the newest good backup."""
    newest = newest_good_backup(journal_path, passphrase)
    if newest is None:
        return _("No good backup of it was found in {folder}.").format(
            folder=backups_dir_for(journal_path)
        )
    return _(
        "The newest good backup is {backup} (made {made}). "
        "To restore it: trdjournal --db {journal} restore {backup}"
    ).format(backup=newest.path, made=f"{newest.made_at:%Y-%m-%d %H:%M}", journal=journal_path)


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def _set_aside(journal_path: Path, reason: str) -> Path:
    """Move a journal that cannot be backed up (damaged) and its -wal/-shm into backups/."""
    target = _backup_name(journal_path, _now(), reason)
    ensure_private_dir(target.parent)
    os.replace(journal_path, target)
    for sidecar, suffix in zip(_sidecars(journal_path), ("-wal", "-shm"), strict=True):
        if sidecar.exists():
            os.replace(sidecar, Path(f"{target}{suffix}"))
    return target


def _close_cleanly(journal_path: Path, passphrase: str | None = None) -> None:
    """Checkpoint the journal's WAL into the file and make sure no one else has it open."""
    conn = cipher.open_connection(journal_path, passphrase)
    try:
        busy, _log, _checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy or any(p.exists() for p in _sidecars(journal_path)):
        raise JournalError(
            _(
                "{journal_path} is open in another trdjournal window or command; close it and try again. Nothing was changed."
            ).format(journal_path=journal_path)
        )


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_saved_as: Path | None  # the journal as it was, backed up or set aside


def restore(
    source: Path, journal_path: Path, *, passphrase: str | None = None, force: bool = False
) -> RestoreResult:
    """Replace the journal with the backup ``source``.

    The backup is checked first (integrity and schema); the current journal is backed up;
    then the backup's copy is written beside the journal, flushed, and renamed over it, so the
    journal is at every moment either the old file or the complete new one.

    Only a journal that fails SQLite's integrity check (or is not a journal) is moved into
    backups/ as it is. A healthy journal that cannot be backed up first (a full disk) is left
    alone unless ``force``: then it is moved into backups/ instead of copied. A restore that
    fails leaves the journal where and as it was.

    ``passphrase`` opens whichever of the two is encrypted; the restored journal is encrypted
    (with the same key) exactly when the backup is.
    """
    source, journal_path = Path(source).expanduser(), Path(journal_path).expanduser()
    source_key = _key(source, passphrase)
    check_restorable(source, source_key)
    if source.resolve() == journal_path.resolve():
        raise JournalError(
            _("{source} is the journal itself; choose a backup.").format(source=source)
        )
    previous: Path | None = None
    set_aside = False
    if journal_path.exists() and journal_path.stat().st_size > 0:
        journal_key = _key(journal_path, passphrase)
        try:
            check_existing(journal_path, journal_key)
        except (DamagedJournalError, NotAJournalError):
            previous, set_aside = _set_aside(journal_path, "damaged"), True
        else:
            _close_cleanly(journal_path, journal_key)
            current = cipher.open_connection(journal_path, journal_key)
            try:
                previous = backup_connection(
                    current, journal_path, "before-restore", passphrase=journal_key
                )
            except BackupFailed as exc:
                if not force:
                    raise BackupFailed(
                        _(
                            "{problem}. The journal is not damaged and was left where and as it "
                            "was; free some space and try again (or add --force to replace it "
                            "without a copy: it is then moved into backups/ as it is)."
                        ).format(problem=exc),
                        path=exc.path,
                    ) from exc
            finally:
                current.close()
            _close_cleanly(journal_path, journal_key)  # someone may have opened it meanwhile
            if previous is None:  # --force and no room for a copy: keep the file itself
                previous, set_aside = _set_aside(journal_path, "replaced"), True
    else:
        # No journal (deleted by mistake?): stale -wal/-shm would be replayed onto the
        # restored file, so they go into backups/ too.
        stale = [p for p in _sidecars(journal_path) if p.exists()]
        if stale:
            folder = backups_dir_for(journal_path)
            ensure_private_dir(folder)
            for p in stale:
                os.replace(p, folder / f"{p.name}.orphan-{_now():%Y%m%d-%H%M%S}")
    try:
        incoming = cipher.open_connection(source, source_key, read_only=True)
        try:
            copy_database(incoming, journal_path, passphrase=source_key)
        finally:
            incoming.close()
        check_existing(journal_path, source_key)
    except BaseException:
        if set_aside and previous is not None:
            _put_back(previous, journal_path)  # where and as it was
        raise
    return RestoreResult(source, previous)


def _put_back(set_aside: Path, journal_path: Path) -> None:
    """Undo ``_set_aside``: the journal (and its -wal/-shm) back in its place."""
    os.replace(set_aside, journal_path)
    for sidecar, suffix in zip(_sidecars(journal_path), ("-wal", "-shm"), strict=True):
        kept = Path(f"{set_aside}{suffix}")
        if kept.exists():
            os.replace(kept, sidecar)

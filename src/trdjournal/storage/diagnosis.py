"""Honest names for what went wrong: damage, or the place the journal lives.

SQLite and the OS report a full disk, a read-only mount, a missing permission or an unplugged
drive as terse errors ("disk I/O error", "unable to open database file") that were once all
called "damaged", with advice to restore a backup. Restoring does not help with any of them,
and may make things worse. Only a failed integrity check is damage (opening.py); this module
names the rest, each with its own advice.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from trdjournal.i18n import N_, _
from trdjournal.storage.errors import (
    EnvironmentProblem,
    FolderVanishedError,
    JournalBusyError,
    JournalError,
    NoSpaceError,
    PermissionDeniedError,
    ReadOnlyError,
)

NOT_DAMAGED = N_("It is not damaged, and nothing was changed")  # translated where shown


def busy(path: Path) -> JournalBusyError:
    return JournalBusyError(
        _(
            "{path}: the journal is busy (open in another program?). {not_damaged}; try again in a moment, or close the other program."
        ).format(path=path, not_damaged=_(NOT_DAMAGED)),
        path=path,
    )


def no_space(path: Path) -> NoSpaceError:
    return NoSpaceError(
        _(
            "There is no space left on the disk that holds {parent}. {not_damaged}: free some space (empty the bin, remove large files) and try again. Do not restore a backup: the journal is fine."
        ).format(parent=path.parent, not_damaged=_(NOT_DAMAGED)),
        path=path,
    )


def read_only(path: Path) -> ReadOnlyError:
    return ReadOnlyError(
        _(
            "{path} cannot be written: the file, its folder or the disk it is on is read-only. {not_damaged}: make it writable (chmod u+w, or remount the disk), or copy it to a folder you can write to and use --db. Do not restore a backup: the journal is fine."
        ).format(path=path, not_damaged=_(NOT_DAMAGED)),
        path=path,
    )


def permission_denied(path: Path) -> PermissionDeniedError:
    return PermissionDeniedError(
        _(
            "You have no permission to use {path}. {not_damaged}: check who owns the file and its folder (ls -l) and give yourself access, then try again."
        ).format(path=path, not_damaged=_(NOT_DAMAGED)),
        path=path,
    )


def folder_vanished(path: Path) -> FolderVanishedError:
    return FolderVanishedError(
        _(
            "The folder {parent} does not exist (is it on a drive that was unplugged or unmounted?). Nothing was changed; reconnect the drive (or create the folder) and try again."
        ).format(parent=path.parent),
        path=path,
    )


def probe(path: Path) -> EnvironmentProblem | None:
    """Look at where ``path`` lives for a reason it cannot be used; None if nothing is wrong."""
    folder = path.parent
    if not folder.is_dir():
        return folder_vanished(path)
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        stats = None
    if stats is not None and stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return read_only(path)
    if stats is not None and stats.f_bavail == 0:
        return no_space(path)
    if path.exists() and not os.access(path, os.R_OK):
        return permission_denied(path)
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        return read_only(path)
    return None


_SQLITE_WORDS = (
    ("database or disk is full", no_space),
    ("disk full", no_space),
    ("readonly database", read_only),
    ("read-only", read_only),
    ("database is locked", busy),
    ("database is busy", busy),
    ("database table is locked", busy),
)
_ERRNOS = {
    errno.ENOSPC: no_space,
    getattr(errno, "EDQUOT", -1): no_space,
    errno.EROFS: read_only,
    errno.EACCES: permission_denied,
    errno.EPERM: permission_denied,
}


def explain(exc: BaseException, path: Path) -> JournalError | None:
    """The JournalError that names ``exc`` honestly, or None when it is none of the above.

    ``path`` is the file the failing operation was writing or reading.
    """
    if isinstance(exc, JournalError):
        return exc
    path = Path(path)
    if isinstance(exc, OSError) and not _is_database_error(exc):
        make = _ERRNOS.get(exc.errno)
        if make is not None:
            where = Path(exc.filename) if exc.filename else path
            return make(where if make is not no_space else path)
        return probe(path)  # ENOENT and the rest: what is wrong where it lives, if anything
    text = str(exc).lower()
    for words, make in _SQLITE_WORDS:
        if words in text:
            return make(path)
    if "unable to open" in text or "disk i/o error" in text or "cannot open" in text:
        return probe(path) or JournalError(
            _(
                "{path} could not be read or written ({exc}). It was not changed; check the disk it is on (is it still connected?) and try again."
            ).format(path=path, exc=exc),
            path=path,
        )
    return None


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    return isinstance(exc, sqlite3.Error)

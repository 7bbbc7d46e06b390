"""Where trdjournal keeps things: the one resolver of data-folder and resource paths.

Resources live in the top-level ``resources/`` of a source checkout and are shipped as
``trdjournal/resources`` inside the wheel (and under ``sys._MEIPASS`` in a frozen build).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from trdjournal import APP_NAME

DB_ENV = "TRDJOURNAL_DB"
JOURNAL_FILENAME = "journal.sqlite3"
DEMO_FILENAME = "demo.sqlite3"


def data_dir() -> Path:
    """The user's data folder, created owner-only (0700) on first use."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, appauthor=False)
    ensure_private_dir(path)
    return path


def ensure_private_dir(path: Path) -> None:
    """A folder of the app's own (the data folder, backups/): created and kept owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)


def ensure_folder(path: Path) -> None:
    """A folder the user chose for a journal, export or report: created owner-only (0700) when
    missing, and otherwise left with the mode it has. Narrowing it would break what else lives
    there (a journal given as /tmp/x.sqlite3 once made /tmp 0700, and apt could no longer
    write its temporary files); the files themselves are written 0600."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)


def default_journal_path() -> Path:
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / JOURNAL_FILENAME


def demo_journal_path() -> Path:
    return data_dir() / DEMO_FILENAME


def backups_dir_for(journal_path: Path) -> Path:
    return journal_path.parent / "backups"


def resource_path(name: str) -> Path:
    """Absolute path of a file in resources/, wherever trdjournal is running from."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "trdjournal" / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent.parent / "resources"]
    for root in candidates:
        if (root / name).exists():
            return root / name
    raise FileNotFoundError(f"resource {name!r} not found in {', '.join(map(str, candidates))}")

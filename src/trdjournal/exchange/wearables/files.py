"""Reading the member files of an export: a zip (Google Takeout, Garmin's account export, ...),
or one of its files given on its own, through the importer's limits (``exchange.limits``:
no ``../`` names, no zip bombs, a limit per document) and encodings (``exchange.text_input``).
A watch's export may unpack to gigabytes (Apple Health's export.xml), so the whole-archive
limit is ``MAX_EXPORT_BYTES``; each member is still read with its own limit, or streamed.
"""

from __future__ import annotations

import contextlib
import fnmatch
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trdjournal.exchange import limits, text_input
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.i18n import _

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_EXPORT_BYTES = 64 * 1024 * limits.MB  # a whole export zip, read member by member
MAX_DATABASE_BYTES = 4 * 1024 * limits.MB  # a SQLite export copied out of its zip


def basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def safe_zip(path: Path) -> limits.SafeZip:
    return limits.SafeZip(path, max_total=MAX_EXPORT_BYTES)


def zip_names(path: Path) -> list[str]:
    with safe_zip(path) as archive:
        return archive.names()


def members(path: Path, *patterns: str) -> list[str]:
    """Names in the zip at ``path`` whose file name matches a pattern (``sleep-*.json``); for a
    plain file, its own name when it matches."""
    names = zip_names(path) if zipfile.is_zipfile(path) else [path.name]
    return matching(names, *patterns)


def matching(names: list[str], *patterns: str) -> list[str]:
    """The ``names`` whose file name matches a pattern, sorted (for names already read)."""
    return sorted(
        n for n in names if any(fnmatch.fnmatch(basename(n).lower(), p) for p in patterns)
    )


def read_text(path: Path, name: str) -> str:
    """A member (or the file itself), decoded in the encoding it was saved in."""
    if zipfile.is_zipfile(path):
        with safe_zip(path) as archive:
            raw = archive.read(name, limits.MAX_JSON_BYTES)
        return text_input.decode_bytes(raw, f"{path} ({name})")[0]
    return text_input.read_text_file(path)[0]


def read_json(path: Path, name: str) -> Any:
    member = name if zipfile.is_zipfile(path) else None
    return text_input.parse_json(read_text(path, name), path, member)


def json_list(path: Path, name: str) -> list[dict[str, Any]]:
    data = read_json(path, name)
    where = name if zipfile.is_zipfile(path) else _("the file")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise MalformedFile(path, where, _("is not a list of records"))
    return data


@contextlib.contextmanager
def sqlite_file(path: Path, name: str | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a SQLite export (copied out of the zip when inside one)."""
    with tempfile.TemporaryDirectory(prefix="trdjournal-import-") as folder:
        source = path
        if name is not None and zipfile.is_zipfile(path):
            source = Path(folder) / "export.db"
            with (
                safe_zip(path) as archive,
                archive.open(name, MAX_DATABASE_BYTES) as inner,
                source.open("wb") as out,
            ):
                shutil.copyfileobj(inner, out)
        try:
            conn = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise MalformedFile(
                path, _("the database"), _("cannot be opened: {problem}").format(problem=exc)
            ) from None
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            raise MalformedFile(
                path, _("the database"), _("cannot be read: {problem}").format(problem=exc)
            ) from None
        finally:
            conn.close()


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1].upper() for r in conn.execute(f"PRAGMA table_info([{table}])")}

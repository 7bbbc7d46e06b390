"""Reading the member files of an export: a zip (Google Takeout, Garmin's account export, ...),
or one of its files given on its own. JSON is parsed with the standard library; every error
names the file (and the member inside the zip)."""

from __future__ import annotations

import contextlib
import fnmatch
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trdjournal.exchange.incoming import MalformedFile

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_MEMBER = 512 * 1024 * 1024  # a bigger member is not a day-summary file


def basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def members(path: Path, *patterns: str) -> list[str]:
    """Names in the zip at ``path`` whose file name matches a pattern (``sleep-*.json``); for a
    plain file, its own name when it matches."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
    else:
        names = [path.name]
    return sorted(
        n for n in names if any(fnmatch.fnmatch(basename(n).lower(), p) for p in patterns)
    )


def read_bytes(path: Path, name: str) -> bytes:
    if not zipfile.is_zipfile(path):
        return path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        if info.file_size > MAX_MEMBER:
            raise MalformedFile(path, name, "is too large to be an export's summary file")
        return archive.read(name)


def read_text(path: Path, name: str) -> str:
    raw = read_bytes(path, name)
    for encoding in ("utf-8-sig", "utf-16"):
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding)
    return raw.decode("cp1252", errors="replace")


def read_json(path: Path, name: str) -> Any:
    where = name if zipfile.is_zipfile(path) else "the file"
    try:
        return json.loads(read_text(path, name))
    except json.JSONDecodeError as exc:
        raise MalformedFile(
            path, f"{where}, line {exc.lineno}", f"not valid JSON: {exc.msg}"
        ) from None
    except RecursionError:
        raise MalformedFile(path, where, "is nested too deeply to be an export") from None


def json_list(path: Path, name: str) -> list[dict[str, Any]]:
    data = read_json(path, name)
    where = name if zipfile.is_zipfile(path) else "the file"
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise MalformedFile(path, where, "is not a list of records")
    return data


@contextlib.contextmanager
def sqlite_file(path: Path, name: str | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a SQLite export (copied out of the zip when inside one)."""
    with tempfile.TemporaryDirectory(prefix="trdjournal-import-") as folder:
        source = path
        if name is not None and zipfile.is_zipfile(path):
            source = Path(folder) / "export.db"
            with (
                zipfile.ZipFile(path) as archive,
                archive.open(name) as inner,
                source.open("wb") as out,
            ):
                shutil.copyfileobj(inner, out)
        try:
            conn = sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise MalformedFile(path, "the database", f"cannot be opened: {exc}") from None
        try:
            yield conn
        except sqlite3.DatabaseError as exc:
            raise MalformedFile(path, "the database", f"cannot be read: {exc}") from None
        finally:
            conn.close()


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1].upper() for r in conn.execute(f"PRAGMA table_info([{table}])")}

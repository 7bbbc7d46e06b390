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
from typing import Any, BinaryIO

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


def zip_names(path: Path) -> list[str] | None:
    """The member names when ``path`` is a zip (read through the limits), else None: the one
    place an import asks whether a file is a zip (wearables.detect, importer.detect)."""
    if not zipfile.is_zipfile(path):
        return None
    with safe_zip(path) as archive:
        return archive.names()


def matching(names: list[str], *patterns: str) -> list[str]:
    """The ``names`` whose file name matches a pattern (``sleep-*.json``), sorted."""
    return sorted(
        n for n in names if any(fnmatch.fnmatch(basename(n).lower(), p) for p in patterns)
    )


class Export:
    """An export as a parser reads it: a zip opened once (through the limits) and read member
    by member, or one of its files given on its own (its only "member" is its own name).
    A Garmin or Fitbit export holds a file a day, so the zip is never reopened per member."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.archive = safe_zip(self.path) if zipfile.is_zipfile(self.path) else None
        self.names = self.archive.names() if self.archive else [self.path.name]

    def __enter__(self) -> Export:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.archive is not None:
            self.archive.archive.close()

    def members(self, *patterns: str) -> list[str]:
        return matching(self.names, *patterns)

    def where(self, name: str) -> str:
        """How messages name a member: its name in a zip, else "the file"."""
        return name if self.archive is not None else _("the file")

    def open(self, name: str, limit: int) -> BinaryIO:
        """A member (or the file itself) as an unbuffered stream of at most ``limit`` bytes."""
        if self.archive is not None:
            return self.archive.open(name, limit)
        limits.check_file_size(self.path, limit)
        return self.path.open("rb", buffering=0)

    def read_text(self, name: str) -> str:
        """A member (or the file itself), decoded in the encoding it was saved in."""
        if self.archive is not None:
            raw = self.archive.read(name, limits.MAX_JSON_BYTES)
            return text_input.decode_bytes(raw, f"{self.path} ({name})")[0]
        return text_input.read_text_file(self.path)[0]

    def read_json(self, name: str) -> Any:
        member = name if self.archive is not None else None
        return text_input.parse_json(self.read_text(name), self.path, member)

    def json_list(self, name: str) -> list[dict[str, Any]]:
        data = self.read_json(name)
        if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
            raise MalformedFile(self.path, self.where(name), _("is not a list of records"))
        return data

    @contextlib.contextmanager
    def csv_rows(self, name: str) -> Iterator[Iterator[tuple[int, list]]]:
        """The records of a CSV member as ``text_input.csv_rows`` reads them: streamed, each
        with the line it starts on (a quoted note may span several lines), the delimiter
        (comma or semicolon) taken from the header line."""
        stream, encoding = text_input.open_text(
            self.open(name, limits.MAX_TEXT_BYTES), self._label(name)
        )
        with stream:
            yield text_input.csv_rows(stream, self._label(name), encoding, _delimiter(stream))

    def _label(self, name: str) -> str | Path:
        return f"{self.path} ({name})" if self.archive is not None else self.path

    @contextlib.contextmanager
    def sqlite(self, name: str | None = None) -> Iterator[sqlite3.Connection]:
        """A read-only connection to a SQLite export (copied out of the zip when inside one)."""
        with tempfile.TemporaryDirectory(prefix="trdjournal-import-") as folder:
            source = self.path
            if name is not None and self.archive is not None:
                source = Path(folder) / "export.db"
                with self.archive.open(name, MAX_DATABASE_BYTES) as inner, source.open("wb") as out:
                    shutil.copyfileobj(inner, out)
            with _connect(self.path, source) as conn:
                yield conn


def _delimiter(stream) -> str:
    """ ";" when the header line holds more semicolons than commas (a spreadsheet in a
    decimal-comma language saves so), else ","; the stream is left where it was."""
    buffered = stream.buffer
    head = buffered.peek(4096)[:4096].split(b"\n", 1)[0]
    return ";" if head.count(b";") > head.count(b",") else ","


@contextlib.contextmanager
def _connect(path: Path, source: Path) -> Iterator[sqlite3.Connection]:
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


@contextlib.contextmanager
def sqlite_file(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a SQLite file on its own (detection reads its tables)."""
    with _connect(path, path) as conn:
        yield conn


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1].upper() for r in conn.execute(f"PRAGMA table_info([{table}])")}

"""How big an imported file may be, and reading zips without trusting them.

Every import goes through these limits, so that a hostile or broken file is refused with a
message naming the limit instead of filling the memory or the disk (issue 14, finding 5: a
5.8 MB ``.emoods`` holding a 2 GB ``entry.csv`` took 9.8 GB before being refused).

- A text file (CSV) is read streaming, so it may be large: at most ``MAX_TEXT_BYTES``.
- A JSON document is read whole: at most ``MAX_JSON_BYTES``.
- One CSV field (a note) is at most ``MAX_FIELD_CHARS`` characters (Python's csv default).
- A zip member is read only when its name stays inside the archive (no ``../``, no absolute
  path), when the archive holds at most ``MAX_MEMBERS`` members, its declared sizes add up to
  at most ``MAX_UNZIPPED_BYTES`` and each member's compression ratio is at most
  ``MAX_RATIO``; the bytes actually inflated are counted too, since the declared sizes can lie.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from trdjournal.exchange.incoming import MalformedFile
from trdjournal.i18n import _

MB = 1024 * 1024
MAX_TEXT_BYTES = 512 * MB
MAX_JSON_BYTES = 64 * MB
MAX_FIELD_CHARS = 128 * 1024
MAX_UNZIPPED_BYTES = 512 * MB
MAX_RATIO = 100
MAX_MEMBERS = 100_000  # a Fitbit or Garmin export holds a file a day or a month: thousands


def _megabytes(n: int) -> str:
    return f"{n // MB} MB"


def check_file_size(path: Path, limit: int | None = None) -> int:
    limit = MAX_TEXT_BYTES if limit is None else limit
    size = path.stat().st_size
    if size > limit:
        raise MalformedFile(
            path,
            _("the file"),
            _(
                "is {size}, over the import limit of {limit}; export a shorter period, or "
                "check that this is the right file"
            ).format(size=_megabytes(size), limit=_megabytes(limit)),
        )
    return size


def read_limited(handle: BinaryIO, limit: int, name: str | Path, what: str | None = None) -> bytes:
    """All of ``handle``, refused once it passes ``limit`` bytes (never more is held)."""
    what = _("the file") if what is None else what
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise MalformedFile(
            name,
            what,
            _("holds more than {limit}, the import limit for one document").format(
                limit=_megabytes(limit)
            ),
        )
    return data


def unsafe_name(name: str) -> bool:
    """A member name that would leave the folder it is unpacked into."""
    posix = PurePosixPath(name.replace("\\", "/"))
    return posix.is_absolute() or ".." in posix.parts or (len(name) > 1 and name[1] == ":")


class SafeZip:
    """A zip opened for reading with the limits above; every failure is a MalformedFile."""

    def __init__(self, path: Path, max_total: int | None = None):
        """``max_total``: a larger limit for exports read one member at a time, streaming
        (a watch's export.zip holds a gigabyte of XML; exchange/wearables)."""
        self.path = Path(path)
        try:
            self.archive = zipfile.ZipFile(self.path)
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise MalformedFile(
                self.path,
                _("the zip"),
                _("cannot be read ({problem}); it may be truncated: copy it again").format(
                    problem=exc
                ),
            ) from None
        try:
            self._check(infos, MAX_UNZIPPED_BYTES if max_total is None else max_total)
        except BaseException:
            self.archive.close()  # refused: the file is not left open
            raise
        self.infos = infos

    def _check(self, infos: list[zipfile.ZipInfo], max_total: int) -> None:
        for info in infos:
            if unsafe_name(info.filename):
                raise MalformedFile(
                    self.path,
                    _("entry {name}").format(name=repr(info.filename)),
                    _(
                        "points outside the archive (a ../ or absolute name); an app's backup "
                        "never does: this file was altered, so it is not imported"
                    ),
                )
        if len(infos) > MAX_MEMBERS:
            raise MalformedFile(
                self.path,
                _("the zip"),
                _("holds {n} files, over the import limit of {limit}").format(
                    n=len(infos), limit=MAX_MEMBERS
                ),
            )
        total = sum(info.file_size for info in infos)
        if total > max_total:
            raise MalformedFile(
                self.path,
                _("the zip"),
                _("unpacks to {size}, over the import limit of {limit}").format(
                    size=_megabytes(total), limit=_megabytes(max_total)
                ),
            )

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.archive.close()

    def names(self) -> list[str]:
        return [info.filename for info in self.infos if not info.is_dir()]

    def _check_ratio(self, info: zipfile.ZipInfo) -> None:
        if info.file_size > max(info.compress_size, 1) * MAX_RATIO and info.file_size > MB:
            raise MalformedFile(
                self.path,
                _("entry {name}").format(name=repr(info.filename)),
                _(
                    "is compressed {ratio} to 1, over the limit of {limit} to 1 (a zip bomb?); "
                    "it is not unpacked"
                ).format(ratio=info.file_size // max(info.compress_size, 1), limit=MAX_RATIO),
            )

    def open(self, name: str, limit: int = MAX_UNZIPPED_BYTES) -> BinaryIO:
        """A stream of one member that stops at ``limit`` inflated bytes."""
        info = self.archive.getinfo(name)
        self._check_ratio(info)
        try:
            raw = self.archive.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError) as exc:
            raise MalformedFile(
                self.path,
                _("entry {name}").format(name=repr(name)),
                _("cannot be read ({problem})").format(problem=exc),
            ) from None
        return _CountingReader(raw, min(limit, info.file_size), self.path, name)

    def read(self, name: str, limit: int) -> bytes:
        with self.open(name, limit) as member:
            return read_limited(member, limit, self.path, _("entry {name}").format(name=repr(name)))


class _CountingReader(io.RawIOBase):
    """Counts inflated bytes; a member that inflates past its declared size is refused, and a
    damaged member (bad CRC, truncated) becomes a MalformedFile naming it."""

    def __init__(self, raw: BinaryIO, limit: int, path: Path, name: str):
        self.raw, self.limit, self.path, self.name, self.count = raw, limit, path, name, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self.raw.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise MalformedFile(
                self.path,
                _("entry {name}").format(name=repr(self.name)),
                _("is damaged ({problem}); copy the file again").format(problem=exc),
            ) from None
        self.count += len(data)
        if self.count > self.limit:
            raise MalformedFile(
                self.path,
                _("entry {name}").format(name=repr(self.name)),
                _("inflates past {size}, more than it declares or than the import limit").format(
                    size=_megabytes(self.limit)
                    if self.limit >= MB
                    else _("{n} bytes").format(n=self.limit)
                ),
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()

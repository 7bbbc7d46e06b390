"""Reading an imported text file whatever its encoding, streaming, with errors that name the line.

Spreadsheets re-save CSV files as UTF-8 with a byte-order mark, UTF-16 (Excel's "Unicode
text") or cp1252/Latin-1. A byte-order mark decides; otherwise a sample that reads as UTF-8
is UTF-8, and anything else is detected by charset-normalizer
(https://charset-normalizer.readthedocs.io). The encoding used is named in the import summary.

``csv_rows`` yields ``(line, row)`` for each record of a CSV, where ``line`` is the physical
line the record starts on (a quoted note can span several lines). A field over
``limits.MAX_FIELD_CHARS``, a NUL byte or bytes that do not decode stop the import with the
line and what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from trdjournal.exchange import limits
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.i18n import _

SAMPLE_BYTES = 256 * 1024
NAMES = {
    "utf_8": "UTF-8",
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with a byte-order mark",
    "utf_16": "UTF-16",
    "utf-16": "UTF-16",
    "utf_16_le": "UTF-16 (little-endian)",
    "utf_16_be": "UTF-16 (big-endian)",
    "cp1252": "Windows-1252 (cp1252)",
    "latin_1": "Latin-1 (ISO-8859-1)",
    "iso8859_15": "Latin-9 (ISO-8859-15)",
}


def encoding_name(encoding: str) -> str:
    return NAMES.get(encoding.lower(), encoding)


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly text in one byte of each pair, NUL in the other."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf_16_le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf_16_be"
    return None


def detect_encoding(sample: bytes, name: str | Path) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _looks_utf16(sample[:4096])
    if utf16:
        return utf16
    if b"\x00" in sample:
        raise MalformedFile(
            name,
            _("the file"),
            _("holds NUL bytes, so it is not a text export (or a damaged one); export it again"),
        )
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    results = from_bytes(sample)
    best = results.best()
    if best is None:
        raise MalformedFile(
            name,
            _("the file"),
            _(
                "is not text in any encoding this import knows (UTF-8, UTF-16, cp1252, "
                "Latin-1...); is it the export itself? Save it as a UTF-8 CSV and import that"
            ),
        )
    # A short sample often reads equally well in several code pages; Windows-1252 is what
    # spreadsheets in Western Europe and the Americas save, so it wins a tie.
    tied = [
        m for m in results if m.chaos <= best.chaos + 0.001 and m.coherence >= best.coherence - 0.01
    ]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    return best.encoding


def open_text(raw: BinaryIO, name: str | Path) -> tuple[io.TextIOWrapper, str]:
    """A text stream over the unbuffered ``raw`` stream (a file opened with ``buffering=0``
    or a zip member) and the encoding it uses, detected from its first bytes."""
    buffered = io.BufferedReader(raw, buffer_size=SAMPLE_BYTES)
    try:
        sample = buffered.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]
        encoding = detect_encoding(sample, name)
    except BaseException:
        buffered.close()
        raise
    return io.TextIOWrapper(buffered, encoding=encoding, newline=""), encoding


def open_text_file(path: Path) -> tuple[io.TextIOWrapper, str]:
    limits.check_file_size(path)
    raw = path.open("rb", buffering=0)
    try:
        return open_text(raw, path)
    except BaseException:
        raw.close()
        raise


def read_text_file(path: Path, limit: int | None = None) -> tuple[str, str]:
    """The whole of a (small) text file, decoded, and its encoding."""
    limits.check_file_size(path, limits.MAX_JSON_BYTES if limit is None else limit)
    data = path.read_bytes()
    return decode_bytes(data, path)


def load_json(path: Path) -> object:
    """A (small) JSON document in whatever encoding it was saved, or a MalformedFile naming
    the line where it stops being JSON."""
    text, _encoding = read_text_file(path, limits.MAX_JSON_BYTES)
    return parse_json(text, path)


def _no_constant(name: str) -> object:
    raise ValueError(name)


def parse_json(text: str, name: str | Path, member: str | None = None) -> object:
    """The JSON document ``text`` (a byte-order mark left by an editor is ignored), read by
    the one set of rules every JSON import follows: a MalformedFile naming the line (in
    ``member``, a file inside a zip) where it stops being JSON; NaN and Infinity, which JSON
    does not allow, refused; nesting too deep for an export refused."""
    try:
        return json.loads(text.lstrip("\ufeff"), parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        line = _("line {n}").format(n=exc.lineno)
        raise MalformedFile(
            name,
            _("{where}, line {n}").format(where=member, n=exc.lineno) if member else line,
            _(
                "is not valid JSON (column {column}: {problem}); it may be truncated: export it again"
            ).format(column=exc.colno, problem=exc.msg),
        ) from None
    except ValueError as exc:  # NaN, Infinity
        raise MalformedFile(
            name,
            member or _("the document"),
            _("{name} is not a number JSON allows").format(name=exc.args[0]),
        ) from None
    except RecursionError:
        raise MalformedFile(
            name, member or _("the document"), _("is nested too deeply to be an export")
        ) from None


def decode_bytes(data: bytes, name: str | Path) -> tuple[str, str]:
    encoding = detect_encoding(data[:SAMPLE_BYTES], name)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise MalformedFile(name, _("the file"), _undecodable(encoding, exc)) from None


def _undecodable(encoding: str, exc: Exception) -> str:
    where = _(" at byte {n}").format(n=exc.start) if isinstance(exc, UnicodeDecodeError) else ""
    return _(
        "does not read as {encoding}{where} (its start does); save it again from the app or "
        "the spreadsheet as UTF-8 and import that"
    ).format(encoding=encoding_name(encoding), where=where)


def csv_rows(
    text: io.TextIOBase, name: str | Path, encoding: str, delimiter: str = ","
) -> Iterator[tuple[int, list]]:
    reader = csv.reader(text, delimiter=delimiter)
    line = 1
    while True:
        start = line
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise MalformedFile(
                name, _("line {n}").format(n=start), _csv_problem(str(exc))
            ) from None
        except UnicodeDecodeError as exc:
            raise MalformedFile(
                name, _("line {n}").format(n=start), _undecodable(encoding, exc)
            ) from None
        line = reader.line_num + 1
        yield start, row


def _csv_problem(message: str) -> str:
    if "field larger than field limit" in message:
        return _(
            "a field is longer than {size} KB, the limit for one field (a note); a quote left "
            "open makes the rest of the file one field: check the quotes on this line"
        ).format(size=limits.MAX_FIELD_CHARS // 1024)
    if "NUL" in message:
        return _("holds a NUL byte, so this is not a text CSV (or a damaged one); export it again")
    return _("is not valid CSV ({problem}); check the quotes on this line").format(problem=message)


def header_row(rows: Iterator[tuple[int, list]], name: str | Path) -> list[str]:
    """The first row of ``rows`` (cells stripped, a stray byte-order mark removed), or a
    MalformedFile for an empty file."""
    first = next(rows, None)
    if first is None:
        raise MalformedFile(name, _("line {n}").format(n=1), _("the file is empty"))
    return [cell.strip().lstrip("\ufeff") for cell in first[1]]


def filled_rows(
    rows: Iterator[tuple[int, list]], name: str | Path, needed: int, header_width: int
) -> Iterator[tuple[int, list]]:
    """The rows that are not blank, each holding at least ``needed`` fields (a shorter one is a
    MalformedFile naming its line)."""
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < needed:
            raise MalformedFile(
                name,
                _("line {n}").format(n=line),
                _("has {n} fields; the header has {width}").format(n=len(row), width=header_width),
            )
        yield line, row

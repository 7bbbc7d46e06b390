"""Any CSV with a date and a mood column, named by the user (``--format csv --date-column Day
--mood-column Mood``): for apps this import does not know, and spreadsheets kept by hand.

- The date column holds YYYY-MM-DD (a time after it is ignored), or dates in the layout given
  with ``date_format`` (Python's strptime codes, e.g. ``%d/%m/%Y``).
- The mood column holds numbers on ``mood_scale`` (default 0-10, 0 worst), rescaled onto the
  journal's 0 (worst) to 10 (best); ``reverse`` for scales where the high end is the worst.
- An optional note column becomes the note. Several rows a day follow the rule of ``days``.
- Every other column is named in the summary as ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.exchange import app_values, html_text, text_input
from trdjournal.exchange.days import Days, Entry
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.i18n import _

FIELDS = frozenset({"mood", "note"})


@dataclasses.dataclass(frozen=True)
class Columns:
    date: str
    mood: str
    note: str | None = None
    mood_low: float = 0
    mood_high: float = 10
    reverse: bool = False
    date_format: str | None = None


def parse_scale(text: str | None) -> tuple[float, float]:
    """``"1-5"`` as (1, 5)."""
    if not text:
        return 0, 10
    low, sep, high = text.partition("-")
    try:
        pair = float(low), float(high)
    except ValueError:
        pair = (0, 0)
    if not sep or pair[0] >= pair[1]:
        raise ValidationError(
            "--mood-scale",
            _("must be LOW-HIGH with LOW below HIGH, like 1-5 (got {value})").format(
                value=repr(text)
            ),
        )
    return pair


def _day(text: str, columns: Columns) -> dt.date:
    if columns.date_format is None:
        return app_values.iso_day(text, columns.date)
    try:
        day = dt.datetime.strptime(text.strip(), columns.date_format).date()
    except ValueError:
        raise ValueError(
            _("{column} {value} does not match --date-format {format}").format(
                column=columns.date, value=repr(text[:40]), format=columns.date_format
            )
        ) from None
    if day > today():
        raise ValueError(_("{date} {day} is in the future").format(date=columns.date, day=day))
    return day


def _delimiter(header: str) -> str:
    """A spreadsheet saved where the decimal sign is a comma (Swedish Excel, LibreOffice)
    separates its columns with semicolons: the header line tells which."""
    return ";" if header.count(";") > header.count(",") else ","


def parse(path: Path, columns: Columns | None) -> Incoming:
    if columns is None:
        raise ValidationError(
            "--date-column", _("--format csv needs --date-column and --mood-column")
        )
    stream, encoding = text_input.open_text_file(path)
    with stream:
        first = stream.readline()
        rows = text_input.csv_rows(
            itertools.chain([first], stream), path, encoding, delimiter=_delimiter(first)
        )
        header = text_input.header_row(rows, path)
        folded = {name.lower(): i for i, name in reversed(list(enumerate(header)))}
        wanted = {"date": columns.date, "mood": columns.mood}
        if columns.note:
            wanted["note"] = columns.note
        missing = [name for name in wanted.values() if name.lower() not in folded]
        if missing:
            raise MalformedFile(
                path,
                _("line {n}").format(n=1),
                _("has no column {missing}; its columns are {columns}").format(
                    missing=", ".join(map(repr, missing)), columns=", ".join(map(repr, header))
                ),
            )
        index = {key: folded[name.lower()] for key, name in wanted.items()}
        days = Days(path)
        for line, row in text_input.filled_rows(rows, path, max(index.values()) + 1, len(header)):
            try:
                day = _day(row[index["date"]], columns)
                value = app_values.number(row[index["mood"]], columns.mood)
                mood = app_values.rescale(value, columns.mood_low, columns.mood_high)
            except ValueError as exc:
                raise MalformedFile(path, _("line {n}").format(n=line), str(exc)) from None
            note = html_text.to_text(row[index["note"]].strip()) if "note" in index else ""
            days.add(
                Entry(
                    day,
                    None,
                    _("line {n}").format(n=line),
                    10 - mood if columns.reverse else mood,
                    (),
                    note,
                )
            )
    incoming = Incoming("csv", days.checkins(), fields=FIELDS)
    days.fill(incoming)
    incoming.encoding = encoding
    ignored = [h for i, h in enumerate(header) if i not in index.values() and h]
    if ignored:
        incoming.notes.append(_("Columns ignored: {columns}.").format(columns=", ".join(ignored)))
    return incoming

"""Google Fit, from Google Takeout: ``Takeout/Fit/Daily activity metrics/Daily activity
metrics.csv`` (one row a day), in the Takeout zip or on its own.

Format, from the file's own header as Google Takeout writes it (also read by open-source
projects on GitHub that chart Takeout Fit data): ``Date`` (YYYY-MM-DD), ``Move Minutes count``,
``Calories (kcal)``, ``Distance (m)``, ``Heart Points``, ``Heart Minutes``, ..., ``Step count``,
... The columns are found by name, in any order; empty cells are days without a value.

Read as: steps from ``Step count``; active minutes are Google Fit's Move Minutes. Sleep is not
read from this file: its durations are cut at midnight, so they are not nights (sleep from an
Android phone comes through Health Connect, health_connect.py).
"""

from __future__ import annotations

from pathlib import Path

from trdjournal.exchange import text_input
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.exchange.wearables import files
from trdjournal.exchange.wearables.common import DayActivity, DeviceData, iso_date, number
from trdjournal.i18n import _

SOURCE = "google-fit"
FILE_NAME = "daily activity metrics.csv"
DATE, STEPS, MOVE = "date", "step count", "move minutes count"


def looks_like(header: set[str]) -> bool:
    return DATE in header and (STEPS in header or MOVE in header)


def parse(path: Path) -> DeviceData:
    path = Path(path)
    with files.Export(path) as export:
        names = export.members(FILE_NAME, "*.csv")
        names = [n for n in names if files.basename(n).lower() == FILE_NAME] or names[:1]
        if not names:
            raise MalformedFile(
                path,
                _("the zip"),
                _("holds no {name}").format(name="Fit/Daily activity metrics.csv"),
            )
        with export.csv_rows(names[0]) as rows:
            return _read(path, rows)


def _read(path: Path, reader) -> DeviceData:
    data = DeviceData(SOURCE)
    header = [cell.lower() for cell in text_input.header_row(reader, path)]
    if not looks_like(set(header)):
        raise MalformedFile(
            path,
            _("line {n}").format(n=1),
            _("is not Google Fit's daily activity header ({columns}, ...)").format(
                columns="Date, Step count"
            ),
        )
    at = {name: header.index(name) for name in (DATE, STEPS, MOVE) if name in header}
    for line, row in reader:
        if not any(cell.strip() for cell in row):
            continue
        data.entries += 1

        def cell(name: str, row: list[str] = row, line: int = line) -> int | None:
            i = at.get(name)
            text = row[i].strip() if i is not None and i < len(row) else ""
            return round(number(path, _column(line, name), text, whole=True)) if text else None

        day = iso_date(path, _column(line, "Date"), row[at[DATE]] if at[DATE] < len(row) else "")
        data.days.append(DayActivity(day, cell(STEPS), cell(MOVE)))
    return data


def _column(line: int, column: str) -> str:
    return _("line {n} {column}").format(n=line, column=column)

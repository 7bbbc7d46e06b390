"""eMoods' ``entry.csv``, alone or inside the ``.emoods`` backup (a zip that holds it).

Header: ``ID,DATE (YYYY-MM-DD),IRRITABILITY,ANXIETY,DEPRESSED,ELEVATED,SLEEP,PSYCHOTIC
SYMPTOMS,NOTE,THERAPY,MENSTRUAL CYCLE,WEIGHT``. The mood scales are 0-4: 0 means not
logged, 1-4 none, mild, moderate, severe. The mapping into a trdjournal check-in:

=================  =====================================================================
eMoods             trdjournal
=================  =====================================================================
DEPRESSED 1-4      mood (0 worst .. 10 best): none 7, mild 5, moderate 3, severe 1
                   (the same steps as Daylio's good, meh, bad, awful)
ANXIETY 1-4        anxiety (0 none .. 10 worst): none 0, mild 3, moderate 7, severe 10
                   (evenly spaced); 0 = not logged
ELEVATED 1-4       elevated (0 none .. 3 severe): the same four steps, one lower; 0 = not logged
IRRITABILITY 1-4   irritability (0 none .. 3 severe), likewise
SLEEP              sleep hours, rounded to the nearest quarter hour; 0 or empty = not logged
NOTE               note
=================  =====================================================================

ELEVATED and IRRITABILITY are wired through ``LATER_FIELDS``. A row whose scales and SLEEP are
all 0 or empty is not a logged day and is skipped. A row with sleep but no DEPRESSED rating has
no mood, and a check-in needs one: its sleep is added to the journal's check-in of that day when
there is one, and is otherwise kept apart as a value "from eMoods" (domain/device.py) that the
Journal view shows and that fills the day once it is logged. PSYCHOTIC SYMPTOMS, THERAPY,
MENSTRUAL CYCLE and WEIGHT have no place in a trdjournal check-in and are not imported. The file
is read streaming, in whatever encoding it was saved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import zipfile
from pathlib import Path

from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn
from trdjournal.exchange import app_values, limits, text_input
from trdjournal.exchange.incoming import CHECKIN_FIELDS, Incoming, MalformedFile
from trdjournal.i18n import _, ngettext

MOOD_FROM_DEPRESSED = {1: 7, 2: 5, 3: 3, 4: 1}
ANXIETY_FROM_SEVERITY = {1: 0, 2: 3, 3: 7, 4: 10}
SCALES = ("IRRITABILITY", "ANXIETY", "DEPRESSED", "ELEVATED", "PSYCHOTIC SYMPTOMS")
REQUIRED = ("DATE", *SCALES, "SLEEP", "NOTE")
# eMoods 1-4 (none .. severe) into the 0-3 daily fields the scales issue adds to CheckIn.
# Each is imported as soon as CheckIn has the field: no change is needed here then.
LATER_FIELDS = {"ELEVATED": "elevated", "IRRITABILITY": "irritability"}
SEVERITY_0_3 = {1: 0, 2: 1, 3: 2, 4: 3}
WIRED = {column: field for column, field in LATER_FIELDS.items() if field in CHECKIN_FIELDS}
FIELDS = frozenset({"mood", "anxiety", "sleep_hours", "note", *WIRED.values()})
NOT_IMPORTED = ", ".join(
    [c for c in LATER_FIELDS if c not in WIRED]
    + ["PSYCHOTIC SYMPTOMS", "THERAPY"]
    + ["MENSTRUAL CYCLE", "WEIGHT"]
)


def entry_csv_name(names: list[str]) -> str | None:
    """The name of the entry.csv inside an eMoods backup, in whichever folder, if any."""
    return next((n for n in names if n.rsplit("/", 1)[-1].lower() == "entry.csv"), None)


@contextlib.contextmanager
def _entry_csv(path: Path):
    """(rows, encoding, name) of entry.csv, alone or in the backup zip, closed afterwards."""
    if zipfile.is_zipfile(path):
        with limits.SafeZip(path) as archive:
            member = entry_csv_name(archive.names())
            if member is None:
                raise MalformedFile(
                    path, _("the zip"), _("holds no entry.csv (an eMoods backup does)")
                )
            name = _("{member} in {path}").format(member=member, path=path)
            stream, encoding = text_input.open_text(archive.open(member), name)
            with stream:
                yield text_input.csv_rows(stream, name, encoding), encoding, name
        return
    stream, encoding = text_input.open_text_file(path)
    with stream:
        yield text_input.csv_rows(stream, path, encoding), encoding, str(path)


def _scale(row: list[str], column: dict[str, int], name: str) -> int:
    value = row[column[name]].strip() or "0"
    if not value.isdigit() or int(value) > 4:
        raise ValueError(
            _("{name} must be 0 (not logged) to 4 (severe), got {value}").format(
                name=name, value=repr(value)
            )
        )
    return int(value)


def _sleep(text: str) -> float | None:
    """eMoods writes 0 for a night not logged."""
    if not text.strip():
        return None
    return app_values.sleep_hours(text, "SLEEP") or None


def parse(path: Path) -> Incoming:
    with _entry_csv(path) as (rows, encoding, name):
        incoming = _parse_rows(rows, name)
    incoming.encoding = encoding
    return incoming


def _parse_rows(rows, name: str) -> Incoming:
    header = [cell.upper() for cell in text_input.header_row(rows, name)]
    column = {("DATE" if h.startswith("DATE") else h): i for i, h in enumerate(header)}
    missing = [c for c in REQUIRED if c not in column]
    if missing:
        raise MalformedFile(
            name,
            _("line {n}").format(n=1),
            _("the header lacks {columns}").format(columns=", ".join(missing)),
        )
    incoming = Incoming("emoods", fields=FIELDS)
    seen: dict[dt.date, int] = {}
    sleep_only = 0
    last_day = today()
    for start, row in text_input.filled_rows(rows, name, len(header), len(header)):
        try:
            raw_date = row[column["DATE"]].strip()
            try:
                day = dt.date.fromisoformat(raw_date[:10])
            except ValueError:
                raise ValueError(
                    _("DATE {raw_date} is not a date written YYYY-MM-DD").format(
                        raw_date=repr(raw_date)
                    )
                ) from None
            scales = {s: _scale(row, column, s) for s in SCALES}
            sleep = _sleep(row[column["SLEEP"]])
            if day > last_day:
                raise ValueError(_("{day} is in the future").format(day=day))
            if day in seen:
                raise ValueError(
                    _("{day} appears twice (first on line {line})").format(day=day, line=seen[day])
                )
            seen[day] = start
            if not any(scales.values()) and sleep is None:
                incoming.rows_skipped += 1
                continue
            if not scales["DEPRESSED"]:
                if sleep is not None:
                    incoming.partials.append((day, {"sleep_hours": sleep}))
                    sleep_only += 1
                else:
                    incoming.rows_skipped += 1
                continue
            later = {
                field: SEVERITY_0_3[scales[column_]]
                for column_, field in WIRED.items()
                if scales[column_]
            }
            incoming.checkins.append(
                CheckIn(
                    date=day,
                    mood=MOOD_FROM_DEPRESSED[scales["DEPRESSED"]],
                    anxiety=ANXIETY_FROM_SEVERITY.get(scales["ANXIETY"]),
                    sleep_hours=sleep,
                    note=row[column["NOTE"]],
                    **later,
                )
            )
        except ValidationError as exc:
            raise MalformedFile(
                name, _("line {n}").format(n=start), f"{exc.field}: {exc.message}"
            ) from None
        except ValueError as exc:
            raise MalformedFile(name, _("line {n}").format(n=start), str(exc)) from None
    incoming.entries = len(incoming.checkins) + sleep_only
    if incoming.rows_skipped:
        incoming.notes.append(
            ngettext(
                "Skipped {n} row with nothing logged (every scale and sleep 0 or empty: days "
                "not logged in eMoods).",
                "Skipped {n} rows with nothing logged (every scale and sleep 0 or empty: days "
                "not logged in eMoods).",
                incoming.rows_skipped,
            ).format(n=incoming.rows_skipped)
        )
    if sleep_only:
        incoming.notes.append(
            ngettext(
                "{n} row had sleep but no DEPRESSED rating: its sleep is added to the journal's "
                "check-in of that day, or kept apart until that day is logged (a check-in needs "
                "a mood).",
                "{n} rows had sleep but no DEPRESSED rating: their sleep is added to the "
                "journal's check-in of that day, or kept apart until that day is logged (a "
                "check-in needs a mood).",
                sleep_only,
            ).format(n=sleep_only)
        )
    incoming.notes.append(
        _("Not imported (no place in a check-in yet): {fields}.").format(fields=NOT_IMPORTED)
    )
    return incoming

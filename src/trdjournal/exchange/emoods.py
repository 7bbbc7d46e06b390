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

A row whose scales (IRRITABILITY, ANXIETY, DEPRESSED, ELEVATED, PSYCHOTIC SYMPTOMS) are all 0
is not a logged day and is skipped. A row with other scales but no DEPRESSED rating has no mood
to log and is skipped too; the import names those lines. PSYCHOTIC SYMPTOMS, THERAPY, MENSTRUAL
CYCLE and WEIGHT have no place in a trdjournal check-in and are not imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn
from trdjournal.exchange.incoming import Incoming, MalformedFile

MOOD_FROM_DEPRESSED = {1: 7, 2: 5, 3: 3, 4: 1}
ANXIETY_FROM_SEVERITY = {1: 0, 2: 3, 3: 7, 4: 10}
SCALES = ("IRRITABILITY", "ANXIETY", "DEPRESSED", "ELEVATED", "PSYCHOTIC SYMPTOMS")
REQUIRED = ("DATE", *SCALES, "SLEEP", "NOTE")
FIELDS = frozenset({"mood", "anxiety", "elevated", "irritability", "sleep_hours", "note"})
NOT_IMPORTED = "PSYCHOTIC SYMPTOMS, THERAPY, MENSTRUAL CYCLE, WEIGHT"


def entry_csv_name(archive: zipfile.ZipFile) -> str | None:
    """The name of the entry.csv inside an eMoods backup, in whichever folder, if any."""
    return next(
        (n for n in archive.namelist() if n.rsplit("/", 1)[-1].lower() == "entry.csv"), None
    )


def read_entry_csv(path: Path) -> tuple[str, str]:
    """The text of entry.csv and how to name it in messages."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            name = entry_csv_name(archive)
            if name is None:
                raise MalformedFile(path, "the zip", "holds no entry.csv (an eMoods backup does)")
            return archive.read(name).decode("utf-8-sig"), f"{name} in {path}"
    return path.read_text(encoding="utf-8-sig"), str(path)


def _scale(row: list[str], column: dict[str, int], name: str) -> int:
    value = row[column[name]].strip() or "0"
    if not value.isdigit() or int(value) > 4:
        raise ValueError(f"{name} must be 0 (not logged) to 4 (severe), got {value!r}")
    return int(value)


def _severity(value: int) -> int | None:
    """eMoods 1-4 (none .. severe) as trdjournal's 0-3; eMoods' 0 is "not logged"."""
    return value - 1 if value else None


def _sleep(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        hours = float(text)
    except ValueError:
        raise ValueError(f"SLEEP must be hours like 7.5, got {text!r}") from None
    if not 0 <= hours <= 24:
        raise ValueError(f"SLEEP must be 0 to 24 hours, got {text}")
    return round(hours * 4) / 4 or None


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def parse(path: Path) -> Incoming:
    text, name = read_entry_csv(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip().upper() for cell in next(reader)]
    except StopIteration:
        raise MalformedFile(name, "line 1", "the file is empty") from None
    column = {("DATE" if h.startswith("DATE") else h): i for i, h in enumerate(header)}
    missing = [c for c in REQUIRED if c not in column]
    if missing:
        raise MalformedFile(name, "line 1", f"the header lacks {', '.join(missing)}")
    incoming = Incoming("emoods", fields=FIELDS)
    seen: dict[dt.date, int] = {}
    no_mood: list[int] = []
    last_day = today()
    line = reader.line_num + 1
    for row in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise MalformedFile(
                name, f"line {start}", f"has {len(row)} fields; the header has {len(header)}"
            )
        try:
            raw_date = row[column["DATE"]].strip()
            try:
                day = dt.date.fromisoformat(raw_date[:10])
            except ValueError:
                raise ValueError(f"DATE {raw_date!r} is not a date written YYYY-MM-DD") from None
            scales = {s: _scale(row, column, s) for s in SCALES}
            sleep = _sleep(row[column["SLEEP"]])
            if day > last_day:
                raise ValueError(f"{day} is in the future")
            if day in seen:
                raise ValueError(f"{day} appears twice (first on line {seen[day]})")
            seen[day] = start
            if not any(scales.values()):
                incoming.rows_skipped += 1
                continue
            if not scales["DEPRESSED"]:
                no_mood.append(start)
                continue
            incoming.checkins.append(
                CheckIn(
                    date=day,
                    mood=MOOD_FROM_DEPRESSED[scales["DEPRESSED"]],
                    anxiety=ANXIETY_FROM_SEVERITY.get(scales["ANXIETY"]),
                    elevated=_severity(scales["ELEVATED"]),
                    irritability=_severity(scales["IRRITABILITY"]),
                    sleep_hours=sleep,
                    note=row[column["NOTE"]],
                )
            )
        except ValidationError as exc:
            raise MalformedFile(name, f"line {start}", f"{exc.field}: {exc.message}") from None
        except ValueError as exc:
            raise MalformedFile(name, f"line {start}", str(exc)) from None
    if incoming.rows_skipped:
        incoming.notes.append(
            f"Skipped {_rows(incoming.rows_skipped)} with every scale 0 (days not logged in eMoods)."
        )
    if no_mood:
        shown = ", ".join(map(str, no_mood[:10])) + (" ..." if len(no_mood) > 10 else "")
        incoming.rows_skipped += len(no_mood)
        incoming.notes.append(
            f"Skipped {_rows(len(no_mood))} without a DEPRESSED rating, so with no mood to log "
            f"(line{'s' if len(no_mood) > 1 else ''} {shown})."
        )
    incoming.notes.append(f"Not imported (no place in a check-in): {NOT_IMPORTED}.")
    return incoming

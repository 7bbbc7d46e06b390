"""Bearable's CSV export (the "long format": one row per day and factor).

Format, from public readers of it (a Bearable normaliser in a public Next.js project,
``lib/data/bearable-normalizer.ts``: "Columns: date, date formatted, weekday, time of day,
category, rating/amount, detail, notes"; its tests give sleep as "7:30" in rating/amount, and
mood and energy on 1-10 and 1-5 scales). ``date formatted`` is YYYY-MM-DD; ``date`` may carry a
time as well.

Mapping: a ``Mood`` row is an entry with its rating 1-10 rescaled onto 0-10 (several a day
follow the rule of ``days``); ``Energy`` 1-5 becomes energy 0-10; ``Sleep`` hours ("7:30" or
7.5) sleep hours; ``notes`` the note. Rows of other categories (symptoms, medication, factors,
health measurements) have no place in a check-in: the summary counts them by category.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from trdjournal.domain.errors import ValidationError
from trdjournal.exchange import app_values, html_text, text_input
from trdjournal.exchange.days import Days, Entry
from trdjournal.exchange.incoming import Incoming, MalformedFile
from trdjournal.i18n import _

FIELDS = frozenset({"mood", "energy", "sleep_hours", "note"})
NEEDED = ("category", "rating/amount")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse(path: Path) -> Incoming:
    stream, encoding = text_input.open_text_file(path)
    with stream:
        incoming = _parse(text_input.csv_rows(stream, path, encoding), path)
    incoming.encoding = encoding
    return incoming


def _parse(rows, path: Path) -> Incoming:
    header = [cell.lower() for cell in text_input.header_row(rows, path)]
    column = {name: i for i, name in reversed(list(enumerate(header)))}
    date_column = "date formatted" if "date formatted" in column else "date"
    missing = [c for c in (*NEEDED, date_column) if c not in column]
    if missing:
        raise MalformedFile(
            path,
            _("line {n}").format(n=1),
            _("the header lacks {columns}: not Bearable's export").format(
                columns=", ".join(missing)
            ),
        )
    days = Days(path)
    extras: dict[dt.date, dict] = {}
    others: dict[str, int] = {}
    for line, row in text_input.filled_rows(rows, path, len(header), len(header)):
        category = row[column["category"]].strip()
        value = row[column["rating/amount"]].strip()
        note = row[column["notes"]].strip() if "notes" in column else ""
        try:
            day = app_values.iso_day(row[column[date_column]], date_column)
            kind = category.lower()
            if kind == "mood":
                mood = app_values.rescale(app_values.number(value, "Mood rating/amount"), 1, 10)
                time_text = row[column["time of day"]] if "time of day" in column else ""
                clock = _TIME.search(time_text)
                at = dt.time(int(clock[1]) % 24, int(clock[2]) % 60) if clock else None
                days.add(
                    Entry(day, at, _("line {n}").format(n=line), mood, (), html_text.to_text(note))
                )
                continue
            if kind == "energy":
                energy = app_values.rescale(app_values.number(value, "Energy rating/amount"), 1, 5)
                extras.setdefault(day, {})["energy"] = energy
            elif kind == "sleep":
                extras.setdefault(day, {})["sleep_hours"] = app_values.sleep_hours(value, "Sleep")
            else:
                name = category or _("(no category)")
                others[name] = others.get(name, 0) + 1
                continue
        except ValueError as exc:
            raise MalformedFile(path, _("line {n}").format(n=line), str(exc)) from None
        if note:
            extras.setdefault(day, {}).setdefault("notes", []).append(note)
    checkins = []
    for checkin in days.checkins():
        extra = dict(extras.pop(checkin.date, {}))
        notes = extra.pop("notes", [])
        note = "\n\n".join([checkin.note, *notes]).strip()
        try:
            checkins.append(dataclasses.replace(checkin, note=note, **extra))
        except ValidationError as exc:
            raise MalformedFile(
                path,
                str(checkin.date),
                _("{field}: {message}").format(field=exc.field, message=exc.message),
            ) from None
    incoming = Incoming("bearable", checkins, fields=FIELDS)
    incoming.partials = [
        (day, {k: v for k, v in values.items() if k != "notes"}) for day, values in extras.items()
    ]
    incoming.partials = [(d, v) for d, v in incoming.partials if v]
    days.fill(incoming)
    if others:
        listed = ", ".join(f"{name} ({n})" for name, n in sorted(others.items()))
        incoming.notes.append(
            _("Not imported (no place in a check-in): rows of {rows}.").format(rows=listed)
        )
    return incoming

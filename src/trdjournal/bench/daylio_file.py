"""A Daylio CSV made from the demo history: the import case's input, as the app writes it
(current header, newest first, 12-hour times, a second entry on some days)."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from trdjournal.demo import generate

LABELS = ((9, "rad"), (7, "good"), (5, "meh"), (3, "bad"), (0, "awful"))


def _label(mood: int) -> str:
    return next(label for low, label in LABELS if mood >= low)


def write_daylio_csv(path: Path, days: int, end: dt.date) -> int:
    """Write the file; returns the number of entries (rows below the header)."""
    rng = random.Random(days)
    rows = []
    for checkin in reversed(generate(days, seed=1, end=end).checkins):
        entries = 2 if rng.random() < 0.2 else 1
        for n in range(entries):
            hour = 21 - 12 * n  # 9 pm, then 9 am: newest first within the day too
            day = checkin.date
            rows.append(
                [
                    day.isoformat(),
                    f"{day:%B} {day.day}",
                    f"{day:%A}",
                    f"{(hour - 1) % 12 + 1}:{rng.randrange(60):02d} {'pm' if hour >= 12 else 'am'}",
                    _label(checkin.mood),
                    " | ".join(checkin.tags),
                    "",
                    checkin.note if n == 0 else "",
                ]
            )
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
        )
        writer.writerows(rows)
    return len(rows)


def write_daylio_backup(path: Path, days: int, end: dt.date) -> int:
    """A ``.daylio`` backup (zip of base64 JSON) of the demo history; returns its entries."""
    import base64
    import json
    import zipfile

    tags: dict[str, int] = {}
    entries = []
    for checkin in reversed(generate(days, seed=1, end=end).checkins):
        day = checkin.date
        level = next(i for i, (low, _label) in enumerate(LABELS, start=1) if checkin.mood >= low)
        ids = [tags.setdefault(tag, len(tags) + 1) for tag in checkin.tags]
        entries.append(
            {"id": len(entries) + 1, "year": day.year, "month": day.month - 1, "day": day.day,
             "hour": 21, "minute": 0, "mood": level, "note_title": "", "note": checkin.note,
             "tags": ids, "assets": []}
        )  # fmt: skip
    document = {
        "version": 15,
        "customMoods": [{"id": n, "custom_name": "", "mood_group_id": n} for n in range(1, 6)],
        "tags": [{"id": i, "name": name} for name, i in tags.items()],
        "dayEntries": entries,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("backup.daylio", base64.b64encode(json.dumps(document).encode()))
    return len(entries)


ACTIVITY_FIELDS = ("", "work", "friends | walk", "bad sleep | work", "family | cooking | tv")


def write_many_rows(path: Path, rows: int, end: dt.date) -> int:
    """A Daylio CSV of ``rows`` entries over 20 years (many a day, as heavy users write):
    the streaming case. Written row by row, so writing it needs no memory either."""
    rng = random.Random(rows)
    per_day = max(1, rows // 7300)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "full_date",
                "date",
                "weekday",
                "time",
                "mood",
                "activities",
                "scales",
                "note_title",
                "note",
            ]
        )
        written, day = 0, end
        while written < rows:
            for n in range(min(per_day, rows - written)):
                minutes = 23 * 60 - n * (23 * 60 // per_day)
                writer.writerow(
                    [day.isoformat(), f"{day:%B} {day.day}", f"{day:%A}",
                     f"{minutes // 60}:{minutes % 60:02d}", LABELS[rng.randrange(5)][1],
                     ACTIVITY_FIELDS[rng.randrange(5)], "Sleep: 7h 30m" if n == 0 else "", "",
                     "A short note" if n % 60 == 0 else ""]
                )  # fmt: skip
                written += 1
            day -= dt.timedelta(days=1)
    return written

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

"""Daylio's CSV export.

Daylio writes one row per entry, newest first, with one of these headers::

    full_date,date,weekday,time,mood,activities,note_title,note   (current)
    full_date,date,weekday,time,mood,activities,note
    year,date,weekday,time,mood,activities,note                   (older: "18 May" + year)

``time`` is "10:00 pm" or "20:39". ``mood`` is the label text, which users rename; the mood
map turns labels into trdjournal's 0 (worst) to 10 (best) mood (default rad 9, good 7, meh 5,
bad 3, awful 1; labels match ignoring case and surrounding spaces). ``activities`` are one
field joined by " | " and become tags: lower case, "&" written "and", other characters a tag
cannot hold (/ , . ' emoji...) become spaces, cut to 40 characters.

Several entries on one day become one check-in: the notes (with their titles) are joined in
the order of the day, the activities are combined, and the mood is the mean of the entries'
moods rounded to the nearest whole number, halves rounded up (7 and 8 give 8).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from pathlib import Path

from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import CheckIn, normalize_tag
from trdjournal.exchange.incoming import Incoming, MalformedFile, UnknownMoodLabels

DEFAULT_MOOD_MAP = {"rad": 9, "good": 7, "meh": 5, "bad": 3, "awful": 1}
HEADERS = (
    ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"),
    ("full_date", "date", "weekday", "time", "mood", "activities", "note"),
    ("year", "date", "weekday", "time", "mood", "activities", "note"),
)
FIELDS = frozenset({"mood", "tags", "note"})
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$", re.I)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_NOT_IN_TAG = re.compile(r"[^\w\- ]+")


def parse_mood_map(text: str | None) -> dict[str, int]:
    """``"great=9,so-so=5"`` on top of the default map; labels are matched ignoring case."""
    mapping = dict(DEFAULT_MOOD_MAP)
    if not text:
        return mapping
    for item in text.split(","):
        label, sep, value = item.rpartition("=")
        label = label.strip().lower()
        value = value.strip()
        if not sep or not label or not value.lstrip("-").isdigit() or not 0 <= int(value) <= 10:
            raise ValidationError(
                "--mood-map",
                f"{item.strip()!r} is not LABEL=N with N a mood from 0 (worst) to 10 (best); "
                'for example --mood-map "great=9,so-so=5"',
            )
        mapping[label] = int(value)
    return mapping


def tag_from_activity(activity: str) -> str | None:
    text = activity.strip().lower().replace("&", " and ")
    text = " ".join(_NOT_IN_TAG.sub(" ", text).split()).lstrip("- ")
    text = text[:40].rstrip("- ")
    return normalize_tag(text) if text else None


def _time(text: str) -> dt.time:
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(f'the time "{text}" is neither like "10:00 pm" nor like "20:39"')
    hour, minute = int(match[1]), int(match[2])
    second = int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise ValueError(f'the time "{text}" has hour {hour}; a 12-hour clock runs 1-12')
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise ValueError(f'the time "{text}" is not a time of day') from None


def _day(full_date: str | None, year: str | None, date_text: str) -> dt.date:
    if full_date is not None:
        try:
            return dt.date.fromisoformat(full_date.strip())
        except ValueError:
            raise ValueError(f'full_date "{full_date}" is not a date written YYYY-MM-DD') from None
    words = re.findall(r"[^\W\d_]+", date_text.lower())
    numbers = re.findall(r"\d+", date_text)
    month = _MONTHS.get(words[0]) if len(words) == 1 else None
    if month is None or len(numbers) != 1 or not (year or "").strip().isdigit():
        raise ValueError(
            f'the date "{date_text}" (year "{year}") is not a day and an English month name '
            'like "18 May"; export again from a newer Daylio, which also writes full_date'
        )
    try:
        return dt.date(int(year), month, int(numbers[0]))
    except ValueError:
        raise ValueError(f'"{date_text} {year}" is not a real calendar date') from None


def _mean_half_up(values: list[int]) -> int:
    # (2*sum + n) // (2*n) is floor(mean + 1/2): exact integer arithmetic, halves round up.
    return (2 * sum(values) + len(values)) // (2 * len(values))


def parse(path: Path, mood_map: dict[str, int] | None = None) -> Incoming:
    text = path.read_text(encoding="utf-8-sig")
    return parse_text(text, path, mood_map or dict(DEFAULT_MOOD_MAP))


def parse_text(text: str, path: Path, mood_map: dict[str, int]) -> Incoming:
    mood_map = {label.strip().lower(): value for label, value in mood_map.items()}
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = tuple(cell.strip().lower() for cell in next(reader))
    except StopIteration:
        raise MalformedFile(path, "line 1", "the file is empty") from None
    if header not in HEADERS:
        raise MalformedFile(
            path,
            "line 1",
            f"the header {','.join(header)!r} is not one of Daylio's: "
            + "; ".join(",".join(h) for h in HEADERS),
        )
    column = {name: i for i, name in enumerate(header)}
    tags_of: dict[str, list[str]] = {}  # the same few activity fields recur for years
    last_day = today()
    entries = []  # (day, time, line, mood, tags, note)
    unknown: dict[str, tuple[int, int]] = {}
    line = reader.line_num + 1
    for row in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise MalformedFile(
                path, f"line {start}", f"has {len(row)} fields; the header has {len(header)}"
            )
        try:
            day = _day(
                row[column["full_date"]] if "full_date" in column else None,
                row[column["year"]] if "year" in column else None,
                row[column["date"]],
            )
            at = _time(row[column["time"]])
            activities = row[column["activities"]]
            tags = tags_of.get(activities)
            if tags is None:
                tags = [t for t in map(tag_from_activity, activities.split("|")) if t]
                tags_of[activities] = tags
        except (ValueError, ValidationError) as exc:
            reason = exc.message if isinstance(exc, ValidationError) else str(exc)
            raise MalformedFile(path, f"line {start}", reason) from None
        if day > last_day:
            raise MalformedFile(path, f"line {start}", f"{day} is in the future")
        label = row[column["mood"]].strip().lower()
        if label not in mood_map:
            count, first = unknown.get(label, (0, start))
            unknown[label] = (count + 1, first)
            continue
        parts = [row[column[name]].strip() for name in ("note_title", "note") if name in column]
        entries.append((day, at, start, mood_map[label], tags, "\n".join(p for p in parts if p)))
    if unknown:
        raise UnknownMoodLabels(unknown)
    return Incoming("daylio", _merge_days(entries, path), fields=FIELDS)


def _merge_days(entries: Iterable[tuple], path: Path) -> list[CheckIn]:
    checkins = []
    by_day: dict[dt.date, list[tuple]] = {}
    for entry in sorted(entries, key=lambda e: (e[0], e[1], -e[2])):  # oldest first
        by_day.setdefault(entry[0], []).append(entry)
    for day, group in by_day.items():
        tags = list(dict.fromkeys(tag for entry in group for tag in entry[4]))
        note = "\n\n".join(entry[5] for entry in group if entry[5])
        try:
            checkins.append(
                CheckIn(date=day, mood=_mean_half_up([e[3] for e in group]), tags=tags, note=note)
            )
        except ValidationError as exc:
            lines = ", ".join(str(e[2]) for e in group)
            where = f"line {lines}" if len(group) == 1 else f"lines {lines} ({day}, merged)"
            raise MalformedFile(path, where, f"{exc.field}: {exc.message}") from None
    return checkins

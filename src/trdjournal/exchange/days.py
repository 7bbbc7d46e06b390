"""Entries read from another app, gathered into one check-in a day (the journal keeps one a day).

The rule for a day with several entries, the same for every app:

- **mood** is the mean of the entries' moods, rounded to the nearest whole number, halves up
  (7 and 8 give 8);
- when the moods differ, the note begins with the **lowest** one and its time
  ("Lowest mood of the day: 3 at 07:00 (3 entries; the mood is their mean)."), so a bad
  moment is not averaged away;
- every **note** is kept, oldest first, each after its time ("[07:00] ...");
- **tags** are those of all entries, oldest first;
- sleep hours, sleep quality, anxiety and energy are the latest entry's that has one;
- a day's notes longer together than the journal holds (``MAX_NOTE``) are cut there, with a
  line saying how much was left out, and the summary lists those days.

Entries are folded in as they are read, so a file of a million entries needs memory for its
days, not its rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import MAX_NOTE, CheckIn
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.i18n import N_, _, ngettext

RULE = N_(
    "mood = the mean, rounded, halves up; the lowest mood and its time kept in the note; "
    "every note kept with its time; tags combined"
)
MEASURES = ("sleep_hours", "sleep_quality", "anxiety", "energy")


@dataclasses.dataclass(slots=True)
class Entry:
    day: dt.date
    at: dt.time | None
    where: str  # "line 12", "dayEntries[3]": for messages
    mood: int
    tags: Iterable[str] = ()
    note: str = ""
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    anxiety: int | None = None
    energy: int | None = None


class _Day:
    __slots__ = ("count", "sum", "lowest", "moods_differ", "tags", "notes", "measures", "wheres")

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0
        self.lowest: tuple[int, tuple, dt.time | None] | None = None
        self.moods_differ = False
        self.tags: dict[str, tuple] = {}  # tag -> the key of its oldest entry
        self.notes: list[tuple[tuple, dt.time | None, str]] = []
        self.measures: dict[str, tuple[tuple, object]] = {}
        self.wheres: list[str] = []


def mean_half_up(total: int, count: int) -> int:
    # (2*sum + n) // (2*n) is floor(mean + 1/2): exact integer arithmetic, halves round up.
    return (2 * total + count) // (2 * count)


class Days:
    """Fold entries into days; ``checkins()`` gives one CheckIn a day, oldest first."""

    def __init__(self, name: str | Path):
        self.name = name
        self._days: dict[dt.date, _Day] = {}
        self.entries = 0
        self.cut: list[dt.date] = []  # days whose notes were longer than a check-in holds

    def add(self, entry: Entry) -> None:
        self.entries += 1
        day = self._days.get(entry.day)
        if day is None:
            day = self._days[entry.day] = _Day()
        # Oldest first: by time of day, then file order (entries without a time keep theirs).
        key = (entry.at or dt.time.min, self.entries)
        if day.count and entry.mood * day.count != day.sum:
            day.moods_differ = True
        day.count += 1
        day.sum += entry.mood
        if day.lowest is None or (entry.mood, key) < (day.lowest[0], day.lowest[1]):
            day.lowest = (entry.mood, key, entry.at)
        for i, tag in enumerate(entry.tags):  # per tag, not per entry: a busy day stays small
            if tag not in day.tags or (key, i) < day.tags[tag]:
                day.tags[tag] = (key, i)
        if entry.note:
            day.notes.append((key, entry.at, entry.note))
        for name in MEASURES:
            value = getattr(entry, name)
            if value is not None and (name not in day.measures or key > day.measures[name][0]):
                day.measures[name] = (key, value)
        if len(day.wheres) < 5:
            day.wheres.append(entry.where)

    @property
    def merged(self) -> int:
        """Days that had several entries."""
        return sum(1 for day in self._days.values() if day.count > 1)

    def __len__(self) -> int:
        return len(self._days)

    def checkins(self) -> list[CheckIn]:
        return [self._checkin(date, self._days[date]) for date in sorted(self._days)]

    def _checkin(self, date: dt.date, day: _Day) -> CheckIn:
        notes = sorted(day.notes, key=lambda n: n[0])
        if day.count == 1:
            text = "\n\n".join(note for _key, _at, note in notes)
        else:
            text = "\n\n".join(f"[{_clock(at)}] {note}" if at else note for _k, at, note in notes)
            if day.moods_differ and day.lowest is not None:
                low, _key, at = day.lowest
                if at:
                    lowest = ngettext(
                        "Lowest mood of the day: {mood} at {time} ({n} entry; the mood is "
                        "their mean).",
                        "Lowest mood of the day: {mood} at {time} ({n} entries; the mood is "
                        "their mean).",
                        day.count,
                    ).format(mood=low, time=_clock(at), n=day.count)
                else:
                    lowest = ngettext(
                        "Lowest mood of the day: {mood} ({n} entry; the mood is their mean).",
                        "Lowest mood of the day: {mood} ({n} entries; the mood is their mean).",
                        day.count,
                    ).format(mood=low, n=day.count)
                text = f"{lowest}\n\n{text}" if text else lowest
        if len(text) > MAX_NOTE:
            left_out = len(text) - (MAX_NOTE - 120)
            text = text[: MAX_NOTE - 120].rstrip() + "\n[{}]".format(
                ngettext(
                    "{n} more character of this day's notes was not kept: a check-in holds "
                    "{limit}.",
                    "{n} more characters of this day's notes were not kept: a check-in holds "
                    "{limit}.",
                    left_out,
                ).format(n=left_out, limit=MAX_NOTE)
            )
            self.cut.append(date)
        tags = sorted(day.tags, key=day.tags.__getitem__)
        measures = {name: value for name, (_key, value) in day.measures.items()}
        try:
            return CheckIn(
                date=date,
                mood=mean_half_up(day.sum, day.count),
                tags=tags,
                note=text,
                **measures,
            )
        except ValidationError as exc:
            where = ", ".join(day.wheres)
            if day.count > 1:
                where = _("{where} ({date}, merged)").format(where=where, date=date)
            raise MalformedFile(
                self.name,
                where,
                _("{field}: {message}").format(field=exc.field, message=exc.message),
            ) from None

    def fill(self, incoming) -> None:
        """Tell ``incoming`` what the summary says about the entries (after ``checkins()``)."""
        incoming.entries = self.entries if incoming.entries is None else incoming.entries
        incoming.days_merged = self.merged
        if self.cut:
            shown = ", ".join(d.isoformat() for d in self.cut[:10])
            if len(self.cut) > 10:
                shown = _("{shown} and {n} more days").format(shown=shown, n=len(self.cut) - 10)
            incoming.notes.append(
                _(
                    "Notes cut at {limit} characters (what a check-in holds) on {days}; the rest "
                    "is still in the file."
                ).format(limit=MAX_NOTE, days=shown)
            )


def _clock(at: dt.time) -> str:
    return f"{at:%H:%M}"


def merged_line(days: int) -> str:
    return ngettext(
        "{n} day had several entries (merged: {rule}).",
        "{n} days had several entries (merged: {rule}).",
        days,
    ).format(n=days, rule=_(RULE))

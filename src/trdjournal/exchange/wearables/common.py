"""The neutral shape every wearable parser returns, and the rules that turn it into the
journal's device values (domain/device.py).

A parser reports each **sleep period** as the device recorded it (when it ended, seconds
asleep, seconds in bed where known, and whether the device called it a nap) and each **day**'s
steps and active minutes. ``to_values`` then applies the journal's rules, the same for every
source:

- A night belongs to the day you wake up: the local calendar date of the period's end.
- Naps are kept apart: a period the device marks as a nap, or, when it does not say, every
  period of a wake day but its longest, counts into ``nap_hours``, not into the night.
- Asleep and in bed are kept apart: ``sleep_hours`` is time asleep (all asleep stages summed),
  ``in_bed_hours`` the time in bed, where the device records it.
- Hours are rounded to the journal's quarter hours (after summing, so rounding errors do not
  add up); a sum over 24 h (overlapping records) is capped at 24 h.
- Steps and active minutes: one value a day; when a file holds a day twice, the larger is kept.
- Days after today are left out (a clock set wrong), and say so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from trdjournal.domain import dates
from trdjournal.domain.device import DeviceValue, quarter_hours
from trdjournal.exchange.app_values import read_number
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.i18n import _, ngettext

DAY_SECONDS = 24 * 3600


@dataclasses.dataclass(frozen=True)
class SleepPeriod:
    end: dt.datetime  # local wall-clock time of waking (its date is the night's day)
    asleep_seconds: float
    in_bed_seconds: float | None = None
    nap: bool | None = None  # None: the device does not say (the longest of the day is the night)


@dataclasses.dataclass(frozen=True)
class DayActivity:
    date: dt.date
    steps: int | None = None
    active_minutes: int | None = None


@dataclasses.dataclass
class DeviceData:
    source: str  # a key of domain.device.SOURCES
    sleeps: list[SleepPeriod] = dataclasses.field(default_factory=list)
    days: list[DayActivity] = dataclasses.field(default_factory=list)
    entries: int = 0  # records read from the file
    notes: list[str] = dataclasses.field(default_factory=list)


def _nights(sleeps: Iterable[SleepPeriod]) -> dict[dt.date, tuple[list, list]]:
    """Wake day -> (night periods, nap periods)."""
    by_day: dict[dt.date, list[SleepPeriod]] = defaultdict(list)
    for period in sleeps:
        by_day[period.end.date()].append(period)
    out = {}
    for day, periods in by_day.items():
        night = [p for p in periods if p.nap is False]
        naps = [p for p in periods if p.nap is True]
        undecided = sorted(
            (p for p in periods if p.nap is None), key=lambda p: p.asleep_seconds, reverse=True
        )
        if undecided and not night:
            night.append(undecided.pop(0))
        out[day] = (night, naps + undecided)
    return out


def _hours(seconds: float) -> float:
    return min(quarter_hours(max(seconds, 0)), 24.0)


def to_values(data: DeviceData) -> list[DeviceValue]:
    """The file's device values by the rules above, oldest day first."""
    values: list[DeviceValue] = []
    source = data.source
    for day, (night, naps) in _nights(data.sleeps).items():
        if night:
            values.append(
                DeviceValue(
                    day, "sleep_hours", _hours(sum(p.asleep_seconds for p in night)), source
                )
            )
            in_bed = [p.in_bed_seconds for p in night if p.in_bed_seconds is not None]
            if in_bed:
                values.append(DeviceValue(day, "in_bed_hours", _hours(sum(in_bed)), source))
        if naps and (nap_hours := _hours(sum(p.asleep_seconds for p in naps))) > 0:
            values.append(DeviceValue(day, "nap_hours", nap_hours, source))
    best: dict[tuple[dt.date, str], int] = {}
    for activity in data.days:
        for field, value in (
            ("steps", activity.steps),
            ("activity_minutes", activity.active_minutes),
        ):
            if value is not None and value >= 0:
                key = (activity.date, field)
                best[key] = max(best.get(key, 0), int(value))
    for (day, field), value in best.items():
        limit = 1440 if field == "activity_minutes" else 200_000
        values.append(DeviceValue(day, field, min(value, limit), source))
    today = dates.today()
    future = {v.date for v in values if v.date > today}
    if future:
        data.notes.append(
            ngettext(
                "Left out {n} day after today (from {day}): is the device's clock right?",
                "Left out {n} days after today (from {day}): is the device's clock right?",
                len(future),
            ).format(n=len(future), day=min(future).isoformat())
        )
    return sorted((v for v in values if v.date <= today), key=lambda v: (v.date, v.field))


# -- small readers the parsers share ------------------------------------------------------
def number(path: Path | str, where: str, value: object, *, whole: bool = False) -> float:
    """A JSON/CSV number (or numeric text, read by ``app_values.read_number``: a decimal comma
    is decimal; ``whole`` for counts such as steps, where "12,345" groups thousands), or a
    MalformedFile naming where it was."""
    if not isinstance(value, str | int | float):
        raise MalformedFile(path, where, _not_a_number(value))
    try:
        return read_number(value, whole=whole)
    except ValueError:
        raise MalformedFile(path, where, _not_a_number(value)) from None


def _not_a_number(value: object) -> str:
    return _("is not a number (got {value})").format(value=repr(value))


def iso_datetime(path: Path | str, where: str, value: object) -> dt.datetime:
    """An ISO 8601 time as written (its own offset kept: local wall time)."""
    try:
        return dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        raise MalformedFile(
            path,
            where,
            _("is not a time like 2024-01-02T07:00:00 (got {value})").format(value=repr(value)),
        ) from None


def iso_date(path: Path | str, where: str, value: object) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise MalformedFile(
            path, where, _("is not a date like 2024-01-02 (got {value})").format(value=repr(value))
        ) from None


LATEST_EPOCH = 4_102_444_800  # 2100-01-01: a later time stamp is not a measurement


def epoch(path: Path | str, where: str, value: object, *, millis: bool = False) -> float:
    """A database's time stamp (epoch seconds, or milliseconds) as seconds, checked."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise MalformedFile(
            path, where, _("is not a time stamp (got {value})").format(value=repr(value))
        )
    seconds = value / 1000 if millis else float(value)
    if not 0 <= seconds < LATEST_EPOCH:
        raise MalformedFile(
            path,
            where,
            _("is not a time between 1970 and 2100 (got {value})").format(value=repr(value)),
        )
    return seconds


def zone_offset(path: Path | str, where: str, value: object) -> int | None:
    """A UTC offset in seconds (None: not recorded), checked."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 18 * 3600:
        raise MalformedFile(
            path, where, _("is not a UTC offset in seconds (got {value})").format(value=repr(value))
        )
    return value


def count(path: Path | str, where: str, value: object) -> float:
    """A database's count or duration: a number (None counts as 0)."""
    if value is None:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise MalformedFile(path, where, _not_a_number(value))
    return float(value)


def local_time(epoch_seconds: float, offset_seconds: int | None = None) -> dt.datetime:
    """Wall-clock time of an epoch time: at the given UTC offset, else this computer's zone."""
    if offset_seconds is None:
        return dt.datetime.fromtimestamp(epoch_seconds)
    zone = dt.timezone(dt.timedelta(seconds=offset_seconds))
    return dt.datetime.fromtimestamp(epoch_seconds, zone)

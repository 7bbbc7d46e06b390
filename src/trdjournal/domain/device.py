"""Values a watch, ring or phone measured, kept apart from what the user typed.

A ``DeviceValue`` is one number for one day from one source (``device_values`` table, one row
per day, field and source). The check-in is never changed by a device: its empty fields are
filled from these values when it is read for the Journal view and the charts (``fill``), and a
typed value always wins. A day with device values but no check-in keeps them too, and they
fill that day's check-in once it is logged.

Rules (the README repeats them for users):
- a night belongs to the day you wake up; naps are kept apart (``nap_hours``), and so is the
  time in bed (``in_bed_hours``) from the time asleep (``sleep_hours``);
- sleep hours are rounded to the journal's quarter hours;
- activity minutes are the device's own active minutes, where it gives them;
- steps go into the check-in's optional ``steps`` field;
- when two devices measured the same day and field, the one imported first is shown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _, shown_number

MAX_STEPS = 200_000
# field -> (what it is, kind): kind "hours" (0-24 in quarter hours) or a whole-number maximum
FIELDS: dict[str, tuple[str, str | int]] = {
    "sleep_hours": ("hours asleep in the night", "hours"),
    "in_bed_hours": ("hours in bed in the night", "hours"),
    "nap_hours": ("hours asleep in naps", "hours"),
    "steps": ("steps", MAX_STEPS),
    "activity_minutes": ("active minutes", 1440),
}
# The device fields that fill a check-in's empty field of the same name.
FILLS = ("sleep_hours", "activity_minutes", "steps")
SOURCES = {
    "apple-health": "Apple Health",
    "google-fit": "Google Fit",
    "health-connect": "Health Connect",
    "fitbit": "Fitbit",
    "oura": "Oura",
    "garmin": "Garmin Connect",
    "gadgetbridge": "Gadgetbridge",
    # Apps where a day can hold sleep but no mood (eMoods, Bearable): such a day cannot be a
    # check-in, so its values are kept here like a device's, and fill the day once it is logged.
    "emoods": "eMoods",
    "bearable": "Bearable",
}
LOGGED_IN_APP = frozenset({"emoods", "bearable"})  # typed in that app, not measured
TYPED = "typed"  # the source of a value the user entered


def quarter_hours(seconds: float) -> float:
    """Seconds as hours rounded to the nearest quarter hour (the journal's sleep unit)."""
    return round(seconds / 900) / 4


@dataclasses.dataclass(frozen=True, slots=True)
class DeviceValue:
    date: dt.date
    field: str
    value: float
    source: str
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.date, dt.date) or isinstance(self.date, dt.datetime):
            raise ValidationError(
                "date", _("must be a date (got {date})").format(date=repr(self.date))
            )
        if self.field not in FIELDS:
            raise ValidationError(
                "field", _("must be one of {names}").format(names=", ".join(FIELDS))
            )
        if self.source not in SOURCES:
            raise ValidationError(
                "source", _("must be one of {names}").format(names=", ".join(SOURCES))
            )
        value, kind = self.value, FIELDS[self.field][1]
        number = (
            not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)
        )
        if kind == "hours":
            if not (number and 0 <= value <= 24 and float(value * 4).is_integer()):
                raise ValidationError(
                    self.field,
                    _("must be hours from 0 to 24 in quarter hours (got {value})").format(
                        value=shown_number(value)
                    ),
                )
            object.__setattr__(self, "value", float(value))
        else:
            if not (number and value == int(value) and 0 <= value <= kind):
                raise ValidationError(
                    self.field,
                    _("must be a whole number from 0 to {kind} (got {value})").format(
                        kind=kind, value=repr(value)
                    ),
                )
            object.__setattr__(self, "value", int(value))

    @property
    def source_name(self) -> str:
        return SOURCES[self.source]

    @property
    def key(self) -> tuple[dt.date, str, str]:
        return (self.date, self.field, self.source)


def shown(values: Iterable[DeviceValue]) -> dict[dt.date, dict[str, DeviceValue]]:
    """Per day, per field, the device value shown: the first imported (lowest id) when two
    devices measured the same thing, so a later import never changes what was shown."""
    out: dict[dt.date, dict[str, DeviceValue]] = {}
    for value in sorted(values, key=lambda v: (v.id is None, v.id or 0)):
        out.setdefault(value.date, {}).setdefault(value.field, value)
    return out


def fill(checkin: Any, device: dict[str, DeviceValue]) -> tuple[Any, dict[str, str]]:
    """The check-in with its empty fields filled from the day's device values, and the source
    of every filled field (field -> source key). A typed value is never replaced."""
    changes, sources = {}, {}
    for name in FILLS:
        found = device.get(name)
        if found is not None and hasattr(checkin, name) and getattr(checkin, name) is None:
            changes[name] = found.value
            sources[name] = found.source
    if not changes:
        return checkin, sources
    if hasattr(checkin, "_replace"):  # storage's DailyMeasures, a NamedTuple
        return checkin._replace(**changes), sources
    return dataclasses.replace(checkin, **changes), sources

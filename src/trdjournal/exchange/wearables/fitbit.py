"""Fitbit, from its Google Takeout (or the older fitbit.com "Export your account archive"):
``Fitbit/Global Export Data/sleep-YYYY-MM-DD.json``, ``steps-YYYY-MM-DD.json`` and, where
present, ``moderately_active_minutes-*.json`` and ``very_active_minutes-*.json``. A zip of the
export, or one of those files on its own.

Format, from the Fitbit Web API's sleep log (dev.fitbit.com, "Get Sleep Log", v1.2), whose
records the export writes one per sleep: ``dateOfSleep`` (the wake day), ``startTime`` and
``endTime`` (local time, no offset, ``2024-01-01T23:10:30.000``), ``minutesAsleep``,
``timeInBed`` (minutes), and ``mainSleep`` (``isMainSleep`` in the API) false for a nap. Steps
and active minutes are lists of ``{"dateTime": "01/02/24 00:00:00", "value": "12"}`` (the
date as MM/DD/YY), as the Web API's activity time series return them.

Read as: a night's sleep is ``minutesAsleep`` (all asleep stages), in bed is ``timeInBed``;
steps are summed per day (the files hold one value a minute); active minutes are Fitbit's
"fairly active" (``moderately_active_minutes``) plus "very active" minutes, Fitbit's own
definition of active minutes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from trdjournal.exchange.incoming import MalformedFile
from trdjournal.exchange.wearables import files
from trdjournal.exchange.wearables.common import (
    DayActivity,
    DeviceData,
    SleepPeriod,
    iso_date,
    iso_datetime,
    number,
)
from trdjournal.i18n import _

SOURCE = "fitbit"
PATTERNS = (
    "sleep-*.json",
    "steps-*.json",
    "moderately_active_minutes-*.json",
    "very_active_minutes-*.json",
)


def _day(path: Path, where: str, text: object) -> dt.date:
    try:
        return dt.datetime.strptime(str(text).strip()[:8], "%m/%d/%y").date()
    except ValueError:
        raise MalformedFile(
            path,
            where,
            _("{field} is not a date like 01/02/24 00:00:00 (got {value})").format(
                field="dateTime", value=repr(text)
            ),
        ) from None


def parse(path: Path) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    steps: dict[dt.date, float] = defaultdict(float)
    active: dict[dt.date, float] = defaultdict(float)
    with files.Export(path) as export:
        for name in export.members(*PATTERNS):
            kind = files.basename(name).lower().split("-", 1)[0]
            for i, record in enumerate(export.json_list(name)):
                where = f"{files.basename(name)}[{i}]"
                data.entries += 1
                if kind == "sleep":
                    data.sleeps.append(_sleep(path, where, record))
                    continue
                day = _day(path, where, record.get("dateTime"))
                value = number(path, f"{where} value", record.get("value"), whole=True)
                (steps if kind == "steps" else active)[day] += value
    data.days = [
        DayActivity(day, round(steps[day]) if day in steps else None, _minutes(active, day))
        for day in sorted(set(steps) | set(active))
    ]
    return data


def _minutes(active: dict[dt.date, float], day: dt.date) -> int | None:
    return round(active[day]) if day in active else None


def _sleep(path: Path, where: str, record: dict) -> SleepPeriod:
    if "endTime" in record:
        end = iso_datetime(path, f"{where} endTime", record["endTime"])
    elif "dateOfSleep" in record:
        day = iso_date(path, f"{where} dateOfSleep", record["dateOfSleep"])
        end = dt.datetime.combine(day, dt.time(12))
    else:
        raise MalformedFile(
            path,
            where,
            _("has neither {one} nor {other}").format(one="endTime", other="dateOfSleep"),
        )
    asleep = number(path, f"{where} minutesAsleep", record.get("minutesAsleep", 0)) * 60
    in_bed = record.get("timeInBed")
    main = record.get("mainSleep", record.get("isMainSleep"))
    return SleepPeriod(
        end,
        asleep,
        None if in_bed is None else number(path, f"{where} timeInBed", in_bed) * 60,
        None if main is None else not bool(main),
    )

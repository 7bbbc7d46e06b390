"""Garmin Connect, from the account's data export (garmin.com > Account > "Export Your Data":
a zip): ``DI_CONNECT/DI-Connect-Wellness/*_sleepData.json`` for sleep and the daily summaries
``DI_CONNECT/DI-Connect-Aggregator/UDSFile_*.json`` for steps; the zip, or one of those files
on its own.

Format, from the Garmin Connect wellness API's field names, which the export writes (also read
by open-source projects such as matin/garth and the garmin-export-parser package): a sleep
record per night with ``calendarDate`` (the wake day), ``sleepStartTimestampGMT`` and
``sleepEndTimestampGMT`` (``2024-01-01T22:10:00.0``, UTC), ``deepSleepSeconds``,
``lightSleepSeconds``, ``remSleepSeconds`` and ``awakeSleepSeconds``; a daily summary per day
with ``calendarDate``, ``totalSteps``, ``moderateIntensityMinutes`` and
``vigorousIntensityMinutes``.

Read as: time asleep is deep + light + REM; time in bed is the span from sleep start to end;
the night's day is ``calendarDate``. Active minutes are the minutes of moderate plus vigorous
intensity (time, not Garmin's doubled "intensity minutes" score).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from trdjournal.exchange.wearables import files
from trdjournal.exchange.wearables.common import (
    DayActivity,
    DeviceData,
    SleepPeriod,
    iso_date,
    iso_datetime,
    number,
)

SOURCE = "garmin"
SLEEP_FILES, SUMMARY_FILES = "*_sleepdata.json", "udsfile_*.json"
PATTERNS = (SLEEP_FILES, SUMMARY_FILES)  # what detection and parse both look for
STAGES = ("deepSleepSeconds", "lightSleepSeconds", "remSleepSeconds")


def parse(path: Path) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    with files.Export(path) as export:
        for name in export.members(*PATTERNS):
            sleep = files.basename(name).lower().endswith("_sleepdata.json")
            for i, record in enumerate(export.json_list(name)):
                where = f"{files.basename(name)}[{i}]"
                data.entries += 1
                if sleep:
                    _sleep(path, where, record, data)
                else:
                    _summary(path, where, record, data)
    return data


def _optional(path: Path, where: str, value: Any, *, whole: bool = False) -> float | None:
    return None if value in (None, "") else number(path, where, value, whole=whole)


def _sleep(path: Path, where: str, record: dict, data: DeviceData) -> None:
    day = iso_date(path, f"{where} calendarDate", record.get("calendarDate"))
    stages = [_optional(path, f"{where} {k}", record.get(k)) for k in STAGES]
    if all(s is None for s in stages):
        return  # a night the watch did not measure (not worn)
    start, end = record.get("sleepStartTimestampGMT"), record.get("sleepEndTimestampGMT")
    in_bed = None
    if start and end:
        span = iso_datetime(path, f"{where} sleepEndTimestampGMT", end) - iso_datetime(
            path, f"{where} sleepStartTimestampGMT", start
        )
        in_bed = span.total_seconds()
    wake = dt.datetime.combine(day, dt.time(12))
    data.sleeps.append(SleepPeriod(wake, sum(s or 0 for s in stages), in_bed, nap=False))


def _summary(path: Path, where: str, record: dict, data: DeviceData) -> None:
    day = iso_date(path, f"{where} calendarDate", record.get("calendarDate"))
    steps = _optional(path, f"{where} totalSteps", record.get("totalSteps"), whole=True)
    parts = [
        _optional(path, f"{where} {k}", record.get(k))
        for k in ("moderateIntensityMinutes", "vigorousIntensityMinutes")
    ]
    minutes = None if all(p is None for p in parts) else round(sum(p or 0 for p in parts))
    data.days.append(DayActivity(day, None if steps is None else round(steps), minutes))

"""Oura, from its data export (Oura app or membership hub: "Export data"): JSON, or CSV files
(``sleep.csv``, ``dailyactivity.csv``/``daily_activity.csv``), a zip of them or one on its own.

Format, from Oura's API v2 documentation (cloud.ouraring.com/v2/docs), whose field names the
export uses: a ``sleep`` document per sleep period with ``day``, ``bedtime_start``,
``bedtime_end`` (ISO 8601 with the offset), ``total_sleep_duration`` and ``time_in_bed``
(seconds) and ``type`` (``long_sleep`` for the night; ``sleep``, ``late_nap`` and ``rest``
are shorter periods; ``deleted`` is left out); a ``daily_activity`` document per day with
``day``, ``steps``, ``high_activity_time`` and ``medium_activity_time`` (seconds). The older
v1 export (JSON with ``sleep`` and ``activity`` lists) writes ``summary_date``, ``total`` and
``duration`` (seconds), ``is_longest`` and, for activity, ``steps``, ``high`` and ``medium``
(minutes); both are read.

Read as: the night is the long sleep (``is_longest`` in v1); every other period is a nap. The
wake day is the date of ``bedtime_end``. Active minutes are Oura's medium plus high activity.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

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

SOURCE = "oura"
SLEEP_COLUMNS = {"bedtime_end", "total_sleep_duration"}
ACTIVITY_COLUMNS = {"day", "steps", "high_activity_time"}


def looks_like_json(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("sleep"), list)
        and (
            "daily_activity" in data
            or "activity" in data
            or "readiness" in data
            or any(isinstance(s, dict) and "bedtime_end" in s for s in data["sleep"][:5])
        )
    )


def looks_like_csv(header: set[str]) -> bool:
    return header >= SLEEP_COLUMNS or header >= ACTIVITY_COLUMNS


def parse(path: Path) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    with files.Export(path) as export:
        for name in export.members("*.json", "*.csv"):
            where = files.basename(name)
            if name.lower().endswith(".json"):
                document = export.read_json(name)
                if not looks_like_json(document):
                    continue
                for i, record in enumerate(document.get("sleep") or []):
                    _sleep(path, f"{where} sleep[{i}]", record, data)
                for key in ("daily_activity", "activity"):
                    for i, record in enumerate(document.get(key) or []):
                        _activity(path, f"{where} {key}[{i}]", record, data)
                continue
            with export.csv_rows(name) as rows:
                _csv(path, where, rows, data)
    if not data.entries:
        raise MalformedFile(path, _("the file"), _("holds no Oura sleep or daily activity records"))
    return data


def _line(name: str, line: int) -> str:
    return _("{file} line {n}").format(file=name, n=line)


def _csv(path: Path, where: str, rows, data: DeviceData) -> None:
    """sleep.csv or dailyactivity.csv: each record named by the line it starts on."""
    first = next(rows, None)
    header = [cell.strip().lstrip("\ufeff").lower() for cell in first[1]] if first else []
    if set(header) >= SLEEP_COLUMNS:
        read = _sleep
    elif set(header) >= ACTIVITY_COLUMNS:
        read = _activity
    else:
        return
    for line, cells in rows:
        if any(cell.strip() for cell in cells):
            read(path, _line(where, line), dict(zip(header, cells, strict=False)), data)


def _seconds(path: Path, where: str, value: Any, *, whole: bool = False) -> float | None:
    return None if value in (None, "") else number(path, where, value, whole=whole)


def _sleep(path: Path, where: str, record: Any, data: DeviceData) -> None:
    if not isinstance(record, dict):
        raise MalformedFile(path, where, _("is not a sleep record"))
    kind = record.get("type")
    if kind == "deleted":
        return
    data.entries += 1
    if record.get("bedtime_end"):
        end = iso_datetime(path, f"{where} bedtime_end", record["bedtime_end"])
    elif record.get("day"):
        end = dt.datetime.combine(iso_date(path, f"{where} day", record["day"]), dt.time())
    else:  # v1: summary_date is the evening the night began
        start = iso_date(path, f"{where} summary_date", record.get("summary_date"))
        end = dt.datetime.combine(start + dt.timedelta(days=1), dt.time())
    asleep = _seconds(path, f"{where} total_sleep_duration", record.get("total_sleep_duration"))
    if asleep is None:
        asleep = _seconds(path, f"{where} total", record.get("total")) or 0
    in_bed = _seconds(path, f"{where} time_in_bed", record.get("time_in_bed"))
    if in_bed is None:
        in_bed = _seconds(path, f"{where} duration", record.get("duration"))
    if kind is not None and kind != "":
        nap: bool | None = kind != "long_sleep"
    elif record.get("is_longest") not in (None, ""):
        nap = not int(number(path, f"{where} is_longest", record["is_longest"]))
    else:
        nap = None
    data.sleeps.append(SleepPeriod(end, asleep, in_bed, nap))


def _activity(path: Path, where: str, record: Any, data: DeviceData) -> None:
    if not isinstance(record, dict):
        raise MalformedFile(path, where, _("is not an activity record"))
    data.entries += 1
    day = iso_date(path, f"{where} day", record.get("day") or record.get("summary_date"))
    steps = _seconds(path, f"{where} steps", record.get("steps"), whole=True)
    if "high_activity_time" in record or "medium_activity_time" in record:
        seconds = [
            _seconds(path, f"{where} {k}", record.get(k))
            for k in ("high_activity_time", "medium_activity_time")
        ]
        minutes = None if all(s is None for s in seconds) else sum(s or 0 for s in seconds) / 60
    else:
        parts = [_seconds(path, f"{where} {k}", record.get(k)) for k in ("high", "medium")]
        minutes = None if all(p is None for p in parts) else sum(p or 0 for p in parts)
    data.days.append(
        DayActivity(
            day,
            None if steps is None else round(steps),
            None if minutes is None else round(minutes),
        )
    )

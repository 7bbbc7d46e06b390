"""Gadgetbridge (the open-source companion app for Mi Band, Amazfit, Xiaomi, Pebble and other
watches): its database export (Settings > Data management > Export DB, a SQLite file named
``Gadgetbridge``), or a zip holding it.

Format, from Gadgetbridge's own schema (Freeyourgadget/Gadgetbridge, ``GBDaoGenerator.java``):
per-device activity sample tables (``MI_BAND_ACTIVITY_SAMPLE``, ``XIAOMI_ACTIVITY_SAMPLE``,
``PEBBLE_HEALTH_ACTIVITY_SAMPLE``, ...) share the columns ``TIMESTAMP`` (epoch seconds),
``DEVICE_ID`` and ``STEPS`` (one sample a minute); ``XIAOMI_SLEEP_TIME_SAMPLE`` holds one row
per sleep with ``TIMESTAMP`` (bedtime) and ``WAKEUP_TIME`` (epoch milliseconds) and
``TOTAL_DURATION``, ``DEEP_SLEEP_DURATION``, ``LIGHT_SLEEP_DURATION``,
``REM_SLEEP_DURATION``, ``AWAKE_DURATION`` (minutes).

Read as: steps summed per local day and device, the day taking the largest device's total (a
phone and a band paired at once count the same walk). Sleep from the sleep-time table: asleep
is deep + light + REM (``TOTAL_DURATION`` when those are empty), in bed is bedtime to wake-up;
the wake day is the local date of ``WAKEUP_TIME``. Sleep kinds in the per-minute samples
(``RAW_KIND``) differ per device model and are not read. The database stores no time zone:
local days are this computer's time zone.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from trdjournal.exchange.wearables import files
from trdjournal.exchange.wearables.common import (
    DayActivity,
    DeviceData,
    SleepPeriod,
    count,
    epoch,
    local_time,
)
from trdjournal.i18n import _

SOURCE = "gadgetbridge"
SLEEP_TABLE = "XIAOMI_SLEEP_TIME_SAMPLE"
DB_NAMES = ("gadgetbridge", "gadgetbridge.db")


def sample_tables(conn) -> list[str]:
    return sorted(
        t
        for t in files.tables(conn)
        if t.endswith("_ACTIVITY_SAMPLE") and {"TIMESTAMP", "STEPS"} <= files.columns(conn, t)
    )


def is_export(found_tables: set[str]) -> bool:
    return SLEEP_TABLE in found_tables or any(t.endswith("_ACTIVITY_SAMPLE") for t in found_tables)


def member(names: list[str]) -> str | None:
    """The database inside a zip of the export, by its name."""
    return next((n for n in names if files.basename(n).lower() in DB_NAMES), None)


def parse(path: Path) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    with files.Export(path) as export, export.sqlite(member(export.names)) as conn:
        totals: dict[tuple, float] = defaultdict(float)
        for table in sample_tables(conn):
            device = "DEVICE_ID" if "DEVICE_ID" in files.columns(conn, table) else "0"
            for stamp, steps, source in conn.execute(
                f"SELECT TIMESTAMP, STEPS, {device} FROM [{table}]"
            ):
                where = _("{table} at {stamp}").format(table=table, stamp=repr(stamp))
                steps = count(path, f"{where} STEPS", steps)
                if steps <= 0:  # -1: not measured
                    continue
                data.entries += 1
                day = local_time(epoch(path, f"{where} TIMESTAMP", stamp)).date()
                totals[(day, table, str(source))] += steps
        best: dict = {}
        for (day, _table, _device), steps in totals.items():
            best[day] = max(best.get(day, 0), round(steps))
        data.days = [DayActivity(day, steps) for day, steps in sorted(best.items())]
        if SLEEP_TABLE in files.tables(conn):
            data.sleeps = _sleeps(path, conn, data)
    return data


def _sleeps(path: Path, conn, data: DeviceData) -> list[SleepPeriod]:
    sleeps = []
    for bed, wake, total, deep, light, rem in conn.execute(
        "SELECT TIMESTAMP, WAKEUP_TIME, TOTAL_DURATION, DEEP_SLEEP_DURATION, "
        f"LIGHT_SLEEP_DURATION, REM_SLEEP_DURATION FROM {SLEEP_TABLE}"
    ):
        if wake is None:
            continue  # a sleep still going on when the export was made
        where = _("{table} at {stamp}").format(table=SLEEP_TABLE, stamp=repr(bed))
        data.entries += 1
        woke = epoch(path, f"{where} WAKEUP_TIME", wake, millis=True)
        went = epoch(path, f"{where} TIMESTAMP", bed, millis=True)
        stages = [
            count(path, f"{where} {name}", minutes)
            for name, minutes in (("DEEP", deep), ("LIGHT", light), ("REM", rem))
            if minutes is not None
        ]
        minutes = sum(stages) if stages else count(path, f"{where} TOTAL_DURATION", total)
        in_bed = woke - went if woke > went else None
        sleeps.append(SleepPeriod(local_time(woke), max(minutes, 0) * 60, in_bed))
    return sleeps

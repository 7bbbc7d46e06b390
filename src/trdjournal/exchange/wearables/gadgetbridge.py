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
from trdjournal.exchange.wearables.common import DayActivity, DeviceData, SleepPeriod, local_time

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


def parse(path: Path, member: str | None = None) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    with files.sqlite_file(path, member) as conn:
        totals: dict[tuple, int] = defaultdict(int)
        for table in sample_tables(conn):
            device = "DEVICE_ID" if "DEVICE_ID" in files.columns(conn, table) else "0"
            for stamp, steps, source in conn.execute(
                f"SELECT TIMESTAMP, STEPS, {device} FROM [{table}] WHERE STEPS > 0"
            ):
                data.entries += 1
                totals[(local_time(stamp).date(), table, source)] += steps
        best: dict = {}
        for (day, _table, _device), steps in totals.items():
            best[day] = max(best.get(day, 0), steps)
        data.days = [DayActivity(day, steps) for day, steps in sorted(best.items())]
        if SLEEP_TABLE in files.tables(conn):
            for bed, wake, total, deep, light, rem in conn.execute(
                "SELECT TIMESTAMP, WAKEUP_TIME, TOTAL_DURATION, DEEP_SLEEP_DURATION, "
                f"LIGHT_SLEEP_DURATION, REM_SLEEP_DURATION FROM {SLEEP_TABLE}"
            ):
                if not wake:
                    continue
                data.entries += 1
                stages = [m for m in (deep, light, rem) if m is not None and m >= 0]
                minutes = sum(stages) if stages else (total or 0)
                in_bed = (wake - bed) / 1000 if bed and wake > bed else None
                data.sleeps.append(SleepPeriod(local_time(wake / 1000), minutes * 60, in_bed))
    return data

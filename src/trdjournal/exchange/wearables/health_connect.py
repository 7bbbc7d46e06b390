"""Android Health Connect's export (Settings > Health Connect > Export: a zip holding
``health_connect_export.db``, a SQLite database), or the database on its own.

Format, from the Android Open Source Project's Health Connect storage
(packages/modules/HealthFitness: ``SleepSessionRecordHelper`` names
``sleep_session_record_table``; the interval records' ``start_time``/``end_time`` in epoch
milliseconds and ``start_zone_offset``/``end_zone_offset`` in seconds), and
``androidx.health.connect.client.records.SleepSessionRecord``'s stage types (1 awake,
2 sleeping, 3 out of bed, 4 light, 5 deep, 6 REM, 7 awake in bed) for ``sleep_stages_table``
(``parent_key``, ``stage_start_time``, ``stage_end_time``, ``stage_type``). Steps are
``steps_record_table`` rows with a ``count``.

Read as: a sleep session's time in bed is its whole span, its time asleep the sum of its
asleep stages (2, 4, 5, 6), or the whole span when it has no stages. The wake day is the local
date of the session's end (its own zone offset). Steps are summed per local day of each
record's start, per app that wrote them (``app_info_id``); the day takes the largest app's
total, since several apps often copy the same steps into Health Connect.
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
    zone_offset,
)
from trdjournal.i18n import _

SOURCE = "health-connect"
DB_NAME = "health_connect_export.db"
ASLEEP_STAGES = (2, 4, 5, 6)
SESSIONS, STAGES, STEPS = "sleep_session_record_table", "sleep_stages_table", "steps_record_table"


def is_export(found_tables: set[str]) -> bool:
    return SESSIONS in found_tables or STEPS in found_tables


def member(names: list[str]) -> str | None:
    """The database inside a zip of the export, by its name."""
    return next((n for n in names if files.basename(n).lower() == DB_NAME), None)


def parse(path: Path) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    with files.Export(path) as export, export.sqlite(member(export.names)) as conn:
        found = files.tables(conn)
        if SESSIONS in found:
            asleep = _asleep_by_session(path, conn) if STAGES in found else {}
            for row_id, start, end, offset in conn.execute(
                f"SELECT row_id, start_time, end_time, end_zone_offset FROM {SESSIONS}"
            ):
                data.entries += 1
                where = _("{table} row {n}").format(table=SESSIONS, n=row_id)
                begin = epoch(path, f"{where} start_time", start, millis=True)
                finish = epoch(path, f"{where} end_time", end, millis=True)
                span = max(finish - begin, 0)
                wake = local_time(finish, zone_offset(path, f"{where} end_zone_offset", offset))
                data.sleeps.append(SleepPeriod(wake, asleep.get(row_id, span), span))
        if STEPS in found:
            data.days = _steps(path, conn, data)
    return data


def _asleep_by_session(path: Path, conn) -> dict:
    asleep: dict = defaultdict(float)
    for key, start, end, stage in conn.execute(
        f"SELECT parent_key, stage_start_time, stage_end_time, stage_type FROM {STAGES}"
    ):
        if stage in ASLEEP_STAGES:
            where = _("{table} of session {n}").format(table=STAGES, n=key)
            begin = epoch(path, f"{where} stage_start_time", start, millis=True)
            finish = epoch(path, f"{where} stage_end_time", end, millis=True)
            asleep[key] += max(finish - begin, 0)
    return asleep


def _steps(path: Path, conn, data: DeviceData) -> list[DayActivity]:
    totals: dict[tuple, float] = defaultdict(float)
    app = "app_info_id" if "APP_INFO_ID" in files.columns(conn, STEPS) else "0"
    for i, (start, offset, steps, source) in enumerate(
        conn.execute(f"SELECT start_time, start_zone_offset, count, {app} FROM {STEPS}"), 1
    ):
        data.entries += 1
        where = _("{table} row {n}").format(table=STEPS, n=i)
        moment = epoch(path, f"{where} start_time", start, millis=True)
        day = local_time(moment, zone_offset(path, f"{where} start_zone_offset", offset)).date()
        totals[(day, str(source))] += count(path, f"{where} count", steps)
    best: dict = {}
    for (day, _source), total in totals.items():
        best[day] = max(best.get(day, 0), round(total))
    return [DayActivity(day, steps) for day, steps in sorted(best.items())]

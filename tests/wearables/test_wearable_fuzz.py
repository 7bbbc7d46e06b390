"""No traceback from any input: whatever a watch's export holds, the import either reads it by
the rules or refuses it naming the place (a ValidationError), and the rules' output is always
valid device values."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trdjournal.domain.device import FIELDS
from trdjournal.domain.errors import ValidationError
from trdjournal.exchange import wearables
from trdjournal.exchange.wearables.common import DayActivity, DeviceData, SleepPeriod, to_values

scalars = (
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats() | st.text(max_size=12)
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
KEYS = {
    "fitbit": [
        "dateOfSleep",
        "endTime",
        "minutesAsleep",
        "timeInBed",
        "mainSleep",
        "dateTime",
        "value",
    ],
    "garmin": [
        "calendarDate",
        "sleepStartTimestampGMT",
        "sleepEndTimestampGMT",
        "deepSleepSeconds",
        "lightSleepSeconds",
        "remSleepSeconds",
        "totalSteps",
        "moderateIntensityMinutes",
        "vigorousIntensityMinutes",
    ],
    "oura": [
        "day",
        "summary_date",
        "bedtime_end",
        "total_sleep_duration",
        "time_in_bed",
        "type",
        "is_longest",
        "total",
        "duration",
        "steps",
        "high_activity_time",
        "medium_activity_time",
        "high",
        "medium",
    ],
}
NAMES = {
    "fitbit": [
        "sleep-2026-06-01.json",
        "steps-2026-06-01.json",
        "very_active_minutes-2026-06-01.json",
    ],
    "garmin": ["x_sleepData.json", "UDSFile_1.json"],
}
SAFE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(path: Path, fmt: str) -> None:
    try:
        found = to_values(wearables.parse(path, fmt))
    except ValidationError as exc:
        assert exc.message  # names the place and the reason
        return
    for value in found:
        assert value.field in FIELDS


@SAFE
@given(st.sampled_from(["fitbit", "garmin", "oura"]), st.data())
def test_json_exports_with_any_values(fmt, data):
    records = data.draw(
        st.lists(st.dictionaries(st.sampled_from(KEYS[fmt]), values, max_size=6), max_size=4)
        | values
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.zip"
        with zipfile.ZipFile(path, "w") as archive:
            if fmt == "oura":
                document = {"sleep": records, "daily_activity": records}
                archive.writestr("oura/data.json", json.dumps(document))
            else:
                for name in NAMES[fmt]:
                    archive.writestr(f"export/{name}", json.dumps(records))
        check(path, fmt)


cells = st.none() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=True) | st.text(max_size=5)


@SAFE
@given(st.lists(st.tuples(cells, cells, cells, cells), max_size=5), st.booleans())
def test_databases_with_any_cells(rows, connect):
    with tempfile.TemporaryDirectory() as folder:
        hc, gb = Path(folder) / "health_connect_export.db", Path(folder) / "Gadgetbridge"
        conn = sqlite3.connect(hc)
        conn.execute(
            "CREATE TABLE sleep_session_record_table (row_id, start_time, end_time, "
            "end_zone_offset)"
        )
        conn.execute(
            "CREATE TABLE sleep_stages_table (parent_key, stage_start_time, "
            "stage_end_time, stage_type)"
        )
        conn.execute(
            "CREATE TABLE steps_record_table (start_time, start_zone_offset, count, app_info_id)"
        )
        for row in rows:
            conn.execute("INSERT INTO sleep_session_record_table VALUES (?, ?, ?, ?)", row)
            conn.execute("INSERT INTO sleep_stages_table VALUES (?, ?, ?, ?)", row)
            conn.execute("INSERT INTO steps_record_table VALUES (?, ?, ?, ?)", row)
        conn.commit()
        conn.close()
        conn = sqlite3.connect(gb)
        conn.execute("CREATE TABLE MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP, DEVICE_ID, STEPS)")
        conn.execute(
            "CREATE TABLE XIAOMI_SLEEP_TIME_SAMPLE (TIMESTAMP, WAKEUP_TIME, "
            "TOTAL_DURATION, DEEP_SLEEP_DURATION, LIGHT_SLEEP_DURATION, "
            "REM_SLEEP_DURATION)"
        )
        for row in rows:
            conn.execute("INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (?, ?, ?)", row[:3])
            conn.execute(
                "INSERT INTO XIAOMI_SLEEP_TIME_SAMPLE VALUES (?, ?, ?, ?, ?, ?)",
                (*row, row[0], row[1]),
            )
        conn.commit()
        conn.close()
        check(hc, "health-connect")
        check(gb, "gadgetbridge")


@SAFE
@given(
    st.lists(st.tuples(st.text(max_size=8), st.text(max_size=8), st.text(max_size=6)), max_size=5)
)
def test_apple_and_google_text_with_any_values(rows):
    with tempfile.TemporaryDirectory() as folder:
        xml = Path(folder) / "export.xml"
        records = "".join(
            f'<Record type="HKQuantityTypeIdentifierStepCount" sourceName="x" '
            f'startDate="{s}" endDate="{e}" value="{v}"/>'.replace("&", "")
            .replace("<", "")
            .replace('"', "'", 0)
            for s, e, v in rows
        )
        xml.write_text(f"<HealthData>{records}</HealthData>", encoding="utf-8")
        check(xml, "apple-health")
        csv = Path(folder) / "Daily activity metrics.csv"
        lines = "\n".join(",".join(row) for row in rows)
        csv.write_text(f"Date,Step count,Move Minutes count\n{lines}\n", encoding="utf-8")
        check(csv, "google-fit")


periods = st.builds(
    SleepPeriod,
    end=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 6, 14)),
    asleep_seconds=st.floats(0, 200_000),
    in_bed_seconds=st.none() | st.floats(0, 200_000),
    nap=st.none() | st.booleans(),
)


@SAFE
@given(
    st.lists(periods, max_size=8),
    st.lists(
        st.builds(
            DayActivity,
            date=st.dates(dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
            steps=st.none() | st.integers(0, 10**7),
            active_minutes=st.none() | st.integers(0, 10**5),
        ),
        max_size=6,
    ),
)
def test_the_rules_give_one_valid_value_a_day_and_field(sleeps, days):
    found = to_values(DeviceData("oura", sleeps=sleeps, days=days))
    keys = [(v.date, v.field) for v in found]
    assert len(keys) == len(set(keys))
    assert all(v.date <= dt.date(2026, 6, 15) for v in found)
    nights = {p.end.date() for p in sleeps if p.nap is not True}
    assert {v.date for v in found if v.field == "sleep_hours"} == nights
    for v in found:
        if FIELDS[v.field][1] == "hours":
            assert 0 <= v.value <= 24 and (v.value * 4).is_integer()

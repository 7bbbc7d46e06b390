"""Builds the wearable test files in this folder, each from the public description of its
format named in the parser's docstring (src/trdjournal/exchange/wearables/). Every value is
made up; nothing comes from a real person's export. Run it to rebuild:
``python tests/data/wearables/build_wearable_files.py``.

The same story in every file: the nights ending on 2026-06-02 and 2026-06-03 and those days'
steps and active minutes (see tests/wearables/test_wearable_sources.py for the expected values).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path

HERE = Path(__file__).parent

APPLE_DTD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate value CDATA #REQUIRED>
<!ELEMENT Me EMPTY>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry key CDATA #REQUIRED value CDATA #REQUIRED>
<!ELEMENT ActivitySummary EMPTY>
<!ATTLIST ActivitySummary dateComponents CDATA #IMPLIED appleExerciseTime CDATA #IMPLIED>
]>
<HealthData locale="en_SE">
 <ExportDate value="2026-06-10 08:00:00 +0200"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth=""/>
"""


def apple_record(kind: str, start: str, end: str, value: str, source: str, unit: str = "") -> str:
    unit_attr = f' unit="{unit}"' if unit else ""
    return (
        f' <Record type="{kind}" sourceName="{source}" sourceVersion="10.0"{unit_attr} '
        f'creationDate="{end}" startDate="{start}" endDate="{end}" value="{value}">\n'
        '  <MetadataEntry key="HKTimeZone" value="Europe/Stockholm"/>\n </Record>\n'
    )


def apple_xml() -> str:
    sleep, steps = "HKCategoryTypeIdentifierSleepAnalysis", "HKQuantityTypeIdentifierStepCount"
    exercise = "HKQuantityTypeIdentifierAppleExerciseTime"
    v = "HKCategoryValueSleepAnalysis"
    watch, phone = "Alex’s Apple Watch", "Alex’s iPhone"
    rows = [
        # the night ending 2026-06-02: in bed 22:45-07:00, asleep 7 h 10 min in stages
        apple_record(
            sleep, "2026-06-01 22:45:00 +0200", "2026-06-02 07:00:00 +0200", f"{v}InBed", phone
        ),
        apple_record(
            sleep, "2026-06-01 23:10:00 +0200", "2026-06-02 02:00:00 +0200", f"{v}AsleepCore", watch
        ),
        apple_record(
            sleep, "2026-06-02 02:00:00 +0200", "2026-06-02 03:00:00 +0200", f"{v}AsleepDeep", watch
        ),
        apple_record(
            sleep, "2026-06-02 03:00:00 +0200", "2026-06-02 03:20:00 +0200", f"{v}Awake", watch
        ),
        apple_record(
            sleep, "2026-06-02 03:20:00 +0200", "2026-06-02 06:40:00 +0200", f"{v}AsleepREM", watch
        ),
        # the phone saw part of the same night: merged, not counted twice
        apple_record(
            sleep,
            "2026-06-01 23:30:00 +0200",
            "2026-06-02 02:30:00 +0200",
            f"{v}AsleepUnspecified",
            phone,
        ),
        # a 40-minute nap that afternoon
        apple_record(
            sleep, "2026-06-02 14:00:00 +0200", "2026-06-02 14:40:00 +0200", f"{v}AsleepCore", watch
        ),
        # the night ending 2026-06-03: 5 h 45 min, no in-bed record
        apple_record(
            sleep,
            "2026-06-02 23:30:00 +0200",
            "2026-06-03 05:15:00 +0200",
            f"{v}AsleepUnspecified",
            watch,
        ),
        # steps: the phone counts 5,000 on 06-02, the watch 4,500 of the same walk
        apple_record(
            steps, "2026-06-02 08:00:00 +0200", "2026-06-02 08:30:00 +0200", "3000", phone, "count"
        ),
        apple_record(
            steps, "2026-06-02 17:00:00 +0200", "2026-06-02 17:20:00 +0200", "2000", phone, "count"
        ),
        apple_record(
            steps, "2026-06-02 08:00:00 +0200", "2026-06-02 08:30:00 +0200", "4500", watch, "count"
        ),
        apple_record(
            steps, "2026-06-03 09:00:00 +0200", "2026-06-03 10:00:00 +0200", "8000", watch, "count"
        ),
        apple_record(
            exercise, "2026-06-03 09:00:00 +0200", "2026-06-03 09:10:00 +0200", "10", watch, "min"
        ),
        apple_record(
            exercise, "2026-06-03 18:00:00 +0200", "2026-06-03 18:12:00 +0200", "12", watch, "min"
        ),
        ' <ActivitySummary dateComponents="2026-06-02" appleExerciseTime="25"/>\n',
    ]
    return APPLE_DTD + "".join(rows) + "</HealthData>\n"


def fitbit_files() -> dict[str, object]:
    base = "Takeout/Fitbit/Global Export Data/"
    sleep = [
        {
            "logId": 1001,
            "dateOfSleep": "2026-06-02",
            "startTime": "2026-06-01T23:00:00.000",
            "endTime": "2026-06-02T06:30:00.000",
            "duration": 27000000,
            "minutesToFallAsleep": 10,
            "minutesAsleep": 412,
            "minutesAwake": 38,
            "minutesAfterWakeup": 0,
            "timeInBed": 450,
            "efficiency": 92,
            "type": "stages",
            "infoCode": 0,
            "mainSleep": True,
        },
        {
            "logId": 1002,
            "dateOfSleep": "2026-06-02",
            "startTime": "2026-06-02T14:20:00.000",
            "endTime": "2026-06-02T15:00:00.000",
            "duration": 2400000,
            "minutesToFallAsleep": 0,
            "minutesAsleep": 35,
            "minutesAwake": 5,
            "minutesAfterWakeup": 0,
            "timeInBed": 40,
            "efficiency": 88,
            "type": "classic",
            "infoCode": 0,
            "mainSleep": False,
        },
        {
            "logId": 1003,
            "dateOfSleep": "2026-06-03",
            "startTime": "2026-06-02T23:40:00.000",
            "endTime": "2026-06-03T05:30:00.000",
            "duration": 21000000,
            "minutesToFallAsleep": 5,
            "minutesAsleep": 330,
            "minutesAwake": 20,
            "minutesAfterWakeup": 0,
            "timeInBed": 350,
            "efficiency": 94,
            "type": "stages",
            "infoCode": 0,
            "mainSleep": True,
        },
    ]
    steps = [
        {"dateTime": "06/02/26 08:00:00", "value": "2100"},
        {"dateTime": "06/02/26 08:01:00", "value": "1900"},
        {"dateTime": "06/03/26 12:00:00", "value": "6400"},
    ]
    moderate = [
        {"dateTime": "06/02/26 00:00:00", "value": "20"},
        {"dateTime": "06/03/26 00:00:00", "value": "5"},
    ]
    very = [
        {"dateTime": "06/02/26 00:00:00", "value": "11"},
        {"dateTime": "06/03/26 00:00:00", "value": "0"},
    ]
    return {
        base + "sleep-2026-06-01.json": sleep,
        base + "steps-2026-06-01.json": steps,
        base + "moderately_active_minutes-2026-06-01.json": moderate,
        base + "very_active_minutes-2026-06-01.json": very,
    }


GOOGLE_FIT_CSV = (
    "Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Heart Minutes,"
    "Average heart rate (bpm),Step count,Walking duration (ms)\n"
    "2026-06-02,41,1890.5,3900.2,12,10,74.1,5230,2700000\n"
    "2026-06-03,18,1750.0,2100.0,3,3,,2988,1500000\n"
    "2026-06-04,,1600.0,,,,,,\n"
)

OURA = {
    "sleep": [
        {
            "id": "a1",
            "day": "2026-06-02",
            "bedtime_start": "2026-06-01T23:05:00+02:00",
            "bedtime_end": "2026-06-02T06:55:00+02:00",
            "total_sleep_duration": 25200,
            "time_in_bed": 28200,
            "type": "long_sleep",
            "efficiency": 89,
        },
        {
            "id": "a2",
            "day": "2026-06-02",
            "bedtime_start": "2026-06-02T13:30:00+02:00",
            "bedtime_end": "2026-06-02T14:00:00+02:00",
            "total_sleep_duration": 1500,
            "time_in_bed": 1800,
            "type": "late_nap",
        },
        {
            "id": "a3",
            "day": "2026-06-03",
            "bedtime_start": "2026-06-02T23:50:00+02:00",
            "bedtime_end": "2026-06-03T06:00:00+02:00",
            "total_sleep_duration": 19800,
            "time_in_bed": 22200,
            "type": "long_sleep",
        },
        {
            "id": "a4",
            "day": "2026-06-03",
            "bedtime_start": "2026-06-03T01:00:00+02:00",
            "bedtime_end": "2026-06-03T01:30:00+02:00",
            "total_sleep_duration": 0,
            "time_in_bed": 1800,
            "type": "deleted",
        },
    ],
    "daily_activity": [
        {
            "day": "2026-06-02",
            "steps": 7012,
            "high_activity_time": 600,
            "medium_activity_time": 1500,
            "low_activity_time": 9000,
        },
        {
            "day": "2026-06-03",
            "steps": 3050,
            "high_activity_time": 0,
            "medium_activity_time": 960,
            "low_activity_time": 8000,
        },
    ],
}

# The newer Oura export's CSV (semicolon separated), with the API v2 column names.
OURA_SLEEP_CSV = (
    "id;day;bedtime_start;bedtime_end;total_sleep_duration;time_in_bed;type;efficiency\n"
    "b1;2026-06-02;2026-06-01T23:05:00+02:00;2026-06-02T06:55:00+02:00;25200;28200;long_sleep;89\n"
    "b2;2026-06-02;2026-06-02T13:30:00+02:00;2026-06-02T14:00:00+02:00;1500;1800;late_nap;\n"
)

GARMIN = {
    "DI_CONNECT/DI-Connect-Wellness/2026-05-20_2026-08-28_12345678_sleepData.json": [
        {
            "calendarDate": "2026-06-02",
            "sleepStartTimestampGMT": "2026-06-01T21:20:00.0",
            "sleepEndTimestampGMT": "2026-06-02T05:05:00.0",
            "sleepWindowConfirmationType": "ENHANCED_CONFIRMED_FINAL",
            "deepSleepSeconds": 5400,
            "lightSleepSeconds": 16200,
            "remSleepSeconds": 5100,
            "awakeSleepSeconds": 1200,
            "unmeasurableSeconds": 0,
        },
        {
            "calendarDate": "2026-06-03",
            "sleepStartTimestampGMT": "2026-06-02T22:00:00.0",
            "sleepEndTimestampGMT": "2026-06-03T04:10:00.0",
            "deepSleepSeconds": 3600,
            "lightSleepSeconds": 12600,
            "remSleepSeconds": 4500,
            "awakeSleepSeconds": 1500,
        },
        {"calendarDate": "2026-06-04", "sleepWindowConfirmationType": "UNCONFIRMED"},
    ],
    "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-05-20_2026-08-28.json": [
        {
            "userProfilePK": 12345678,
            "calendarDate": "2026-06-02",
            "totalSteps": 9120,
            "totalDistanceMeters": 7100,
            "moderateIntensityMinutes": 22,
            "vigorousIntensityMinutes": 8,
        },
        {
            "userProfilePK": 12345678,
            "calendarDate": "2026-06-03",
            "totalSteps": 4410,
            "moderateIntensityMinutes": 0,
            "vigorousIntensityMinutes": 0,
        },
    ],
}


def _ms(text: str, offset_hours: int) -> int:
    zone = dt.timezone(dt.timedelta(hours=offset_hours))
    return int(dt.datetime.fromisoformat(text).replace(tzinfo=zone).timestamp() * 1000)


def health_connect_db(path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY, package_name TEXT);
        CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT,
          uuid BLOB, app_info_id INTEGER, start_time INTEGER, start_zone_offset INTEGER,
          end_time INTEGER, end_zone_offset INTEGER, local_date INTEGER, notes TEXT, title TEXT);
        CREATE TABLE sleep_stages_table (parent_key INTEGER NOT NULL,
          stage_start_time INTEGER NOT NULL, stage_end_time INTEGER NOT NULL,
          stage_type INTEGER NOT NULL);
        CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB,
          app_info_id INTEGER, start_time INTEGER, start_zone_offset INTEGER, end_time INTEGER,
          end_zone_offset INTEGER, local_date INTEGER, count INTEGER);
        INSERT INTO application_info_table VALUES (1, 'com.sec.android.app.shealth'),
          (2, 'com.google.android.apps.fitness');
        """
    )
    cest = 7200
    sessions = [  # (start, end, stages)
        (
            "2026-06-01T23:00:00",
            "2026-06-02T06:30:00",
            [
                ("2026-06-01T23:00:00", "2026-06-01T23:20:00", 7),
                ("2026-06-01T23:20:00", "2026-06-02T02:00:00", 4),
                ("2026-06-02T02:00:00", "2026-06-02T03:30:00", 5),
                ("2026-06-02T03:30:00", "2026-06-02T03:45:00", 1),
                ("2026-06-02T03:45:00", "2026-06-02T06:30:00", 6),
            ],
        ),
        ("2026-06-02T23:45:00", "2026-06-03T05:45:00", []),
    ]
    for row_id, (start, end, stages) in enumerate(sessions, start=1):
        conn.execute(
            "INSERT INTO sleep_session_record_table (row_id, app_info_id, start_time, "
            "start_zone_offset, end_time, end_zone_offset) VALUES (?, 1, ?, ?, ?, ?)",
            (row_id, _ms(start, 2), cest, _ms(end, 2), cest),
        )
        for s, e, kind in stages:
            conn.execute(
                "INSERT INTO sleep_stages_table VALUES (?, ?, ?, ?)",
                (row_id, _ms(s, 2), _ms(e, 2), kind),
            )
    steps = [  # two apps copy the same walk: 3,400 and 3,100 on 06-02
        ("2026-06-02T08:00:00", 1, 2400),
        ("2026-06-02T18:00:00", 1, 1000),
        ("2026-06-02T08:00:00", 2, 3100),
        ("2026-06-03T00:30:00", 1, 777),
    ]
    for start, app, count in steps:
        conn.execute(
            "INSERT INTO steps_record_table (app_info_id, start_time, start_zone_offset, "
            "end_time, end_zone_offset, count) VALUES (?, ?, ?, ?, ?, ?)",
            (app, _ms(start, 2), cest, _ms(start, 2) + 600_000, cest, count),
        )
    conn.commit()
    conn.close()


def gadgetbridge_db(path: Path) -> None:
    """Local times are this computer's: the test builds it the same way at run time."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE MI_BAND_ACTIVITY_SAMPLE (TIMESTAMP INTEGER NOT NULL,
          DEVICE_ID INTEGER NOT NULL, USER_ID INTEGER NOT NULL, RAW_INTENSITY INTEGER NOT NULL,
          STEPS INTEGER NOT NULL, RAW_KIND INTEGER NOT NULL, HEART_RATE INTEGER NOT NULL,
          PRIMARY KEY (TIMESTAMP, DEVICE_ID));
        CREATE TABLE XIAOMI_SLEEP_TIME_SAMPLE (TIMESTAMP INTEGER NOT NULL,
          DEVICE_ID INTEGER NOT NULL, USER_ID INTEGER NOT NULL, WAKEUP_TIME INTEGER,
          IS_AWAKE INTEGER, TOTAL_DURATION INTEGER, DEEP_SLEEP_DURATION INTEGER,
          LIGHT_SLEEP_DURATION INTEGER, REM_SLEEP_DURATION INTEGER, AWAKE_DURATION INTEGER,
          PRIMARY KEY (TIMESTAMP, DEVICE_ID));
        CREATE TABLE DEVICE (_id INTEGER PRIMARY KEY, NAME TEXT);
        INSERT INTO DEVICE VALUES (1, 'Mi Smart Band 6');
        """
    )

    def local(text: str) -> float:
        return dt.datetime.fromisoformat(text).timestamp()

    for when, steps in (
        ("2026-06-02T08:00:00", 1500),
        ("2026-06-02T08:01:00", 1620),
        ("2026-06-02T12:30:00", -1),
        ("2026-06-03T09:15:00", 2222),
    ):
        conn.execute(
            "INSERT INTO MI_BAND_ACTIVITY_SAMPLE VALUES (?, 1, 1, 30, ?, 1, 80)",
            (int(local(when)), steps),
        )
    for bed, wake, total, deep, light, rem in (
        ("2026-06-01T23:30:00", "2026-06-02T06:45:00", 410, 95, 240, 70),
        ("2026-06-02T23:55:00", "2026-06-03T06:05:00", 352, None, None, None),
    ):
        conn.execute(
            "INSERT INTO XIAOMI_SLEEP_TIME_SAMPLE VALUES (?, 1, 1, ?, 0, ?, ?, ?, ?, 15)",
            (int(local(bed) * 1000), int(local(wake) * 1000), total, deep, light, rem),
        )
    conn.commit()
    conn.close()


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 6, 10, 8, 0, 0))
            archive.writestr(info, content)


def build(folder: Path = HERE) -> None:
    xml = apple_xml().encode("utf-8")
    (folder / "apple_export.xml").write_bytes(xml)
    write_zip(
        folder / "apple_export.zip",
        {"apple_health_export/export.xml": xml, "apple_health_export/export_cda.xml": b"<x/>"},
    )
    fitbit = {k: json.dumps(v, indent=1).encode() for k, v in fitbit_files().items()}
    write_zip(folder / "fitbit_takeout.zip", fitbit)
    (folder / "Daily activity metrics.csv").write_text(GOOGLE_FIT_CSV, encoding="utf-8")
    (folder / "oura_data.json").write_text(json.dumps(OURA, indent=1), encoding="utf-8")
    (folder / "oura_sleep.csv").write_text(OURA_SLEEP_CSV, encoding="utf-8")
    garmin = {k: json.dumps(v, indent=1).encode() for k, v in GARMIN.items()}
    write_zip(folder / "garmin_export.zip", garmin)
    db = folder / "health_connect_export.db"
    health_connect_db(db)
    write_zip(folder / "Health Connect.zip", {"health_connect_export.db": db.read_bytes()})
    db.unlink()


if __name__ == "__main__":
    build()

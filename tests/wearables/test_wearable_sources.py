"""Each source's test file is recognised and read by the journal's rules: the night is the day
you wake up, naps and time in bed apart, quarter hours, the device's active minutes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from trdjournal.exchange import importer, wearables
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.exchange.wearables.common import to_values

DATA = Path(__file__).resolve().parents[1] / "data" / "wearables"

JUNE2, JUNE3 = dt.date(2026, 6, 2), dt.date(2026, 6, 3)

# file -> (format, {(day, field): value}) worked out by hand from build_wearable_files.py
EXPECTED = {
    "apple_export.xml": (
        "apple-health",
        {
            # stages 23:10-02:00, 02:00-03:00, 03:20-06:40 = 7 h 10 min -> 7.25; the phone's
            # overlapping record adds nothing; in bed 22:45-07:00; the 40-min nap apart
            (JUNE2, "sleep_hours"): 7.25,
            (JUNE2, "in_bed_hours"): 8.25,
            (JUNE2, "nap_hours"): 0.75,
            (JUNE2, "steps"): 5000,
            (JUNE2, "activity_minutes"): 25,
            (JUNE3, "sleep_hours"): 5.75,
            (JUNE3, "steps"): 8000,
            (JUNE3, "activity_minutes"): 22,
        },
    ),
    "fitbit_takeout.zip": (
        "fitbit",
        {
            (JUNE2, "sleep_hours"): 6.75,
            (JUNE2, "in_bed_hours"): 7.5,
            (JUNE2, "nap_hours"): 0.5,
            (JUNE2, "steps"): 4000,
            (JUNE2, "activity_minutes"): 31,
            (JUNE3, "sleep_hours"): 5.5,
            (JUNE3, "in_bed_hours"): 5.75,
            (JUNE3, "steps"): 6400,
            (JUNE3, "activity_minutes"): 5,
        },
    ),
    "Daily activity metrics.csv": (
        "google-fit",
        {
            (JUNE2, "steps"): 5230,
            (JUNE2, "activity_minutes"): 41,
            (JUNE3, "steps"): 2988,
            (JUNE3, "activity_minutes"): 18,
        },
    ),
    "oura_data.json": (
        "oura",
        {
            (JUNE2, "sleep_hours"): 7.0,
            (JUNE2, "in_bed_hours"): 7.75,
            (JUNE2, "nap_hours"): 0.5,
            (JUNE2, "steps"): 7012,
            (JUNE2, "activity_minutes"): 35,
            (JUNE3, "sleep_hours"): 5.5,
            (JUNE3, "in_bed_hours"): 6.25,
            (JUNE3, "steps"): 3050,
            (JUNE3, "activity_minutes"): 16,
        },
    ),
    "oura_sleep.csv": (
        "oura",
        {(JUNE2, "sleep_hours"): 7.0, (JUNE2, "in_bed_hours"): 7.75, (JUNE2, "nap_hours"): 0.5},
    ),
    "garmin_export.zip": (
        "garmin",
        {
            (JUNE2, "sleep_hours"): 7.5,
            (JUNE2, "in_bed_hours"): 7.75,
            (JUNE2, "steps"): 9120,
            (JUNE2, "activity_minutes"): 30,
            (JUNE3, "sleep_hours"): 5.75,
            (JUNE3, "in_bed_hours"): 6.25,
            (JUNE3, "steps"): 4410,
            (JUNE3, "activity_minutes"): 0,
        },
    ),
    "Health Connect.zip": (
        "health-connect",
        {
            # asleep stages only (light, deep, REM; not awake in bed); two apps' steps: the larger
            (JUNE2, "sleep_hours"): 7.0,
            (JUNE2, "in_bed_hours"): 7.5,
            (JUNE2, "steps"): 3400,
            (JUNE3, "sleep_hours"): 6.0,
            (JUNE3, "in_bed_hours"): 6.0,
            (JUNE3, "steps"): 777,
        },
    ),
}


def values_of(path, fmt):
    return {(v.date, v.field): v.value for v in to_values(wearables.parse(path, fmt))}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_source_is_detected_and_read_by_the_rules(name):
    fmt, expected = EXPECTED[name]
    path = DATA / name
    assert importer.detect(path) == fmt
    assert values_of(path, fmt) == expected


def test_apple_health_zip_reads_the_same_as_its_xml():
    assert importer.detect(DATA / "apple_export.zip") == "apple-health"
    assert values_of(DATA / "apple_export.zip", "apple-health") == EXPECTED["apple_export.xml"][1]


def test_gadgetbridge_database(gadgetbridge_db):
    assert importer.detect(gadgetbridge_db) == "gadgetbridge"
    assert values_of(gadgetbridge_db, "gadgetbridge") == {
        # deep + light + REM = 405 min -> 6.75; in bed 23:30-06:45; unknown steps (-1) left out
        (JUNE2, "sleep_hours"): 6.75,
        (JUNE2, "in_bed_hours"): 7.25,
        (JUNE2, "steps"): 3120,
        (JUNE3, "sleep_hours"): 5.75,
        (JUNE3, "in_bed_hours"): 6.25,
        (JUNE3, "steps"): 2222,
    }


def test_the_file_names_its_source_in_the_parser_docstring():
    for module in (
        wearables.apple_health,
        wearables.fitbit,
        wearables.google_fit,
        wearables.health_connect,
        wearables.oura,
        wearables.garmin,
        wearables.gadgetbridge,
    ):
        assert "Format, from" in module.__doc__


def test_a_night_split_in_two_counts_as_one_and_an_undecided_short_sleep_is_a_nap():
    from trdjournal.exchange.wearables.common import DeviceData, SleepPeriod

    wake = dt.datetime(2026, 6, 2, 7, 0)
    data = DeviceData(
        "health-connect",
        sleeps=[
            SleepPeriod(wake, 5 * 3600, nap=False),
            SleepPeriod(wake.replace(hour=2), 2 * 3600 + 400, nap=False),  # woke at 2, slept again
            SleepPeriod(wake.replace(hour=16), 1300),  # the device does not say: shorter -> nap
        ],
    )
    got = {(v.date, v.field): v.value for v in to_values(data)}
    assert got == {(JUNE2, "sleep_hours"): 7.0, (JUNE2, "nap_hours"): 0.25}


def test_days_after_today_are_left_out_and_said():
    from trdjournal.exchange.wearables.common import DayActivity, DeviceData

    data = DeviceData("fitbit", days=[DayActivity(dt.date(2026, 6, 20), steps=10)])
    assert to_values(data) == []
    assert "after today" in data.notes[0]


def test_broken_files_name_the_place(tmp_path):
    bad = tmp_path / "export.xml"
    text = (DATA / "apple_export.xml").read_text(encoding="utf-8")
    bad.write_text(text.replace('value="8000"', 'value="lots"'), encoding="utf-8")
    with pytest.raises(MalformedFile, match="value: is not a number"):
        wearables.parse(bad, "apple-health")
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(MalformedFile, match="is not valid XML"):
        wearables.parse(cut, "apple-health")
    oura = tmp_path / "oura.json"
    oura.write_text(
        json.dumps(
            {"sleep": [{"bedtime_end": "soon", "type": "long_sleep"}], "daily_activity": []}
        ),
        encoding="utf-8",
    )
    with pytest.raises(MalformedFile, match="bedtime_end"):
        wearables.parse(oura, "oura")


def test_an_entity_bomb_is_refused(tmp_path):
    bomb = tmp_path / "export.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><HealthData>&b;</HealthData>',
        encoding="utf-8",
    )
    with pytest.raises(MalformedFile, match="refused for safety"):
        wearables.parse(bomb, "apple-health")


def test_the_builder_reproduces_the_committed_files(tmp_path, wearable_files):
    wearable_files.build(tmp_path)
    for name in EXPECTED:
        if name != "Health Connect.zip":  # SQLite pages differ byte-wise between builds
            assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name

"""Importing a wearable export: typed values untouched, sources recorded and exported,
conflicts listed, nothing twice."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from trdjournal.domain.model import CheckIn
from trdjournal.storage import Journal

DATA = Path(__file__).resolve().parents[1] / "data" / "wearables"

JUNE1, JUNE2, JUNE3 = dt.date(2026, 6, 1), dt.date(2026, 6, 2), dt.date(2026, 6, 3)


def typed_journal(path):
    with Journal.open(path) as journal:
        journal.save_checkin(CheckIn(JUNE2, 4, sleep_hours=6.5, note="tired"))
        journal.save_checkin(CheckIn(JUNE1, 5, sleep_hours=7))
        return journal.checkins()


def test_typed_values_are_untouched_and_conflicts_are_listed(cli, journal_path):
    before = typed_journal(journal_path)
    result = cli("import", str(DATA / "apple_export.zip"))
    assert result.exit_code == 0, result.output
    assert "Imported" in result.output and "Apple Health export" in result.output
    assert "device values (sleep, steps, activity): 8 added" in result.output
    assert "Nights in the file: 2 (2 new)" in result.output
    assert "2026-06-02 sleep: you typed 6.5 h, Apple Health measured 7.25 h" in result.output
    with Journal.open(journal_path) as journal:
        assert journal.checkins() == before  # not a field of a check-in changed
        measures = {m.date: m for m in journal.daily_measures()}
    # the typed sleep wins; the empty activity is filled, and its source recorded
    assert measures[JUNE2].sleep_hours == 6.5
    assert measures[JUNE2].activity_minutes == 25
    assert measures[JUNE2].sources == {"activity_minutes": "apple-health"}
    # a day without a check-in keeps its device values, with no mood
    assert measures[JUNE3].mood is None and measures[JUNE3].sleep_hours == 5.75
    assert measures[JUNE3].sources["sleep_hours"] == "apple-health"


def test_a_reimport_adds_nothing_and_a_newer_export_only_the_new_nights(
    cli, journal_path, tmp_path
):
    cli("import", str(DATA / "oura_data.json"))
    again = cli("import", str(DATA / "oura_data.json"))
    assert "Nothing new" in again.output and "0 added" in again.output
    newer = json.loads((DATA / "oura_data.json").read_text(encoding="utf-8"))
    newer["sleep"].append(
        {
            "day": "2026-06-04",
            "bedtime_end": "2026-06-04T07:00:00+02:00",
            "total_sleep_duration": 27000,
            "time_in_bed": 28800,
            "type": "long_sleep",
        }
    )
    newer["sleep"][0]["total_sleep_duration"] = 1000  # a changed old night is not re-added
    path = tmp_path / "oura_newer.json"
    path.write_text(json.dumps(newer), encoding="utf-8")
    result = cli("import", str(path))
    assert "2 added" in result.output and "Nights in the file: 3 (1 new)" in result.output
    with Journal.open(journal_path) as journal:
        nights = [(v.date, v.value) for v in journal.device_values() if v.field == "sleep_hours"]
    assert nights == [(JUNE2, 7.0), (JUNE3, 5.5), (dt.date(2026, 6, 4), 7.5)]


def test_two_devices_the_first_imported_is_shown_and_the_other_listed(cli, journal_path):
    cli("import", str(DATA / "garmin_export.zip"))
    result = cli("import", str(DATA / "Daily activity metrics.csv"))
    assert "2026-06-02 steps: Garmin Connect measured 9120, Google Fit 5230" in result.output
    with Journal.open(journal_path) as journal:
        shown = {m.date: m for m in journal.daily_measures()}
        assert len(journal.device_values()) == 8 + 4  # both kept, by source
    assert (
        shown[JUNE2].activity_minutes == 30 and shown[JUNE2].sources["activity_minutes"] == "garmin"
    )


def test_the_json_export_carries_each_value_with_its_source_and_round_trips(
    cli, journal_path, tmp_path
):
    typed_journal(journal_path)
    cli("import", str(DATA / "fitbit_takeout.zip"))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert cli("export", "-o", str(first)).exit_code == 0
    document = json.loads(first.read_text(encoding="utf-8"))
    assert {
        "date": "2026-06-03",
        "field": "steps",
        "value": 6400,
        "source": "fitbit",
        "id": 9,
    } in document["device_values"]
    assert {c["date"]: c["steps"] for c in document["checkins"]} == {
        "2026-06-01": None,
        "2026-06-02": None,
    }
    empty = tmp_path / "empty.sqlite3"
    assert cli("import", str(first), db=empty).exit_code == 0
    assert cli("export", "-o", str(second), db=empty).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_typed_steps_win_and_log_takes_steps(cli, journal_path):
    assert cli("log", "--date", "2026-06-03", "--mood", "6", "--steps", "1234").exit_code == 0
    result = cli("import", str(DATA / "Daily activity metrics.csv"))
    assert "2026-06-03 steps: you typed 1234, Google Fit measured 2988" in result.output
    with Journal.open(journal_path) as journal:
        assert journal.checkin(JUNE3).steps == 1234
    updated = cli("log", "--date", "2026-06-03", "--steps", "5000")  # an update: steps only
    assert "steps 1234 -> 5000" in updated.output
    with Journal.open(journal_path) as journal:
        assert (journal.checkin(JUNE3).mood, journal.checkin(JUNE3).steps) == (6, 5000)
    bad = cli("log", "--date", "2026-06-04", "--mood", "6", "--steps", "-5")
    assert bad.exit_code == 2 and "--steps" in bad.output


def test_a_dry_run_and_a_broken_file_write_nothing(cli, journal_path, tmp_path):
    typed_journal(journal_path)
    dry = cli("import", "--dry-run", str(DATA / "garmin_export.zip"))
    assert "Dry run" in dry.output and "8 to add" in dry.output
    broken = tmp_path / "export.xml"
    text = (DATA / "apple_export.xml").read_text(encoding="utf-8")
    broken.write_text(
        text.replace('startDate="2026-06-03 09:00:00 +0200"', 'startDate="soon"'), encoding="utf-8"
    )
    result = cli("import", str(broken))
    assert (
        result.exit_code == 2
        and "startDate" in result.output
        and "Nothing was imported" in result.output
    )
    with Journal.open(journal_path) as journal:
        assert journal.device_values() == []


def test_an_import_is_undone_from_the_history(cli, journal_path, tmp_path):
    shutil.copy(DATA / "Daily activity metrics.csv", tmp_path / "fit.csv")
    cli("import", str(tmp_path / "fit.csv"))
    with Journal.open(journal_path) as journal:
        assert len(journal.device_values()) == 4
        for _ in range(4):
            journal.undo_last()
        assert journal.device_values() == []


def test_a_zip_with_a_name_outside_it_or_a_bomb_is_refused(cli, journal_path, tmp_path):
    import zipfile

    outside = tmp_path / "takeout.zip"
    with zipfile.ZipFile(outside, "w") as archive:
        archive.writestr("../sleep-2026-06-01.json", "[]")
    result = cli("import", str(outside))
    assert result.exit_code == 2 and "points outside the archive" in result.output
    bomb = tmp_path / "export.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", b"<HealthData>" + b" " * 50_000_000)
    result = cli("import", str(bomb))
    assert result.exit_code == 2 and "zip bomb" in result.output
    with Journal.open(journal_path) as journal:
        assert journal.device_values() == []


def test_a_spreadsheet_resaved_google_fit_csv_is_read(cli, journal_path, tmp_path):
    text = (DATA / "Daily activity metrics.csv").read_text(encoding="utf-8")
    resaved = tmp_path / "Daily activity metrics.csv"
    resaved.write_bytes(text.encode("utf-16"))
    result = cli("import", str(resaved))
    assert result.exit_code == 0, result.output
    assert "4 added" in result.output

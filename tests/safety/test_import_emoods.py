"""Importing eMoods: entry.csv alone and inside the .emoods backup zip."""

from __future__ import annotations

import json
import zipfile

import pytest

from trdjournal.exchange.incoming import CHECKIN_FIELDS

EXPECTED = {
    # date: (mood from DEPRESSED, anxiety from ANXIETY, sleep hours, note)
    "2026-06-01": (7, 0, 7.5, "Good day"),
    "2026-06-02": (5, 3, 6.25, "Tired, a bit low"),  # 6.3 h -> nearest quarter hour
    "2026-06-04": (3, 7, 5.0, ""),
    "2026-06-05": (1, 10, None, "Worst in weeks"),  # SLEEP 0: not logged
}


def _emoods_zip(data, tmp_path):
    backup = tmp_path / "eMoods backup.emoods"
    with zipfile.ZipFile(backup, "w") as archive:
        archive.write(data / "emoods" / "entry.csv", "entry.csv")
        archive.writestr("medications.csv", "ID,NAME\n1,Lithium\n")
    return backup


@pytest.mark.parametrize("packaging", ["entry.csv", ".emoods zip"])
def test_emoods_rows_become_checkins_with_the_documented_mapping(cli, data, tmp_path, packaging):
    source = data / "emoods" / "entry.csv"
    if packaging != "entry.csv":
        source = _emoods_zip(data, tmp_path)
    result = cli("import", str(source))
    assert result.exit_code == 0, result.output
    assert "eMoods" in result.output
    assert "check-ins: 4 added" in result.output
    assert "Skipped 1 row with nothing logged" in result.output
    # Line 7 has sleep but no DEPRESSED rating, and the journal has no check-in that day.
    assert "1 row had sleep but no DEPRESSED rating" in result.output
    assert "1 day with sleep but no mood is kept as values from eMoods" in result.output
    assert "entries in the file: 5; check-ins written: 4; days merged: 0" in result.output
    if "elevated" in CHECKIN_FIELDS:  # the scales branch (issue 17) merged: imported, 0-3
        assert "ELEVATED" not in result.output
    else:  # until then the summary says so
        assert "Not imported (no place in a check-in yet): ELEVATED, IRRITABILITY" in result.output
    days = {c["date"]: c for c in json.loads(cli("entries", "--json").output)}
    got = {d: (c["mood"], c["anxiety"], c["sleep_hours"], c["note"]) for d, c in days.items()}
    assert got == EXPECTED
    assert cli("import", str(source)).output.count("4 skipped (already in the journal)") == 1


def test_a_malformed_emoods_row_stops_the_import(cli, data, journal_path):
    cli("log", "--date", "2026-05-01", "--mood", "5")
    before = journal_path.read_bytes()
    result = cli("import", str(data / "emoods" / "malformed.csv"), "--format", "emoods")
    assert result.exit_code == 2
    assert "malformed.csv, line 3: DEPRESSED must be 0 (not logged) to 4 (severe), got '7'" in (
        result.output
    )
    assert journal_path.read_bytes() == before


def test_a_zip_without_entry_csv_is_refused(cli, tmp_path):
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("a.txt", "hello")
    result = cli("import", str(other))
    assert result.exit_code == 2
    assert "a zip holding neither an eMoods entry.csv nor a Daylio backup" in result.output


def test_a_mood_map_is_refused_for_emoods(cli, data):
    result = cli("import", str(data / "emoods" / "entry.csv"), "--mood-map", "good=7")
    assert result.exit_code == 2
    assert "only Daylio CSV files have mood labels" in result.output


def test_a_sleep_only_day_adds_its_sleep_to_the_days_check_in(cli, data):
    cli("log", "--date", "2026-06-06", "--mood", "6")
    result = cli("import", str(data / "emoods" / "entry.csv"))
    assert result.exit_code == 0, result.output
    assert "check-ins: 4 added, 1 replaced" in result.output
    assert "sleep-only day without" not in result.output
    days = {c["date"]: c for c in json.loads(cli("entries", "--json").output)}
    assert (days["2026-06-06"]["mood"], days["2026-06-06"]["sleep_hours"]) == (6, 8.0)


def test_emoods_elevated_and_irritability_import_as_0_to_3(cli, tmp_path):
    """eMoods rates both 1-4 (none, mild, moderate, severe) with 0 for "not logged"."""
    entry = tmp_path / "entry.csv"
    entry.write_text(
        "ID,DATE (YYYY-MM-DD),IRRITABILITY,ANXIETY,DEPRESSED,ELEVATED,SLEEP,PSYCHOTIC SYMPTOMS,"
        "NOTE,THERAPY,MENSTRUAL CYCLE,WEIGHT\n"
        "1,2026-06-01,1,1,2,3,7,1,,0,0,\n"
        "2,2026-06-02,4,1,2,0,7,1,,0,0,\n",
        encoding="utf-8",
    )
    result = cli("import", str(entry))
    assert result.exit_code == 0, result.output
    assert "ELEVATED" not in result.output.split("Not imported")[-1]
    days = {c["date"]: c for c in json.loads(cli("entries", "--json").output)}
    assert (days["2026-06-01"]["elevated"], days["2026-06-01"]["irritability"]) == (2, 0)
    assert (days["2026-06-02"]["elevated"], days["2026-06-02"]["irritability"]) == (None, 3)


def test_a_sleep_only_day_without_a_check_in_is_kept_and_fills_the_day_once_logged(
    cli, data, journal_path, tmp_path
):
    """Issue 16.7: eMoods' sleep-only days were skipped. A check-in needs a mood, so the sleep is
    kept as a value from eMoods (like a device's): shown, never over what is typed, and filling
    the day's sleep once that day is logged."""
    assert cli("import", str(data / "emoods" / "entry.csv")).exit_code == 0
    assert cli("export", "-o", str(tmp_path / "export.json")).exit_code == 0
    kept = json.loads((tmp_path / "export.json").read_text())["device_values"]
    assert [(v["date"], v["field"], v["value"], v["source"]) for v in kept] == [
        ("2026-06-06", "sleep_hours", 8.0, "emoods")
    ]
    again = cli("import", str(data / "emoods" / "entry.csv"))
    assert "0 added, 1 skipped" in again.output  # a re-import adds nothing twice
    cli("log", "--date", "2026-06-06", "--mood", "6")
    from trdjournal.storage import Journal

    with Journal.open(journal_path) as journal:
        (day,) = [m for m in journal.daily_measures() if m.date.isoformat() == "2026-06-06"]
    assert (day.mood, day.sleep_hours) == (6, 8.0)

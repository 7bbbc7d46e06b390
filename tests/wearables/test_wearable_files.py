"""Reading a watch's export: a zip is opened once whatever the number of its files, its limits
hold, and a CSV's records are named by the line they start on."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from trdjournal.exchange import importer, limits, wearables
from trdjournal.exchange.incoming import MalformedFile

DATA = Path(__file__).resolve().parents[1] / "data" / "wearables"


def _fitbit_zip(path: Path, months: int) -> Path:
    """A Fitbit Takeout with a steps file for each of ``months`` months (the Web API's
    activity time series: dateTime MM/DD/YY, value)."""
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(months):
            year, month = 2020 + i // 12, i % 12 + 1
            records = [{"dateTime": f"{month:02d}/01/{year % 100:02d} 00:00:00", "value": "100"}]
            archive.writestr(
                f"Takeout/Fitbit/Global Export Data/steps-{year}-{month:02d}-01.json",
                json.dumps(records),
            )
    return path


@pytest.mark.parametrize("fmt", ["fitbit", "garmin"])
def test_a_zip_is_opened_once_however_many_files_it_holds(monkeypatch, tmp_path, fmt):
    opened = []
    original = limits.SafeZip.__init__

    def counting(self, *args, **kwargs):
        opened.append(args[0])
        original(self, *args, **kwargs)

    monkeypatch.setattr(limits.SafeZip, "__init__", counting)
    if fmt == "fitbit":
        path = _fitbit_zip(tmp_path / "takeout.zip", months=60)
    else:
        path = DATA / "garmin_export.zip"
    found = importer.detect(path)
    data = wearables.parse(path, found)
    assert found == fmt
    assert data.entries >= 2
    assert len(opened) == 2  # once to tell what it is, once to read it


def test_a_zip_of_too_many_files_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(limits, "MAX_MEMBERS", 10)
    path = _fitbit_zip(tmp_path / "takeout.zip", months=11)
    with pytest.raises(MalformedFile, match="holds 11 files, over the import limit of 10"):
        importer.detect(path)


def test_a_refusal_after_a_quoted_note_over_several_lines_names_the_right_line(tmp_path):
    sleep = tmp_path / "sleep.csv"
    sleep.write_text(
        "id;day;bedtime_start;bedtime_end;total_sleep_duration;time_in_bed;type;comment\n"
        "b1;2026-06-02;2026-06-01T23:05:00+02:00;2026-06-02T06:55:00+02:00;25200;28200;"
        'long_sleep;"woke at 3,\nthen again at 5\nand at 6"\n'
        "b2;2026-06-03;2026-06-02T23:00:00+02:00;soon;25200;28200;long_sleep;\n",
        encoding="utf-8",
    )
    with pytest.raises(MalformedFile) as refused:
        wearables.parse(sleep, "oura")
    assert refused.value.where.startswith("sleep.csv line 5 ")  # not line 3: the note is 3 lines
    fit = tmp_path / "Daily activity metrics.csv"
    fit.write_text(
        'Date,Move Minutes count,Step count,Notes\n2026-06-02,41,5230,"a walk\nin the rain"\n'
        "2026-06-03,18,many,\n",
        encoding="utf-8",
    )
    with pytest.raises(MalformedFile) as refused:
        wearables.parse(fit, "google-fit")
    assert refused.value.where == "line 4 step count"


def test_the_csv_inside_a_zip_is_read_like_the_file_on_its_own(tmp_path):
    takeout = tmp_path / "takeout.zip"
    with zipfile.ZipFile(takeout, "w") as archive:
        archive.write(DATA / "Daily activity metrics.csv", "Takeout/Fit/Daily activity metrics.csv")
    alone = wearables.parse(DATA / "Daily activity metrics.csv", "google-fit")
    assert wearables.parse(takeout, "google-fit").days == alone.days != []

"""The PDF's sleep and activity panels show what a device measured only where nothing was
typed, and say so in words; without device values nothing changes."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "wearables"


def test_device_values_are_named_on_the_charts_page(cli, tmp_path, read_pages):
    assert cli("log", "--date", "2026-06-02", "--mood", "4", "--sleep", "6.5").exit_code == 0
    out = tmp_path / "before.pdf"
    assert cli("report", "-o", str(out), "--from", "2026-05-20").exit_code == 0
    assert not any("measured by a device" in page for page in read_pages(out))
    assert cli("import", str(DATA / "garmin_export.zip")).exit_code == 0
    out = tmp_path / "after.pdf"
    assert cli("report", "-o", str(out), "--from", "2026-05-20").exit_code == 0
    charts = next(page for page in read_pages(out) if "Timeline of the period" in page)
    assert charts.count("measured by a device") == 2  # the sleep and the activity panel

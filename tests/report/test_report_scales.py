"""The report with the new scales: page 1 flags QIDS-SR16 item 12 and names elevated mood as
logged; the charts page gives each logged scale (and elevation) its own panel; the trial pages
say which scale judged the trials."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

from trdjournal.analysis import analyse
from trdjournal.report import text
from trdjournal.report.options import default_period
from trdjournal.storage import Journal

TODAY = dt.date(2026, 6, 15)


def report(cli, read_pages, db, out, *args):
    result = cli("report", "-o", str(out), *args, db=db)
    assert result.exit_code == 0, result.output
    return read_pages(out)


def test_page_one_flags_qids_item_12_and_names_the_brief_elevation(
    cli, read_pages, demo_path, tmp_path
):
    first = report(cli, read_pages, demo_path, tmp_path / "r.pdf")[0]
    with Journal.open(demo_path) as journal:
        start, end = default_period([a.date for a in journal.appointments()], TODAY)
        summary = analyse(journal).summary(start, end)
    (flag,) = summary.safety_answers  # the demo's dip
    assert flag.instrument == "qids-sr16" and flag.item == 12
    assert "QIDS-SR16 item 12 (thoughts of death or suicide) at 1 or more, 1 time:" in first
    assert f"{text.day(flag.date)} (item 12 = 1 of 3; QIDS-SR16 total {flag.total})" in first
    elevated = next(e for e in summary.elevation if e.measure == "elevated")
    assert elevated.shown and elevated.highest == "moderate"
    assert f"Elevated mood logged on {elevated.days} days (highest: moderate)." in first
    assert "QIDS-SR16" in first and "Trials are judged on PHQ-9 (the primary scale)." in first


def test_no_elevation_line_when_no_day_reached_moderate(cli, read_pages, tmp_path):
    db = tmp_path / "j.sqlite3"
    cli("log", "--date", "2026-06-10", "--mood", "6", "--elevated", "1", db=db)
    first = report(cli, read_pages, db, tmp_path / "r.pdf", "--from", "2026-06-01")[0]
    assert "Elevated mood logged" not in first
    cli("log", "--date", "2026-06-11", "--mood", "6", "--elevated", "3", db=db)
    first = report(cli, read_pages, db, tmp_path / "r.pdf", "--from", "2026-06-01")[0]
    assert "Elevated mood logged on 2 days (highest: severe)." in first


def test_charts_page_has_a_panel_per_logged_scale_and_elevation(
    cli, read_pages, demo_path, tmp_path
):
    pages = report(cli, read_pages, demo_path, tmp_path / "r.pdf", "--sections", "charts")
    charts = " ".join(pages)
    for title in ("Elevated mood", "PHQ-9 (0-27)", "GAD-7 (0-21)", "QIDS-SR16 (0-27)"):
        assert title in charts
    assert "MADRS-S" not in charts  # not logged: no panel
    early = report(
        cli, read_pages, demo_path, tmp_path / "e.pdf", "--sections", "charts",
        "--from", "2025-01-01", "--to", "2025-03-01",
    )  # fmt: skip
    assert "Elevated mood" not in early[0] and "QIDS-SR16" not in early[0]


def test_with_qids_sr16_as_primary_the_pdf_says_so(cli, read_pages, demo_path, tmp_path):
    db = tmp_path / "qids.sqlite3"
    shutil.copy(demo_path, db)
    with Journal.open(db) as journal:
        journal.save_settings(dataclasses.replace(journal.settings(), primary_scale="qids-sr16"))
    pages = report(cli, read_pages, db, tmp_path / "r.pdf")
    everything = " ".join(pages)
    assert "Trials are judged on QIDS-SR16 (the primary scale)." in pages[0]
    assert "Trials are judged on QIDS-SR16, the primary scale." in everything
    assert "scores are QIDS-SR16 totals (the primary scale)" in everything
    assert "remission = QIDS-SR16 5 or less" in everything

"""The timeline page marks episodes as the app's Charts do (issue 15: "Charts, Trials and the
report mark episode boundaries and relapses")."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from trdjournal.cli import main


def _timeline_page(demo_path, tmp_path, read_pages, start: str) -> str:
    pdf = tmp_path / "report.pdf"
    result = CliRunner().invoke(
        main, ["--db", str(demo_path), "report", "--from", start, "-o", str(pdf)]
    )
    assert result.exit_code == 0, result.output
    (page,) = [p for p in read_pages(pdf) if "Timeline of the period" in p]
    return page


def test_a_year_with_a_remission_and_a_relapse_marks_both(demo_path, tmp_path, read_pages):
    """The demo's first episode ends in remission from 2025-09-07 and PHQ-9 11 on 2026-05-03 is
    a relapse (demo.py's docstring): both fall in a report from 2025-06-01."""
    page = _timeline_page(demo_path, tmp_path, read_pages, "2025-06-01")
    assert "Heavy lines across mood mark where an episode began" in page
    assert "remission" in page.split("Mood (0-10)")[1] and "relapse" in page


def test_a_period_without_a_boundary_says_nothing_of_episodes(demo_path, tmp_path, read_pages):
    page = _timeline_page(demo_path, tmp_path, read_pages, (dt.date(2026, 5, 10)).isoformat())
    assert "Heavy lines" not in page and "relapse" not in page

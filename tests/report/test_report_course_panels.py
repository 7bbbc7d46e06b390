"""Review mend: the PDF's trial panels draw courses of sessions (rTMS, ECT, esketamine,
psychotherapy) as the app's trial overlay does, not only medication trials."""

from __future__ import annotations

import datetime as dt

from trdjournal.analysis import analyse
from trdjournal.analysis.course_overlay import course_curves
from trdjournal.domain import wording
from trdjournal.report import text
from trdjournal.report.options import ReportRequest
from trdjournal.storage import Journal

TODAY = dt.date(2026, 6, 15)
START = dt.date(2025, 3, 1)  # the demo's rTMS (April 2025) and psychotherapy (July 2025) courses


def charts_text(cli, read_pages, demo_path, out, start: dt.date) -> str:
    args = ("report", "-o", str(out), "--from", start.isoformat(), "--sections", "charts")
    result = cli(*args, db=demo_path)
    assert result.exit_code == 0, result.output
    return " ".join(read_pages(out))


def test_each_course_of_the_period_has_its_own_panel(cli, read_pages, demo_path, tmp_path):
    charts = charts_text(cli, read_pages, demo_path, tmp_path / "r.pdf", START)
    with Journal.open(demo_path) as journal:
        analysis = analyse(journal)
    courses = [c for c in analysis.courses if c.end >= START]
    assert {c.kind for c in courses} >= {"rtms", "psychotherapy"}
    assert "Trials and courses: score against weeks on the treatment" in charts
    assert "has its own panel, its scores drawn as diamonds" in charts  # the key says so
    for course in courses:
        assert f"{course.name}: {wording.sessions(course.sessions)}" in charts
        assert f"on PHQ-9, from {text.day(course.start)}" in charts
        assert f"baseline ({text.number(course.baseline, 1)})" in charts
    assert charts.count("weeks from the first session") == len(courses)


def test_course_scores_are_diamonds_at_their_weeks_and_percentages(demo_path):
    """The panels are reportlab vectors: one diamond per score of each course's curve (the
    curve the app's overlay draws), and none on a medication trial's panel."""
    from reportlab.graphics.shapes import Polygon

    from trdjournal.report.charts_page import _treatments_for, trial_panels

    with Journal.open(demo_path) as journal:
        analysis = analyse(journal)
    request = ReportRequest(start=START, end=TODAY)
    treatments = _treatments_for(analysis, request)
    drawing = next(f for f in trial_panels(treatments, analysis, 500) if hasattr(f, "contents"))

    def shapes(node):
        for child in getattr(node, "contents", ()):
            yield child
            yield from shapes(child)

    diamonds = [s for s in shapes(drawing) if isinstance(s, Polygon) and len(s.points) == 8]
    curves = course_curves(
        [c for c in analysis.courses if c.end >= START], analysis.data.questionnaires
    )
    assert len(curves) == 2
    assert len(diamonds) == sum(len(c.points) for c in curves)


def test_a_period_without_courses_keeps_the_medication_title(cli, read_pages, demo_path, tmp_path):
    charts = charts_text(cli, read_pages, demo_path, tmp_path / "r.pdf", dt.date(2026, 3, 1))
    assert "Medication trials: score against weeks on the drug" in charts
    assert "Trials and courses" not in charts and "diamonds" not in charts
    assert "weeks from the first session" not in charts

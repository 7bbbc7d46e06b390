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


def test_a_subtitle_on_two_lines_stays_clear_of_the_plot(demo_path):
    """Swedish runs longer: "partiell respons (−35%) på PHQ-9, från 13 nov. 2024" takes two
    lines in a third of the page, and its second line used to touch the plot's "150%" label.
    Every text of a panel's heading now sits above the highest y-axis label."""
    from reportlab.graphics.shapes import String

    from trdjournal.i18n import use_locale
    from trdjournal.report.charts_page import _treatments_for, trial_panels

    with Journal.open(demo_path) as journal, use_locale("sv"):
        analysis = analyse(journal)
        treatments = _treatments_for(analysis, ReportRequest(start=dt.date(2024, 6, 1), end=TODAY))
        flow = trial_panels(treatments, analysis, 480)
    drawing = next(f for f in flow if hasattr(f, "contents"))

    def strings(node):
        for child in getattr(node, "contents", ()):
            if isinstance(child, String):
                yield child
            yield from strings(child)

    for panel in drawing.contents:
        texts = list(strings(panel))
        tops = [s.y for s in texts if s.text.endswith("%") and s.text[:-1].isdigit()]
        heading = [s for s in texts if s.y > max(tops)]
        assert len(heading) >= 2  # title and subtitle
        lowest_heading = min(s.y for s in heading)
        # the "150%" label's top is about 4.5 points above its baseline and the subtitle's
        # descenders 1.5 below its own: 10 points between baselines leave 4 points of air
        assert lowest_heading - max(tops) >= 10, [s.text for s in heading]

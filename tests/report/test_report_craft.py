"""The report's craft as a reader meets it (pypdf reads the PDF back): table cells that never
split a word, a date or a dose; a year on every date when the period spans years; no
comparison with days before the journal began; text copied out equal to what was logged."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from trdjournal.analysis import analyse
from trdjournal.report import text
from trdjournal.storage import Journal

TODAY = dt.date(2026, 6, 15)  # as pinned in tests/conftest.py
MONTH = "|".join(text.MONTHS)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) ({MONTH})\b(?! \d{{4}})")


def _lines(pdf) -> list[list[str]]:
    """Each page's extracted lines, spaces collapsed (a no-break space reads as a space)."""
    reader = PdfReader(str(pdf))
    return [
        [" ".join(line.split()) for line in page.extract_text().splitlines()]
        for page in reader.pages
    ]


@pytest.fixture
def report(cli):
    def run(db, out, *args):
        result = cli("report", "-o", str(out), *args, db=db)
        assert result.exit_code == 0, result.output
        return _lines(out)

    return run


@pytest.fixture(scope="module")
def long_demo(tmp_path_factory):
    """A twenty-year demo journal, built once for the module."""
    from trdjournal.demo import fill_demo_journal

    path = tmp_path_factory.mktemp("long") / "long.sqlite3"
    with Journal.open(path) as journal:
        fill_demo_journal(journal, days=7300, seed=1, end=TODAY)
    return path


def _trial_page(pages: list[list[str]]) -> list[str]:
    start = next(i for i, p in enumerate(pages) if p and p[0].startswith("Trial history"))
    lines = []
    for page in pages[start:]:
        if lines and page and page[0].startswith(("Appendix", "Background")):
            break
        lines += page
    return lines


@pytest.mark.parametrize("days", [730, 7300])
def test_trial_table_never_breaks_a_word_a_date_or_a_dose(report, demo_factory, tmp_path, days):
    db = demo_factory(tmp_path / "j.sqlite3", days)
    start = TODAY - dt.timedelta(days=days - 1)
    pages = report(db, tmp_path / "r.pdf", "--from", start.isoformat(), "--sections", "trials")
    lines = _trial_page(pages)
    tokens = {t for line in lines for t in line.split()}
    with Journal.open(db) as journal:
        analysis = analyse(journal)
    for trial in analysis.trials:
        # each date whole on one line, with its year
        for day in filter(None, (trial.start, trial.end, trial.follow_up_date)):
            assert any(text.day(day) in line for line in lines), text.day(day)
        # a dose and its unit on one line
        assert any(text.dose(trial.max_dose_mg, trial.unit) in line for line in lines)
        # every word of the drug, its class and its outcome whole
        words = f"{trial.drug} {trial.drug_class or ''} {text.label(trial.outcome)}".split()
        for word in words:
            assert word in tokens or any(t.startswith(word) for t in tokens), word
    for course in analysis.courses:
        assert any(text.day(course.start) in line for line in lines)
    # a footnote mark stays on its name's line: the name and its number end the same token
    marked = [t for t in tokens if re.fullmatch(r"[a-zA-Z)]+\d+", t)]
    assert marked, "footnote marks follow their names"


def test_no_word_of_page_one_is_split_either(report, demo_path, tmp_path):
    """ "moderatel / y severe" in the questionnaire table's narrow band column."""
    with Journal.open(demo_path) as journal:
        reading = next(
            q for q in journal.questionnaires() if q.instrument == "phq9" and 15 <= q.total <= 19
        )
    day = reading.date.isoformat()
    pages = report(
        demo_path, tmp_path / "r.pdf", "--from", day, "--to", day, "--sections", "summary"
    )
    tokens = {t.strip(".,;:()") for line in pages[0] for t in line.split()}
    assert {"moderately", "severe"} <= tokens


@pytest.mark.parametrize(
    "start, end",
    [("2006-06-21", "2026-06-15"), ("2025-12-01", "2026-01-31")],
    ids=["twenty years", "over new year"],
)
def test_every_date_carries_a_year_in_a_multi_year_report(report, long_demo, tmp_path, start, end):
    pages = report(
        long_demo,
        tmp_path / "r.pdf",
        "--from",
        start,
        "--to",
        end,
        "--sections",
        "summary,charts,trials",
    )
    yearless = [m.group() for page in pages for line in page for m in DAY_MONTH.finditer(line)]
    assert not yearless, yearless[:10]
    iso = [m.group() for page in pages for line in page for m in text.ISO_DATE.finditer(line)]
    assert not iso, iso[:10]  # and every date is written the report's one way


def test_a_period_within_one_year_keeps_short_dates(report, demo_path, tmp_path):
    pages = report(demo_path, tmp_path / "r.pdf", "--from", "2026-04-01", "--sections", "charts")
    assert any(DAY_MONTH.search(line) for line in pages[0])  # the axis: "6 Apr", "13 Apr"


def test_no_comparison_with_days_before_the_journal_began(report, long_demo, tmp_path):
    pages = report(long_demo, tmp_path / "r.pdf", "--from", "2006-06-21", "--sections", "summary")
    first = " ".join(pages[0])
    assert "Nothing to compare with: no earlier data" in first
    assert "1986" not in first


def test_comparison_cut_to_the_journal_start(report, cli, journal_path, tmp_path):
    for day in ("2026-06-01", "2026-06-10", "2026-06-14"):
        cli("log", "--date", day, "--mood", "5")
    pages = report(
        journal_path, tmp_path / "r.pdf", "--from", "2026-06-05", "--sections", "summary"
    )
    first = " ".join(pages[0])
    assert (
        "Changes compare with the 4 days before it since the journal began "
        "(1 Jun 2026 – 4 Jun 2026)." in first
    )


def test_copied_text_equals_the_note_that_was_logged(report, cli, journal_path, tmp_path):
    note = "Café med Åsa, crème brûlée 😊 ✓ — Müdigkeit, naïve"
    cli("log", "--date", "2026-06-14", "--mood", "4", "--note", note, "--for-doctor")
    pages = report(journal_path, tmp_path / "r.pdf")
    assert any(note in line for line in pages[0])  # notes marked for the doctor, page 1
    assert note in " ".join(pages[-1])  # the daily log, where its narrow cell wraps it
    assert "\x00" not in "".join(line for page in pages for line in page)


def test_a_character_the_font_lacks_prints_and_copies_as_its_name(
    report, cli, journal_path, tmp_path
):
    cli(
        "log",
        "--date",
        "2026-06-14",
        "--mood",
        "4",
        "--note",
        "Rain all day 🌧 again",
        "--for-doctor",
    )
    pages = report(journal_path, tmp_path / "r.pdf")
    assert any("Rain all day [cloud with rain] again" in line for line in pages[0])


def test_trial_panels_show_their_whole_subtitle_and_no_word_about_a_gui(
    report, long_demo, tmp_path
):
    pages = report(long_demo, tmp_path / "r.pdf", "--from", "2024-01-01", "--sections", "charts")
    joined = " ".join(line for page in pages for line in page)
    assert "GUI" not in joined
    assert "\u2026" not in joined  # nothing cut with an ellipsis
    with Journal.open(long_demo) as journal:
        trials = analyse(journal).trials
    ran = [t for t in trials if t.end is None or t.end >= dt.date(2024, 1, 1)][-6:]
    for trial in ran:
        assert f"from {text.day(trial.start)}" in joined, trial.drug


def test_quarter_hours_of_sleep_read_as_logged(report, cli, journal_path, tmp_path):
    cli("log", "--date", "2026-06-14", "--mood", "6", "--sleep", "8.25")
    pages = report(journal_path, tmp_path / "r.pdf", "--sections", "summary")
    first = " ".join(pages[0])
    assert "Sleep (hours) 8.25 8.25–8.25" in first  # mean and range, as logged


def test_one_session_is_one_session(report, cli, journal_path, tmp_path):
    result = cli("treatment", "add", "rtms", "--date", "2026-06-10")
    assert result.output.startswith("Logged the rTMS session of 2026-06-10, id ")
    pages = report(journal_path, tmp_path / "r.pdf", "--sections", "summary,trials")
    joined = " ".join(line for page in pages for line in page)
    assert "rTMS: 1 session," in joined
    assert "course of 1 session " in joined + " "
    assert "1 sessions" not in joined


def test_appointment_lines_leave_the_life_event_numbers_clear():
    from reportlab.graphics.shapes import Line, String

    from trdjournal.analysis.timeline import Timeline, TimelineRecords, build_timeline
    from trdjournal.domain.background import LifeEvent
    from trdjournal.domain.model import Appointment
    from trdjournal.report.charts_page import timeline_drawing
    from trdjournal.report.vector import DASHED

    start, end = dt.date(2026, 5, 1), dt.date(2026, 6, 15)
    timeline: Timeline = build_timeline(
        TimelineRecords(
            checkins=[],
            med_events=[],
            sessions=[],
            questionnaires=[],
            appointments=[Appointment(dt.date(2026, 5, 20), "", "")],
            life_events=[LifeEvent(dt.date(2026, 5, 20), -2, "Moved house")],
        ),
        start,
        end,
        today=end,
    )
    drawing = timeline_drawing(timeline, 500)
    shapes = list(_walk(drawing))
    row = next(s for s in shapes if isinstance(s, String) and s.text.startswith("life events"))
    number = next(s for s in shapes if isinstance(s, String) and s.text == "\u22122")
    dashed = [
        s
        for s in shapes
        if isinstance(s, Line) and s.x1 == s.x2 and tuple(s.strokeDashArray or ()) == DASHED
    ]
    assert dashed
    for line in dashed:
        low, high = sorted((line.y1, line.y2))
        assert not low < number.y + 2 < high, "an appointment line crosses the event's number"
    assert row.y == number.y


def test_close_life_events_become_marks_rather_than_run_together():
    from reportlab.graphics.shapes import String

    from trdjournal.analysis.timeline import LifeEventMarker
    from trdjournal.report.life_event_row import life_event_row
    from trdjournal.report.vector import DateScale

    dates = DateScale(dt.date(2006, 1, 1), dt.date(2026, 1, 1), 80, 400)
    days = [dt.date(2025, 3, 1), dt.date(2025, 3, 20), dt.date(2025, 4, 2)]
    close = [LifeEventMarker(d, impact, "") for d, impact in zip(days, (2, 2, -3), strict=True)]
    strings = [s.text for s in _walk(life_event_row(close, dates, 0, 9)) if isinstance(s, String)]
    assert strings == ["life events (3)"]  # no "+2+2−3"
    apart = [LifeEventMarker(dt.date(y, 1, 1), 1, "") for y in (2008, 2015, 2022)]
    strings = [s.text for s in _walk(life_event_row(apart, dates, 0, 9)) if isinstance(s, String)]
    assert strings.count("+1") == 3


def _walk(group):
    for item in getattr(group, "contents", ()):
        yield item
        yield from _walk(item)

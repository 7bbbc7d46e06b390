"""The appointment report read back as a doctor would read it: the analysis's figures on the
page they belong to, furniture on every page, and valid PDFs for awkward periods."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from trdjournal.analysis import analyse
from trdjournal.report import text
from trdjournal.report.options import default_period, plan_request
from trdjournal.storage import Journal

TODAY = dt.date(2026, 6, 15)  # as pinned in tests/conftest.py


@pytest.fixture
def build(cli, read_pages):
    def run(db, out, *args):
        result = cli("report", "-o", str(out), *args, db=db)
        assert result.exit_code == 0, result.output
        return read_pages(out)

    return run


def test_page_one_has_the_period_summary_the_analysis_computed(build, cli, demo_path, tmp_path):
    pages = build(demo_path, tmp_path / "r.pdf")
    with Journal.open(demo_path) as journal:
        analysis = analyse(journal)
        start, end = default_period([a.date for a in journal.appointments()], TODAY)
    summary = analysis.summary(start, end)
    first = pages[0]
    assert first.startswith("Since last visit")
    assert f"Period {text.period(start, end)}" in first
    assert f"Days logged: {summary.days_logged} of {summary.days_in_range}" in first
    phq9 = next(q for q in summary.questionnaires if q.instrument == "phq9")
    assert (
        f"PHQ-9 {phq9.latest.total} on {text.short_day(phq9.latest.date)} {phq9.latest.band}"
        in first
    )
    assert text.signed(phq9.change, 0) in first
    mood = next(m for m in summary.measures if m.measure == "mood")
    assert f"Mood (0-10) {text.fixed(mood.current.mean)}" in first
    for entry in summary.regimen:
        assert f"{entry.drug} {entry.role} {text.dose(entry.dose, entry.unit)}" in first
    for answer in summary.item9_positives:
        assert f"{text.day(answer.date)} (item 9 = {answer.answer} of 3" in first
    for change in summary.medication_changes:
        assert f"{text.day(change.date)} {change.drug}" in first
    for note in summary.doctor_notes:
        assert note.note in first
    m = analysis.staging.maudsley
    assert f"Maudsley Staging estimate: {m.total_text}" in first
    since = f"(since {analysis.staging.episode_start.day} "
    assert "Failed adequate antidepressant trials in the current episode " + since in first
    assert f"failed antidepressants {m.failures} (1-5)" in first
    # nothing of the summary spills over: page 2 is the charts page
    assert pages[1].startswith("Timeline of the period")


@pytest.mark.parametrize("weeks", [4, 8, 12])
def test_the_summary_fits_on_one_page_for_a_typical_period(build, cli, demo_path, tmp_path, weeks):
    start = TODAY - dt.timedelta(weeks=weeks)
    pages = build(demo_path, tmp_path / "r.pdf", "--from", start.isoformat())
    assert "Notes marked for the doctor" in pages[0]
    assert "Since last visit" not in " ".join(pages[1:])
    assert pages[1].startswith("Timeline of the period")


def test_trial_table_page_has_each_trial_with_its_outcome(build, cli, demo_path, tmp_path):
    pages = build(demo_path, tmp_path / "r.pdf", "--from", "2024-06-01")
    with Journal.open(demo_path) as journal:
        trials = analyse(journal).trials
    trial_page = next(p for p in pages if p.startswith("Trial history"))
    flat = " ".join(trial_page.split())
    for trial in trials:
        assert f"{trial.drug}" in trial_page
        assert " ".join(text.prose(trial.verdict).split()) in flat  # "... so far, week N"
    # issue 15: the held run, the measure, a combination row and the side effects named
    assert "Weeks held at min. dose" in flat and "PHQ-9 22" in flat
    assert "venlafaxine + aripiprazole" in flat
    assert "Episodes in the record: 16 Jun 2024" in flat and "(ended in remission)" in flat
    assert "Relapse on " in flat
    citalopram = trials[0]
    named = ", ".join(list(citalopram.side_effects)[:3])
    assert f"side effects ({named})" in flat
    for trial in trials:
        assert f"{text.day(trial.start)} {text.DASH}" in trial_page
    failed = [t for t in trials if t.failed_adequate_trial]
    assert trial_page.count("failed adequate trial") == len(failed) > 0
    # The footnotes (the analysis's own explanations) write dates and arrows as the table does.
    augmented = next(t for t in trials if t.augmented_by)
    assert f"outcome read up to {text.day(augmented.assessed_until)}" in " ".join(
        trial_page.split()
    )
    assert text.ARROW in trial_page
    assert not text.ISO_DATE.search(trial_page) and " -> " not in trial_page


def test_prose_writes_analysis_dates_and_arrows_in_the_report_style():
    assert text.prose("PHQ-9 20 on 2024-06-16 -> 9 on 2024-08-01") == (
        f"PHQ-9 20 on 16 Jun 2024 {text.ARROW} 9 on 1 Aug 2024"
    )


def test_every_page_carries_page_x_of_y_the_period_and_the_disclaimer(
    build, cli, demo_path, tmp_path
):
    pages = build(demo_path, tmp_path / "r.pdf", "--from", "2025-12-01")
    period = text.period(dt.date(2025, 12, 1), TODAY)
    assert len(pages) > 4
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert f"Period {period}" in page
        assert "Patient-reported data; not a diagnosis" in page


def test_log_appendix_repeats_its_header_on_every_page(build, cli, demo_path, tmp_path):
    pages = build(demo_path, tmp_path / "r.pdf", "--from", "2025-06-15", "--sections", "log")
    assert len(pages) > 3
    assert pages[0].startswith("Appendix: daily log")
    for page in pages:
        assert "Mood Anxiety Sleep Activity Tags Note" in page


def test_metadata_and_embedded_fonts(build, cli, demo_path, tmp_path):
    out = tmp_path / "r.pdf"
    build(demo_path, out, "--sections", "summary")
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert meta.author == "trdjournal"
    assert meta.title.startswith("Appointment report")
    assert meta.creation_date is not None
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert not any("Helvetica" in f for f in fonts), fonts


def test_name_comes_from_settings_and_no_name_leaves_it_off(build, demo_factory, tmp_path):
    db = demo_factory(tmp_path / "j.sqlite3", 120)
    with Journal.open(db) as journal:
        import dataclasses

        journal.save_settings(
            dataclasses.replace(journal.settings(), report_name="Åsa Müller-Größ")
        )
    named = build(db, tmp_path / "a.pdf")
    assert "Åsa Müller-Größ" in named[0]
    assert all("Åsa Müller-Größ" in page for page in named)  # the footer of every page
    unnamed = build(db, tmp_path / "b.pdf", "--no-name")
    assert not any("Åsa" in page for page in unnamed)


def test_a_non_ascii_note_prints_as_written(build, cli, journal_path, tmp_path):
    note = "Müde, aber der Spaziergang tat gut. Promenad i snön med Åsa; ÿ ł ő € — ok"
    cli("log", "--date", "2026-06-14", "--mood", "4", "--note", note, "--for-doctor")
    pages = build(journal_path, tmp_path / "r.pdf")
    assert note in pages[0]  # marked for the doctor: page 1
    assert note in pages[-1]  # and the log appendix


def test_an_empty_journal_gives_a_valid_report(build, cli, journal_path, tmp_path):
    pages = build(journal_path, tmp_path / "r.pdf")
    start, end = TODAY - dt.timedelta(days=89), TODAY
    assert f"Period {text.period(start, end)} (90 days)" in pages[0]
    assert "Days logged: 0 of 90" in pages[0]
    assert "no check-ins in this period" in pages[1]
    assert any("No medication is logged." in p for p in pages)
    assert "Nothing was logged in this period." in pages[-1]


def test_a_single_day_gives_a_valid_report(build, cli, demo_path, tmp_path):
    pages = build(demo_path, tmp_path / "r.pdf", "--from", "2026-06-10", "--to", "2026-06-10")
    assert "Days logged: 1 of 1" in pages[0]
    assert "Period 10 Jun 2026 " in pages[0]
    assert pages[-1].startswith("Appendix: daily log")


def test_a_twenty_year_period_gives_a_valid_report(build, demo_factory, tmp_path):
    db = demo_factory(tmp_path / "long.sqlite3", 7300)
    start = TODAY - dt.timedelta(days=7299)
    pages = build(db, tmp_path / "r.pdf", "--from", start.isoformat())
    assert pages[0].startswith("Since last visit")
    assert pages[1].startswith("Timeline of the period")
    assert len(pages) > 100  # the daily log of twenty years
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_default_period_starts_at_the_last_past_appointment():
    visits = [dt.date(2026, 3, 1), dt.date(2026, 5, 5), TODAY, dt.date(2026, 7, 1)]
    assert default_period(visits, TODAY) == (dt.date(2026, 5, 5), TODAY)
    assert default_period([], TODAY) == (TODAY - dt.timedelta(days=89), TODAY)
    # --to alone: the period ends there and starts at the visit before it
    request = plan_request(
        appointments=visits, today=TODAY, report_name="", end=dt.date(2026, 4, 1)
    )
    assert (request.start, request.end) == (dt.date(2026, 3, 1), dt.date(2026, 4, 1))


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--sections", "summary,graphs"], "--sections"),
        (["--sections", ","], "--sections"),
        (["--from", "2026-06-10", "--to", "2026-06-01"], "--from"),
        (["--to", "2026-07-01"], "--to"),
        (["--from", "2026-02-30"], "--from"),
    ],
)
def test_invalid_options_exit_2_naming_the_option(build, cli, demo_path, tmp_path, args, option):
    before = demo_path.read_bytes()
    out = tmp_path / "r.pdf"
    result = cli("report", "-o", str(out), *args, db=demo_path)
    assert result.exit_code == 2, result.output
    assert option in result.output
    assert not out.exists()
    assert demo_path.read_bytes() == before


def test_sections_choose_the_pages(build, cli, demo_path, tmp_path):
    pages = build(demo_path, tmp_path / "r.pdf", "--sections", "trials,summary")
    assert pages[0].startswith("Since last visit")  # fixed order whatever was typed
    assert pages[1].startswith("Trial history")
    assert len(pages) == 2


@pytest.mark.parametrize("weeks", [4, 8, 12])
def test_page_one_fits_without_being_shrunk(demo_path, weeks):
    """The one-page guard (KeepInFrame) may shrink an extreme period; a typical one must fit
    at full size."""
    from reportlab.pdfgen.canvas import Canvas

    from trdjournal.report.pages import frame_height, frame_width
    from trdjournal.report.summary_page import SummaryInputs, summary_page

    with Journal.open(demo_path) as journal:
        analysis = analyse(journal)
    summary = analysis.summary(TODAY - dt.timedelta(weeks=weeks), TODAY)
    (page,), _later = summary_page(SummaryInputs(summary, analysis.staging, "Åsa Lind", TODAY))
    page.wrapOn(Canvas(io.BytesIO()), frame_width(), frame_height())
    assert getattr(page, "_scale", 1.0) == 1.0


def test_charts_page_draws_the_shared_timeline_and_overlay_models(build, demo_path, tmp_path):
    from trdjournal.analysis.timeline import build_timeline
    from trdjournal.analysis.trial_overlay import trial_curves

    start = dt.date(2025, 3, 1)
    pages = build(
        demo_path, tmp_path / "r.pdf", "--from", start.isoformat(), "--sections", "charts"
    )
    with Journal.open(demo_path) as journal:
        timeline = build_timeline(journal, start, TODAY, today=TODAY)
        analysis = analyse(journal)
    charts = " ".join(pages)
    assert pages[0].startswith("Timeline of the period")
    for lane in timeline.lanes:
        assert lane.drug in charts
    for kind in {s.kind for s in timeline.sessions}:
        count = sum(s.kind == kind for s in timeline.sessions)
        assert f"{text.label(kind)} ({count})" in charts
    running = [t for t in analysis.trials if t.end is None or t.end >= start]
    curves = trial_curves(running, analysis.data.checkins, analysis.data.questionnaires)
    assert curves
    for curve in curves:
        assert f"baseline ({text.number(curve.baseline, 1)})" in charts


def test_a_long_note_for_the_doctor_continues_in_full_after_page_one(
    build, cli, journal_path, tmp_path
):
    sentence = "Slept badly <again> & woke at 4; the dose change felt like too much. "
    note = (sentence * 140).strip()  # about 9,500 characters, several pages
    cli("log", "--date", "2026-06-14", "--mood", "3", "--note", note, "--for-doctor")
    pages = build(journal_path, tmp_path / "r.pdf", "--sections", "summary,log")
    assert "Slept badly <again> & woke at 4" in pages[0]  # an excerpt on page 1
    assert "1 more (earlier or longer) in full on the next page" in pages[0]
    assert pages[1].startswith("Notes marked for the doctor (in full)")
    full = " ".join(pages[1:])
    assert full.count("Slept badly <again> & woke at 4") >= 140

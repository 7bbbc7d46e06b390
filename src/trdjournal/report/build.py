"""Assemble the appointment report from one analysis result and write the PDF.

The CLI and the GUI both call ``write_report``; nothing here knows about either.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

from trdjournal.analysis import JournalAnalysis
from trdjournal.report.options import ReportRequest


@dataclasses.dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    seconds: float


def write_report(
    analysis: JournalAnalysis,
    request: ReportRequest,
    path: str | Path,
    *,
    generated: dt.date | None = None,
) -> ReportResult:
    """Write the PDF for ``request`` to ``path`` (replaced if it exists)."""
    from reportlab.platypus import PageBreak

    from trdjournal.report import text
    from trdjournal.report.pages import Furniture, make_document, numbered_canvas
    from trdjournal.storage.private_files import private_output

    began = time.perf_counter()
    path = Path(path)
    generated = generated or analysis.today
    furniture = Furniture(text.period(request.start, request.end), request.name)
    with text.dates_for_period(request.start, request.end):
        sections = [_section(name, analysis, request, generated) for name in request.sections]
        story: list = []
        for flowables in sections:
            if story:
                story.append(PageBreak())
            story += flowables
        with private_output(path) as temporary:  # 0600, and never half a PDF under its name
            document = make_document(temporary, furniture)
            document.build(story, canvasmaker=numbered_canvas(furniture))
    return ReportResult(path, document.page, time.perf_counter() - began)


def _section(
    name: str, analysis: JournalAnalysis, request: ReportRequest, generated: dt.date
) -> list:
    if name == "summary":
        from reportlab.platypus import PageBreak

        from trdjournal.analysis.history import counted_text
        from trdjournal.analysis.pgx import touching
        from trdjournal.report.summary_page import SummaryInputs, notes_continued, summary_page

        summary = analysis.summary(request.start, request.end)
        d = analysis.data
        page, later = summary_page(
            SummaryInputs(
                summary,
                analysis.staging,
                request.name,
                generated,
                life_events=tuple(
                    e for e in d.life_events if request.start <= e.date <= request.end
                ),
                labs=tuple(r for r in d.lab_results if request.start <= r.date <= request.end),
                primary_scale=analysis.primary_scale,
                pgx=tuple(touching(analysis.trials, start=request.start, end=request.end)),
                counted=counted_text(analysis),
                journal_start=min((c.date for c in d.checkins), default=None),
            )
        )
        return [*page, PageBreak(), *notes_continued(later)] if later else page
    if name == "charts":
        from trdjournal.report.charts_page import charts_page

        return charts_page(analysis, request)
    if name == "trials":
        from trdjournal.analysis.history import history_items
        from trdjournal.report.trial_table import trial_history

        trials = [t for t in analysis.trials if t.start <= request.end]
        items = [i for i in history_items(analysis) if i.start <= request.end]
        return trial_history(
            trials, analysis.adequacy_days, analysis.primary_scale, items, analysis.staging
        )
    if name == "background":
        from trdjournal.report.background_section import background_section

        labs = [r for r in analysis.data.lab_results if r.date <= request.end]
        return background_section(analysis.data.background, labs, generated)
    if name == "log":
        from trdjournal.report.log_appendix import log_appendix

        days = [c for c in analysis.data.checkins if request.start <= c.date <= request.end]
        return log_appendix(sorted(days, key=lambda c: c.date), request.days)
    raise ValueError(f"unknown report section {name!r}")

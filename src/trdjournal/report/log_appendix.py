"""The appendix: the period's daily log as a compact table that splits across pages.

One row per logged day straight from the journal's check-ins; long notes are cut to an
excerpt so no row outgrows a page (the full text stays in the journal).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby

from reportlab.platypus import Spacer

from trdjournal.domain.model import CheckIn
from trdjournal.i18n import N_, _
from trdjournal.report import text
from trdjournal.report.pages import frame_width
from trdjournal.report.tables import cell, data_table, heading, para

NOTE_CHARS = 160
FOR_DOCTOR = N_("[for the doctor]")


def log_appendix(checkins: Sequence[CheckIn], period_days: int) -> list:
    flow = [
        heading(_("Appendix: daily log")),
        para(
            _(
                "{count} check-ins over {period_days} days. Mood, anxiety 0–10 (10 = best mood, most anxious); sleep in hours; activity in minutes. Long notes are shortened; the journal keeps them whole."
            ).format(count=len(checkins), period_days=period_days),
            "small",
        ),
    ]
    if not checkins:
        return [*flow, para(_("Nothing was logged in this period."))]
    width = frame_width()
    widths = [x * width for x in (0.11, 0.08, 0.07, 0.065, 0.08, 0.19, 0.405)]
    # One table per month: the month names the date column, and short tables keep the
    # build linear (reportlab re-measures the rest of a table at every page split).
    for (year, month), days in groupby(checkins, key=lambda c: (c.date.year, c.date.month)):
        flow.append(
            data_table(
                [
                    text.month_year(dt.date(year, month, 1)),
                    _("Mood"),
                    _("Anxiety"),
                    _("Sleep"),
                    _("Activity"),
                    _("Tags"),
                    _("Note"),
                ],
                [_row(c) for c in days],
                widths,
                right_align=(1, 2, 3, 4),
            )
        )
        flow.append(Spacer(1, 2))
    return flow


def _row(c: CheckIn) -> list:
    note = text.excerpt(c.note, NOTE_CHARS) if c.note else ""
    if c.for_doctor and note:
        note_cell: object = para(f"<b>{_(FOR_DOCTOR)}</b> {text.markup(note)}", "cell")
    else:
        note_cell = cell(note) if len(note) > 40 else note
    tags = ", ".join(c.tags)
    return [
        text.weekday_day(c.date),
        str(c.mood),
        "" if c.anxiety is None else str(c.anxiety),
        "" if c.sleep_hours is None else text.number(c.sleep_hours, 2),
        "" if c.activity_minutes is None else str(c.activity_minutes),
        cell(tags) if len(tags) > 18 else tags,
        note_cell,
    ]

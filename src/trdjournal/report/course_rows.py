"""The PDF trial table's rows for courses of sessions, and the adherence of medication rows:
the columns of a trial, fitted to a course (sessions where a trial has doses)."""

from __future__ import annotations

from trdjournal.analysis.adherence import TrialAdherence
from trdjournal.analysis.session_courses import SessionCourse
from trdjournal.domain import wording
from trdjournal.domain.scales import scale
from trdjournal.i18n import N_, _
from trdjournal.report import text
from trdjournal.report.tables import cell, para

ADEQUATE_COLUMN = 4
INTRO = N_(
    "Courses of sessions (esketamine, rTMS, ECT, psychotherapy...) are listed among the trials: "
    "adequate = at least the sessions their rule asks (its source is in the notes); scores are "
    "the primary scale's score in the 14 days before the first session and the latest up to 14 "
    "days after the last. A medication trial taken on too few days (missed doses) is not a fair "
    "trial and is not counted as failed."
)


def adequate_word(adequate: bool | None) -> str:
    """The Adequate column's word for a trial's or course's verdict."""
    return {True: _("yes"), False: _("no"), None: _("cannot judge")}[adequate]


def course_row(c: SessionCourse, mark: str) -> list:
    name = f"<b>{text.markup(c.name)}</b>" + (f"<super>{mark}</super>" if mark else "")
    name += _("<br/>course of {wording}").format(wording=wording.sessions(c.sessions))
    dates = f"{text.day(c.start)} {text.DASH} {text.day(c.end)}" + (
        _(" (running)") if c.running else ""
    )
    dates += " " + _("({weeks} wk)").format(weeks=text.number(c.days / 7, 1))
    minimum = (
        _("(min {count})").format(count=c.min_sessions)
        if c.min_sessions is not None
        else _("(no rule)")
    )
    adequate = adequate_word(c.adequate)
    scores = (
        f"{scale(c.measure).name} {c.baseline} {text.ARROW} {c.follow_up} "
        f"({text.day(c.follow_up_date)})"
        if c.measure
        else _("no scores around the course")
    )
    outcome = text.label(c.outcome)
    if c.failed_adequate_trial:
        outcome = _("<b>{outcome}</b><br/>adequate, no response (not counted)").format(
            outcome=outcome
        )
    return [
        para(name, "cell"),
        cell(dates),
        cell(f"{wording.sessions(c.sessions)} {minimum}"),
        text.DASH,
        cell(adequate),
        cell(scores),
        text.signed(c.change_pct, 0) + "%" if c.change_pct is not None else text.DASH,
        para(outcome, "cell"),
        cell(_("running") if c.running else _("ended")),
    ]


def course_notes(c: SessionCourse) -> list[str]:
    return [f"{c.adequacy_rule}: {c.adequacy_basis()}", *c.notes]


def mark_unfair(row: list, adequate: bool | None, adherence: TrialAdherence | None) -> list:
    """The adequacy cell of a medication row says "not a fair trial" under the cut-off."""
    if adherence is not None and not adherence.fair:
        word = adequate_word(adequate)
        row[ADEQUATE_COLUMN] = para(
            _("{word}<br/><b>not a fair trial</b> ({value}% of days)").format(
                word=word, value=round(adherence.adherence * 100)
            ),
            "cell",
        )
    return row

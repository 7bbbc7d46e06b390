"""Trial history: one row per medication trial, the table doctors ask patients to
reconstruct from memory. Every judgement in it (adequate, outcome, failed) is the analysis's;
the notes under the table repeat the analysis's own explanations."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from trdjournal.analysis import pgx
from trdjournal.analysis.history import HistoryItem
from trdjournal.analysis.trials import Trial
from trdjournal.domain.scales import scale, scale_rules
from trdjournal.report import course_rows, text
from trdjournal.report.pages import frame_width
from trdjournal.report.tables import cell, data_table, heading, para

HEADER = [
    "Drug",
    "Dates",
    "Max dose (min adequate)",
    "Weeks at min. dose",
    "Adequate",
    f"Baseline {text.ARROW} follow-up",
    "Change",
    "Outcome",
    "Why stopped",
]
WIDTHS = (0.14, 0.14, 0.12, 0.07, 0.10, 0.12, 0.08, 0.13, 0.10)


def trial_history(
    trials: Sequence[Trial],
    adequacy_days: int,
    primary: str = "phq9",
    items: Sequence[HistoryItem] | None = None,
) -> list:
    """``items``: the whole treatment history (trials and courses, analysis/history.py);
    without it, the trials alone."""
    weeks = adequacy_days // 7
    rules = scale_rules(primary)
    flow = [
        heading("Trial history"),
        para(
            f"Every course of medication logged in the journal, oldest first. Adequate = at least "
            f"the minimum adequate daily dose (MGH-ATRQ) held for {weeks} weeks; scores are "
            f"{rules.name} totals (the primary scale) unless marked as mood. Response = at least "
            f"{rules.response_reduction_percent}% lower than baseline, remission = {rules.name} "
            f"{rules.remission_max} or less.",
            "small",
        ),
        para(course_rows.INTRO, "small"),
        Spacer(1, 1.5 * mm),
    ]
    if items is None:
        items = [HistoryItem("medication", t.start, trial=t) for t in trials]
    if not items:
        return [*flow, para("No medication is logged.")]
    width = frame_width()
    notes: list[str] = []
    rows = []
    for item in items:
        if item.course is not None:  # a course of sessions, in the trials' columns
            explained = course_rows.course_notes(item.course)
            notes.append(f"{item.course.name}: " + "; ".join(explained))
            rows.append(course_rows.course_row(item.course, str(len(notes))))
            continue
        trial = item.trial
        explained = _notes(trial)
        if explained:
            notes.append(f"{trial.drug}: " + "; ".join(explained))
        row = _row(trial, str(len(notes)) if explained else "")
        rows.append(course_rows.mark_unfair(row, trial.adequate, item.adherence))
    header = [cell(h, "cell_bold") for h in HEADER]
    flow.append(data_table(header, rows, [w * width for w in WIDTHS]))
    if notes:
        flow.append(Spacer(1, 2 * mm))
        flow += [
            para(f"{i}. {text.markup(text.prose(n))}", "small")
            for i, n in enumerate(notes, start=1)
        ]
    return flow


def _notes(trial: Trial) -> list[str]:
    notes = list(trial.notes)
    if trial.tachyphylaxis is not None:
        notes.append(f"Possible loss of response (tachyphylaxis): {trial.tachyphylaxis.text}")
    if trial.pgx is not None:
        notes.append(trial.pgx.full_text)
    return notes


def _row(t: Trial, mark: str) -> list:
    drug = f"<b>{text.markup(t.drug)}</b>"
    if mark:
        drug += f"<super>{mark}</super>"
    kind = t.drug_class or "not in the reference table"
    drug += f"<br/>{text.markup(kind)}" + (
        f", {text.markup(t.role)}" if t.role == "augmentation" else ""
    )
    dates = f"{text.day(t.start)} {text.DASH} {text.day(t.end) if t.end else 'ongoing'}"
    dates += f" ({_weeks(t.days)} wk)"
    max_dose = text.dose(t.max_dose_mg, t.unit)
    minimum = (
        f"({text.dose(t.min_adequate_dose_mg, t.unit)})"
        if t.min_adequate_dose_mg is not None
        else "(no minimum)"
    )
    at_dose = _weeks(t.days_at_adequate_dose) if t.days_at_adequate_dose is not None else text.DASH
    adequate = pgx.adequacy_text(t) or {True: "yes", False: "no", None: "cannot judge"}[t.adequate]
    outcome = text.label(t.outcome)
    if t.failed_adequate_trial:
        outcome = f"<b>{outcome}</b><br/>failed adequate trial"
    stopped = (
        text.label(t.stop_reason) if t.stop_reason else ("running" if t.running else "not given")
    )
    return [
        para(drug, "cell"),
        cell(dates),
        cell(f"{max_dose} {minimum}"),
        at_dose,
        cell(adequate),
        cell(_scores(t)),
        text.signed(t.change_pct, 0) + "%" if t.change_pct is not None else text.DASH,
        para(outcome, "cell"),
        cell(stopped),
    ]


def _weeks(days: int | None) -> str:
    return text.number(days / 7, 1) if days is not None else text.DASH


def _scores(t: Trial) -> str:
    if t.measure is None or t.baseline is None or t.follow_up is None:
        return "no scores in the trial window"
    if t.measure == "mood":
        return (
            f"mood deficit {text.number(float(t.baseline), 1)} {text.ARROW} "
            f"{text.number(float(t.follow_up), 1)}"
        )
    when = f" ({text.short_day(t.follow_up_date)})" if t.follow_up_date else ""
    return f"{scale(t.measure).name} {t.baseline} {text.ARROW} {t.follow_up}{when}"

"""Trial history: one row per medication trial, the table doctors ask patients to
reconstruct from memory. Every judgement in it (adequate, outcome, failed) is the analysis's;
the notes under the table repeat the analysis's own explanations."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from trdjournal.analysis import pgx
from trdjournal.analysis.history import HistoryItem
from trdjournal.analysis.staging import Staging
from trdjournal.analysis.trials import MAIN_SIDE_EFFECTS, Trial
from trdjournal.domain.scales import scale, scale_rules
from trdjournal.report import course_rows, text
from trdjournal.report.pages import frame_width
from trdjournal.report.tables import cell, data_table, heading, para

HEADER = [
    "Drug",
    "Dates",
    "Max dose (min adequate)",
    "Weeks held at min. dose",
    "Adequate",
    f"Baseline {text.ARROW} follow-up",
    "Change",
    "Outcome",
    "Why stopped; side effects",
]


def episodes_line(staging: Staging) -> str:
    """The episodes and relapses in the record, so each row can be placed in one."""
    parts = []
    for e in staging.episodes:
        span = f"{text.day(e.start)} {text.DASH} {text.day(e.end) if e.end else 'now'}"
        how = " (ended in remission)" if e.end else " (current)"
        parts.append(span + how)
    relapses = "; ".join(
        f"relapse on {text.day(r.date)} ({r.scale} {r.score})" for r in staging.relapses
    )
    line = "Episodes in the record: " + "; ".join(parts) + "."
    if relapses:
        line += f" {relapses[0].upper()}{relapses[1:]}."
    return line + " Only trials in the current episode count toward the staging on page 1."


def trial_history(
    trials: Sequence[Trial],
    adequacy_days: int,
    primary: str = "phq9",
    items: Sequence[HistoryItem] | None = None,
    staging: Staging | None = None,
) -> list:
    """``items``: the whole treatment history (trials and courses, analysis/history.py);
    without it, the trials alone. ``staging``: its episodes are named above the rows."""
    weeks = adequacy_days // 7
    rules = scale_rules(primary)
    flow = [
        heading("Trial history"),
        para(
            f"Every course of medication logged in the journal, oldest first. Adequate = at least "
            f"the minimum adequate daily dose (MGH-ATRQ) held without a break for {weeks} weeks; "
            f"scores are {rules.name} totals (the primary scale) unless marked as mood. Response "
            f"= at least {rules.response_reduction_percent}% lower than baseline, remission = "
            f'{rules.name} {rules.remission_max} or less. A row "drug + agent" is a combination '
            'trial, judged from the day the agent reached its augmentation dose. "So far": '
            "still running.",
            "small",
        ),
        para(course_rows.INTRO, "small"),
        Spacer(1, 1.5 * mm),
    ]
    if staging is not None and staging.episodes:
        flow[-1:-1] = [para(text.markup(episodes_line(staging)), "small")]
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
    flow.append(data_table(header, rows, width))  # widths from the content
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
    name = t.drug + (f" {t.formulation}" if t.formulation else "")
    if t.combination_with:
        name = f"{t.combination_with} + {name}"
    drug = f"<b>{text.markup(name)}</b>"
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
    held = t.longest_run_at_adequate_dose_days
    at_dose = _weeks(held) if held is not None else text.DASH
    adequate = pgx.adequacy_text(t) or {True: "yes", False: "no", None: "cannot judge"}[t.adequate]
    outcome = text.markup(text.prose(t.verdict))
    if t.failed_adequate_trial:
        outcome = f"<b>{outcome}</b><br/>failed adequate trial"
    stopped = text.markup(
        text.label(t.stop_text) if t.stop_text else ("running" if t.running else "not given")
    )
    if t.side_effects and t.stop_reason != "side-effects":
        named = ", ".join(
            f"{n} {e.days} d" for n, e in list(t.side_effects.items())[:MAIN_SIDE_EFFECTS]
        )
        stopped += f"<br/>{text.markup(named)}"
    return [
        para(drug, "cell"),
        cell(dates),
        cell(f"{max_dose} {minimum}"),
        at_dose,
        cell(adequate),
        cell(_scores(t)),
        text.signed(t.change_pct, 0) + "%" if t.change_pct is not None else text.DASH,
        para(outcome, "cell"),
        para(stopped, "cell"),
    ]


def _weeks(days: int | None) -> str:
    return text.number(days / 7, 1) if days is not None else text.DASH


def _scores(t: Trial) -> str:
    if t.measure is None or t.baseline is None or t.follow_up is None:
        return "no scores in the trial window"
    if t.measure == "mood":
        return (
            f"mood deficit {text.number(float(t.baseline), 1)} {text.ARROW} "
            f"{text.number(float(t.follow_up), 1)} (judged from daily mood)"
        )
    when = f" ({text.day(t.follow_up_date)})" if t.follow_up_date else ""  # trials span years
    return f"{scale(t.measure).name} {t.baseline} {text.ARROW} {t.follow_up}{when}"

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
from trdjournal.i18n import N_, _
from trdjournal.report import course_rows, text
from trdjournal.report.pages import frame_width
from trdjournal.report.tables import cell, data_table, heading, para

HEADER = [
    N_("Drug"),
    N_("Dates"),
    N_("Max dose (min adequate)"),
    N_("Weeks held at min. dose"),
    N_("Adequate"),
    N_("Baseline {arrow} follow-up"),
    N_("Change"),
    N_("Outcome"),
    N_("Why stopped; side effects"),
]


def header_titles() -> list[str]:
    return [_(title).format(arrow=text.ARROW) for title in HEADER]


def episodes_line(staging: Staging) -> str:
    """The episodes and relapses in the record, so each row can be placed in one."""
    parts = []
    for e in staging.episodes:
        span = f"{text.day(e.start)} {text.DASH} " + (text.day(e.end) if e.end else _("now"))
        how = _("{span} (ended in remission)") if e.end else _("{span} (current)")
        parts.append(how.format(span=span))
    # Whole sentences: a relapse sentence begins with its own capital in every language.
    sentences = [_("Episodes in the record: {episodes}.").format(episodes="; ".join(parts))]
    sentences += [
        _("Relapse on {text} ({scale} {score}).").format(
            text=text.day(r.date), scale=r.scale, score=r.score
        )
        for r in staging.relapses
    ]
    sentences.append(_("Only trials in the current episode count toward the staging on page 1."))
    return " ".join(sentences)


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
        heading(_("Trial history")),
        para(
            _(
                'Every course of medication logged in the journal, oldest first. Adequate = at least the minimum adequate daily dose (MGH-ATRQ) held without a break for {weeks} weeks; scores are {name} totals (the primary scale) unless marked as mood. Response = at least {response_reduction_percent}% lower than baseline, remission = {name} {remission_max} or less. A row "drug + agent" is a combination trial, judged from the day the agent reached its augmentation dose. "So far": still running.'
            ).format(
                weeks=weeks,
                name=rules.name,
                response_reduction_percent=rules.response_reduction_percent,
                remission_max=rules.remission_max,
            ),
            "small",
        ),
        para(_(course_rows.INTRO), "small"),
        Spacer(1, 1.5 * mm),
    ]
    if staging is not None and staging.episodes:
        flow[-1:-1] = [para(text.markup(episodes_line(staging)), "small")]
    if items is None:
        items = [HistoryItem("medication", t.start, trial=t) for t in trials]
    if not items:
        return [*flow, para(_("No medication is logged."))]
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
    header = [cell(h, "cell_bold") for h in header_titles()]
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
        notes.append(
            _("Possible loss of response (tachyphylaxis): {text}").format(
                text=trial.tachyphylaxis.text
            )
        )
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
    kind = _(t.drug_class) if t.drug_class else _("not in the reference table")
    drug += f"<br/>{text.markup(kind)}" + (
        f", {text.markup(text.label(t.role))}" if t.role == "augmentation" else ""
    )
    end = text.day(t.end) if t.end else _("ongoing")
    dates = f"{text.day(t.start)} {text.DASH} {end}"
    dates += " " + _("({weeks} wk)").format(weeks=_weeks(t.days))
    max_dose = text.dose(t.max_dose_mg, t.unit)
    minimum = (
        f"({text.dose(t.min_adequate_dose_mg, t.unit)})"
        if t.min_adequate_dose_mg is not None
        else _("(no minimum)")
    )
    held = t.longest_run_at_adequate_dose_days
    at_dose = _weeks(held) if held is not None else text.DASH
    adequate = pgx.adequacy_text(t) or course_rows.adequate_word(t.adequate)
    outcome = text.markup(text.prose(t.verdict))
    if t.failed_adequate_trial:
        outcome = _("<b>{outcome}</b><br/>failed adequate trial").format(outcome=outcome)
    stopped = text.markup(
        t.stop_text if t.stop_text else (_("running") if t.running else _("not given"))
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
        return _("no scores in the trial window")
    if t.measure == "mood":
        return _("mood deficit {text} {ARROW} {text2} (judged from daily mood)").format(
            text=text.number(float(t.baseline), 1),
            ARROW=text.ARROW,
            text2=text.number(float(t.follow_up), 1),
        )
    when = f" ({text.day(t.follow_up_date)})" if t.follow_up_date else ""  # trials span years
    return f"{scale(t.measure).name} {t.baseline} {text.ARROW} {t.follow_up}{when}"

"""Page 1, "Since last visit": everything a psychiatrist asks in the first two minutes.

Reads the analysis's PeriodSummary and Staging and only lays them out. Lists that can grow
without bound (medication changes, notes) are capped here with a pointer to where the rest
is, and the whole page is finally kept in one frame, so it never spills onto page 2.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer

from trdjournal.analysis.pgx import PhenotypeTouch
from trdjournal.analysis.staging import Staging
from trdjournal.analysis.summary import MedicationChange, PeriodSummary, ScoreSummary
from trdjournal.domain import wording
from trdjournal.domain.background import LifeEvent
from trdjournal.domain.labs import LabResult
from trdjournal.domain.scales import band_label, scale
from trdjournal.i18n import _, ngettext
from trdjournal.report import text
from trdjournal.report.background_section import events_and_labs_block
from trdjournal.report.comparison import comparison_sentence
from trdjournal.report.pages import frame_height, frame_width
from trdjournal.report.pgx_block import pgx_block
from trdjournal.report.tables import cell, data_table, heading, layout_table, para

MAX_CHANGES = 8
MAX_NOTES = 8
MAX_ITEM9 = 6
MAX_FAILED_NAMES = 6
NOTE_CHARS = 230
LOW_DAY_NOTE_CHARS = 90
# decimals of the daily measures' figures: sleep is logged in quarter hours (8.25 h)
MEASURE_PLACES = {"activity_minutes": 0, "sleep_hours": 2}


@dataclasses.dataclass(frozen=True)
class SummaryInputs:
    summary: PeriodSummary
    staging: Staging
    name: str
    generated: dt.date
    life_events: tuple[LifeEvent, ...] = ()  # the period's, oldest first
    labs: tuple[LabResult, ...] = ()  # the period's, oldest first
    primary_scale: str = "phq9"  # the scale that judges trials (marked in the table)
    pgx: tuple[PhenotypeTouch, ...] = ()  # logged phenotypes touching current or recent drugs
    counted: str = ""  # what the staging counted (analysis/history.py counted_text)
    journal_start: dt.date | None = None  # the first check-in: nothing to compare before it


def summary_page(inputs: SummaryInputs) -> tuple[list, list]:
    """Page 1 as one frame-sized block, and the doctor's notes that did not fit on it."""
    s = inputs.summary
    width = frame_width()
    half = (width - 6 * mm) / 2
    left = [*_daily_block(s, half), *_regimen_block(s, half), *_changes_block(s, half)]
    right = [
        *_questionnaire_block(s, half, inputs.primary_scale),
        *_trd_block(inputs.staging, inputs.counted),
        *_sessions_block(s),
        *_side_effects_block(s),
    ]
    columns = layout_table([[left, right]], [half + 6 * mm, half], right_padding={0: 6 * mm})
    notes_here, notes_later = _split_notes(s)
    page = [
        *_title_block(inputs, width),
        columns,
        *_safety_block(s, width),
        *pgx_block(inputs.pgx),
        *events_and_labs_block(inputs.life_events, inputs.labs, width),
        *_notes_block(notes_here, notes_later, width),
    ]
    # The last guard: a period with unusually much to say shrinks rather than spills over.
    return [KeepInFrame(width, frame_height() - 2, page, mode="shrink")], notes_later


def _title_block(inputs: SummaryInputs, width: float) -> list:
    s = inputs.summary
    who = f"<b>{text.markup(inputs.name)}</b><br/>" if inputs.name else ""
    right = para(
        _("{who}Period {text} ({days_in_range} days)<br/>Generated {text2} by trdjournal").format(
            who=who,
            text=text.period(s.start, s.end),
            days_in_range=s.days_in_range,
            text2=text.day(inputs.generated),
        ),
        "cell_right",
    )
    top = layout_table(
        [[para(_("Since last visit"), "title"), right]], [width * 0.45, width * 0.55]
    )
    share = round(100 * s.days_logged / s.days_in_range) if s.days_in_range else 0
    logged = para(
        _("<b>Days logged: {days_logged} of {days_in_range}</b> ({share}%). ").format(
            days_logged=s.days_logged, days_in_range=s.days_in_range, share=share
        )
        + text.markup(comparison_sentence(s, inputs.journal_start)),
    )
    return [top, Spacer(1, 2 * mm), logged]


def _daily_block(s: PeriodSummary, width: float) -> list:
    rows = []
    for m in s.measures:
        now, before = m.current, m.previous
        places = MEASURE_PLACES.get(m.measure, 1)
        change = (
            text.signed(now.mean - before.mean, places)
            if now.mean is not None and before.mean is not None
            else text.DASH
        )
        spread = (
            f"{text.number(now.min, places)}{text.DASH}{text.number(now.max, places)}"
            if now.n
            else text.DASH
        )
        rows.append(
            [
                _(m.label),
                text.fixed(now.mean, places),
                spread,
                text.fixed(before.mean, places),
                change,
                str(now.n),
            ]
        )
    widths = [x * width for x in (0.3, 0.12, 0.16, 0.15, 0.16, 0.11)]
    table = data_table(
        [_("Daily measure"), _("Mean"), _("Range"), _("Before"), _("Change"), _("Days")],
        rows,
        widths,
        right_align=(1, 2, 3, 4, 5),
    )
    return [heading(_("Mood, sleep and activity")), table]


def _questionnaire_block(s: PeriodSummary, width: float, primary: str = "phq9") -> list:
    rows = [_score_row(q) for q in s.questionnaires]
    # widths from the content, headers that may wrap: a band ("minimal") never splits
    header = [
        cell(h, "cell_bold") for h in (_("Scale"), _("Latest"), _("Band"), _("Change in period"))
    ]
    table = data_table(header, rows, width)
    note = para(
        _("Trials are judged on {name} (the primary scale).").format(name=scale(primary).name),
        "small",
    )
    return [heading(_("Questionnaires")), table, note]


def _score_row(q: ScoreSummary) -> list:
    if q.latest is None:
        return [q.name, text.DASH, _("none in this period"), ""]
    latest = _("<b>{total}</b> on {day}").format(
        total=q.latest.total, day=text.short_day(q.latest.date)
    )
    if q.change is None or q.first is None:
        change = _("one reading in period")
    else:
        change = ngettext(
            "{change} (from {first} on {day}; {count} reading)",
            "{change} (from {first} on {day}; {count} readings)",
            q.count,
        ).format(
            change=text.signed(q.change, 0),
            first=q.first.total,
            day=text.short_day(q.first.date),
            count=q.count,
        )
    return [q.name, para(latest, "cell"), cell(band_label(q.latest.band)), cell(change)]


def _regimen_block(s: PeriodSummary, width: float) -> list:
    title = heading(_("Current medication (on {text})").format(text=text.day(s.end)))
    if not s.regimen:
        return [title, para(_("No medication running."))]
    rows = [
        [
            para(f"<b>{text.markup(r.drug)}</b><br/>{text.markup(text.label(r.role))}", "cell"),
            text.dose(r.dose, r.unit),
            text.day(r.since),
            text.day(r.dose_since),
        ]
        for r in s.regimen
    ]
    widths = [x * width for x in (0.33, 0.19, 0.24, 0.24)]
    header = [_("Drug"), _("Daily dose"), _("Started"), _("At this dose since")]
    table = data_table([cell(h, "cell_bold") for h in header], rows, widths)
    return [title, table]


def change_text(c: MedicationChange) -> str:
    if c.kind == "start":
        return _("started at {text}").format(text=text.dose(c.dose, c.unit))
    if c.kind == "change":
        return _("dose to {text}").format(text=text.dose(c.dose, c.unit))
    return _("stopped ({reason})").format(reason=text.label(c.reason)) if c.reason else _("stopped")


def _changes_block(s: PeriodSummary, width: float) -> list:
    title = heading(_("Medication changes in this period"))
    if not s.medication_changes:
        return [title, para(_("None."))]
    shown = s.medication_changes[-MAX_CHANGES:]  # the latest matter most
    rows = [[text.day(c.date), cell(c.drug, "cell_bold"), cell(change_text(c))] for c in shown]
    widths = [x * width for x in (0.25, 0.27, 0.48)]
    flow = [title]
    if len(shown) < len(s.medication_changes):
        total = len(s.medication_changes)
        flow.append(
            para(
                _("The latest {count} of {total}; every course is in the trial history.").format(
                    count=len(shown), total=total
                ),
                "small",
            )
        )
    return [*flow, data_table([_("Date"), _("Drug"), _("Change")], rows, widths)]


def _sessions_block(s: PeriodSummary) -> list:
    title = heading(_("Treatment sessions in this period"))
    if not s.sessions:
        return [title, para(_("None logged."))]
    lines = [
        f"<b>{text.markup(text.label(k.kind))}</b>: {wording.sessions(k.count)}, "
        f"{text.period(k.first, k.last) if k.count > 1 else text.day(k.first)}"
        for k in s.sessions
    ]
    return [title, para("<br/>".join(lines))]


def _trd_block(staging: Staging, counted: str = "") -> list:
    flow = [heading(_("Treatment resistance (as of {text})").format(text=text.day(staging.as_of)))]
    names = [text.markup(d) for d in staging.failed_drugs]
    if len(names) > MAX_FAILED_NAMES:
        hidden = len(names) - MAX_FAILED_NAMES
        names = [
            *names[-MAX_FAILED_NAMES:],
            ngettext("and {n} earlier", "and {n} earlier", hidden).format(n=hidden),
        ]
    drugs = ", ".join(names)
    weeks = staging.adequacy_days // 7
    met = _("met") if staging.trd_definition_met else _("not met")
    running = (
        _("; {failed_still_running} of them still running (verdict so far)").format(
            failed_still_running=staging.failed_still_running
        )
        if staging.failed_still_running
        else ""
    )
    extra = "".join(f"<br/>{text.markup(note)}." for note in staging.notes)
    if staging.judged_from_mood:
        extra += _("<br/>Judged from daily mood; no PHQ-9 near the start: {names}.").format(
            names=text.markup(", ".join(staging.judged_from_mood))
        )
    if staging.episode_end:
        extra += _("<br/>The episode ended in remission on {text}.").format(
            text=text.day(staging.episode_end)
        )
    # Two whole messages, with and without the episode's start: a translation places the
    # date itself ("sedan 3 maj 2026"), never an English "(since ...)" dropped into it.
    failed = (
        _(
            "Failed adequate antidepressant trials in the current episode (since {start}): <b>{failed_drug_count}</b>{value}{running}. Adequate = at least the minimum dose held for {weeks} weeks.{extra}<br/>TRD definition ({text}): <b>{met}</b>."
        )
        if staging.episode_start
        else _(
            "Failed adequate antidepressant trials in the current episode: <b>{failed_drug_count}</b>{value}{running}. Adequate = at least the minimum dose held for {weeks} weeks.{extra}<br/>TRD definition ({text}): <b>{met}</b>."
        )
    )
    flow.append(
        para(
            failed.format(
                start=text.day(staging.episode_start) if staging.episode_start else "",
                failed_drug_count=staging.failed_drug_count,
                value=f" ({drugs})" if drugs else "",
                running=running,
                weeks=weeks,
                extra=extra,
                text=text.markup(_(staging.trd_definition)),
                met=met,
            )
        )
    )
    if counted:
        flow.append(para(text.markup(counted), "small"))
    m = staging.maudsley
    if m is None:
        flow.append(
            para(_("Maudsley Staging estimate: not staged: nothing logged to date an episode."))
        )
    else:
        lead = "" if m.applicable else _(" (no failed adequate trial: the method hardly applies)")
        parts = ", ".join(
            f"{name} {text.DASH if score is None else score} ({span})"
            for name, score, span, _basis in m.sub_scores()
        )
        parts = parts[:1].upper() + parts[1:]  # a new sentence after the total
        flow.append(
            para(
                _("Maudsley Staging estimate: <b>{text}</b>{lead}. {parts}.").format(
                    text=text.markup(m.total_text), lead=lead, parts=parts
                )
            )
        )
    flow.append(para(text.markup(_(staging.label)) + ".", "small"))
    return flow


def _side_effects_block(s: PeriodSummary) -> list:
    title = heading(_("Side effects logged in this period"))
    if not s.side_effects:
        return [title, para(_("None logged."))]
    lines = ", ".join(
        f"<b>{text.markup(e.name)}</b> "
        + _("{days} (highest {severity} of 3)").format(
            days=wording.days(e.days), severity=e.max_severity
        )
        for e in s.side_effects
    )
    return [title, para(lines + ".")]


def _course_flags(s: PeriodSummary) -> list:
    """A loss of response or a relapse in the period, at the top beside the item-9 flag."""
    flow = []
    for lost in s.lost_responses:
        flow.append(
            para(
                _("<b>Loss of response:</b> {text}: {text2}, PHQ-9 {score}.").format(
                    text=text.markup(lost.drug),
                    text2=text.markup(text.prose(lost.verdict)),
                    score=lost.score,
                ),
                "flag_text",
            )
        )
    for r in s.relapses:
        new = _("; a new episode starts") if r.new_episode else ""
        flow.append(
            para(
                _(
                    "<b>Relapse on {text}:</b> {scale} {score} after remission from {text2}{new}."
                ).format(
                    text=text.day(r.date),
                    scale=r.scale,
                    score=r.score,
                    text2=text.day(r.remission_since),
                    new=new,
                ),
                "flag_text",
            )
        )
    return flow


def _safety_block(s: PeriodSummary, width: float) -> list:
    flow = [heading(_("Safety flags")), *_course_flags(s)]
    positives = s.item9_positives
    if positives:
        shown = positives[-MAX_ITEM9:]
        dates = "; ".join(
            _("{day} (item 9 = {answer} of 3; PHQ-9 total {total})").format(
                day=text.day(a.date), answer=a.answer, total=a.total
            )
            for a in shown
        )
        earlier = len(positives) - len(shown)
        more = (
            ngettext(
                " Also {earlier} earlier time, the first on {day}.",
                " Also {earlier} earlier times, the first on {day}.",
                earlier,
            ).format(earlier=earlier, day=text.day(positives[0].date))
            if earlier
            else ""
        )
        count = wording.times(len(positives))
        flow.append(
            para(
                _(
                    "<b>PHQ-9 item 9 (thoughts of death or self-harm) answered above 0, {count}:</b> {dates}.{more}"
                ).format(count=count, dates=dates, more=more),
                "flag_text",
            )
        )
    else:
        flow.append(
            para(
                _(
                    "PHQ-9 item 9 (thoughts of death or self-harm): not answered above 0 in this period."
                )
            )
        )
    flow += _other_safety_items(s)
    flow += _elevation_lines(s)
    if s.lowest_mood_days:
        rows = [
            [text.day(d.date), str(d.mood), cell(text.excerpt(d.note, LOW_DAY_NOTE_CHARS))]
            for d in s.lowest_mood_days
        ]
        widths = [x * width for x in (0.17, 0.07, 0.76)]
        flow += [
            Spacer(1, 1.5 * mm),
            data_table(
                [_("Lowest-mood days"), _("Mood"), _("Note")], rows, widths, right_align=(1,)
            ),
        ]
    return flow


def _other_safety_items(s: PeriodSummary) -> list:
    """QIDS-SR16 item 12 and MADRS-S zest for life at their flag lines (resources/scales.json)."""
    flow = []
    for key in dict.fromkeys(a.instrument for a in s.safety_answers):
        answers = [a for a in s.safety_answers if a.instrument == key]
        first = answers[0]
        definition = scale(key)
        shown = answers[-MAX_ITEM9:]
        dates = "; ".join(
            _("{day} (item {item} = {answer} of {item_max}; {name} total {total})").format(
                day=text.day(a.date),
                item=a.item,
                answer=a.answer,
                item_max=a.item_max,
                name=a.name,
                total=a.total,
            )
            for a in shown
        )
        earlier = len(answers) - len(shown)
        more = (
            ngettext(" Also {n} earlier.", " Also {n} earlier.", earlier).format(n=earlier)
            if earlier
            else ""
        )
        count = wording.times(len(answers))
        flow.append(
            para(
                _(
                    "<b>{name} item {item} ({text}) at {safety_min} or more, {count}:</b> {dates}.{more}"
                ).format(
                    name=first.name,
                    item=first.item,
                    text=text.markup(_(first.label).lower()),
                    safety_min=definition.safety_min,
                    count=count,
                    dates=dates,
                    more=more,
                ),
                "flag_text",
            )
        )
    return flow


def _elevation_lines(s: PeriodSummary) -> list:
    """What was logged, never a diagnosis: "elevated mood logged on N days (highest: ...)"."""
    names = {"elevated": _("Elevated mood"), "irritability": _("Irritability")}
    lines = [
        _("<b>{value} logged on {wording} (highest: {highest}).</b>").format(
            value=names[e.measure], wording=wording.days(e.days), highest=_(e.highest)
        )
        for e in s.elevation
        if e.shown
    ]
    if not lines:
        return []
    lines.append(_("Patient-reported daily ratings, 0-3 (none, mild, moderate, severe)."))
    return [para(" ".join(lines))]


def _split_notes(s: PeriodSummary) -> tuple[list, list]:
    """Notes short enough to show whole on page 1, and the ones that continue after it."""
    notes = list(s.doctor_notes)
    here = notes[-MAX_NOTES:]  # the latest on page 1
    cut = [n for n in here if len(" ".join(n.note.split())) > NOTE_CHARS]
    later = notes[: len(notes) - len(here)] + cut
    return here, sorted(later, key=lambda n: n.date)


def _notes_block(here: list, later: list, width: float) -> list:
    flow = [heading(_("Notes marked for the doctor"))]
    if not here:
        return [*flow, para(_("None in this period."))]
    rows = [[text.day(n.date), cell(text.excerpt(n.note, NOTE_CHARS))] for n in here]
    flow.append(data_table([_("Date"), _("Note")], rows, [0.14 * width, 0.86 * width]))
    if later:
        flow.append(
            para(
                _("{count} more (earlier or longer) in full on the next page.").format(
                    count=len(later)
                ),
                "small",
            )
        )
    return flow


def notes_continued(later: list) -> list:
    """The doctor's notes that page 1 could only start, in full (paragraphs, which can split
    across pages; a table row could not)."""
    flow = [heading(_("Notes marked for the doctor (in full)"))]
    for n in later:
        flow.append(
            para(_("{day} (mood {mood})").format(day=f"<b>{text.day(n.date)}</b>", mood=n.mood))
        )
        flow += [para(text.markup(part)) for part in n.note.splitlines() if part.strip()]
        flow.append(Spacer(1, 2 * mm))
    return flow

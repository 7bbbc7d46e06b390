"""The person behind the chart in the report.

Two parts: the period's life events and lab values on page 1 (always: they belong to the
period), and the "Background" section (family history, childhood adversity...), which is
sensitive and only built when the user asked for it (section "background", off by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from trdjournal.analysis.staging import completed_months
from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.labs import ENTERED, LabResult, shown_lab_name
from trdjournal.i18n import N_, _, format_signed
from trdjournal.report import text
from trdjournal.report.pages import frame_width
from trdjournal.report.tables import cell, data_table, heading, layout_table, para

MAX_EVENTS = 5
MAX_LABS = 6
EVENT_CHARS = 70
NOT_GIVEN = N_("not given")
POSITION_WORDS = {"below": N_("below range"), "within": N_("in range"), "above": N_("above range")}
DEFAULT_MARK = "*"
DEFAULT_NOTE = N_(
    "* usual adult range from trdjournal's table (resources/labs.json, with its sources), "
    "shown where no range from the lab report was entered."
)


def lab_value_text(lab: LabResult) -> str:
    return f"{text.number(lab.value, 3)} {lab.unit}"


def lab_reference_text(lab: LabResult) -> str:
    if lab.ref_low is None:
        return _("no range")
    where = _(POSITION_WORDS[lab.position]) if lab.position in POSITION_WORDS else ""
    mark = "" if lab.ref_source == ENTERED else DEFAULT_MARK
    low, high = text.number(lab.ref_low, 3), text.number(lab.ref_high, 3)
    return f"{low}{text.DASH}{high}{mark}" + (f", {where}" if where else "")


def lab_table(labs: Sequence[LabResult], width: float, *, short_dates: bool = False) -> list:
    day = text.short_day if short_dates else text.day
    rows = [
        [
            day(r.date),
            cell(shown_lab_name(r.name), "cell_bold"),
            lab_value_text(r),
            cell(lab_reference_text(r)),
        ]
        for r in labs
    ]
    shares = (0.15, 0.2, 0.25, 0.4) if short_dates else (0.2, 0.2, 0.2, 0.4)
    widths = [x * width for x in shares]
    flow: list = [data_table([_("Date"), _("Test"), _("Value"), _("Reference")], rows, widths)]
    if any(r.ref_low is not None and r.ref_source != ENTERED for r in labs):
        flow.append(para(_(DEFAULT_NOTE), "small"))
    return flow


def events_and_labs_block(
    events: Sequence[LifeEvent], labs: Sequence[LabResult], width: float
) -> list:
    """Page 1: the period's life events (impact -4..+4) beside its lab values, capped."""
    if not events and not labs:
        return [heading(_("Life events and lab results in this period")), para(_("None logged."))]
    half = (width - 6 * mm) / 2
    left: list = [heading(_("Life events in this period"))]
    if events:
        shown = list(events)[:MAX_EVENTS]
        rows = [
            [
                text.short_day(e.date),
                format_signed(e.impact),
                cell(text.excerpt(e.text, EVENT_CHARS)),
            ]
            for e in shown
        ]
        widths = [x * half for x in (0.15, 0.13, 0.72)]
        left.append(
            data_table([_("Date"), _("Impact"), _("Event")], rows, widths, right_align=(1,))
        )
        left.append(para(_("Impact on mood, NIMH Life Chart scale: −4 to +4."), "small"))
        if len(events) > len(shown):
            left.append(
                para(
                    _("and {value} more in the journal.").format(value=len(events) - len(shown)),
                    "small",
                )
            )
    else:
        left.append(para(_("None logged.")))
    right: list = [heading(_("Lab results in this period"))]
    if labs:
        latest = list(labs)[-MAX_LABS:]
        right += lab_table(latest, half, short_dates=True)
        if len(labs) > len(latest):
            right.append(
                para(
                    _("and {value} earlier in the journal.").format(value=len(labs) - len(latest)),
                    "small",
                )
            )
    else:
        right.append(para(_("None logged.")))
    columns = layout_table([[left, right]], [half + 6 * mm, half], right_padding={0: 6 * mm})
    return [columns]


def _optional(value: int | None) -> str:
    return _(NOT_GIVEN) if value is None else str(value)


def background_section(
    background: Background, labs: Sequence[LabResult], generated: dt.date
) -> list:
    """The "Background" section: the profile as the user entered it, and the latest value of
    each lab on record. Only built when the user turned the section on."""
    width = frame_width()
    b = background
    episode = _(NOT_GIVEN)
    if b.episode_start is not None:
        months = completed_months(b.episode_start, generated)
        episode = _("{text} ({months} months before {text2})").format(
            text=text.day(b.episode_start), months=months, text2=text.day(generated)
        )
    adversity = _(NOT_GIVEN)
    if b.childhood_adversity is not None:
        adversity = _("yes") if b.childhood_adversity else _("no")
        if b.childhood_adversity_note:
            adversity += f": {b.childhood_adversity_note}"
    rows = [
        [_("Current episode began"), cell(episode)],
        [_("Age at first episode"), _optional(b.age_at_first_episode)],
        [_("Earlier episodes"), _optional(b.earlier_episodes)],
        [_("Family history"), cell("; ".join(f.shown() for f in b.family_history) or _(NOT_GIVEN))],
        [_("Childhood adversity"), cell(adversity)],
        [_("Other conditions"), cell(", ".join(_(c) for c in b.other_conditions) or _(NOT_GIVEN))],
    ]
    flow = [
        heading(_("Background")),
        para(_("As entered by the patient; included in this report at their request."), "small"),
        Spacer(1, 1.5 * mm),
        data_table([_("Item"), _("As entered")], rows, [0.28 * width, 0.72 * width]),
        heading(_("Latest lab results on record")),
    ]
    latest: dict[str, LabResult] = {}
    for lab in sorted(labs, key=lambda r: r.date):
        latest[lab.name] = lab
    if latest:
        flow += lab_table(list(latest.values()), width * 0.8)
    else:
        flow.append(para(_("None logged.")))
    return flow

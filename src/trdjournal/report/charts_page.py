"""The charts page: a life-chart timeline of the period (medication band above, elevated mood
and irritability when logged, mood with its 7-day mean, one panel per questionnaire logged
with its bands, sleep, activity, sessions and appointments) and the trial panels (weeks on a
drug against the primary scale, with the trial's baseline, response and remission lines).

The timeline draws analysis.timeline's model, the same object the app's Charts view draws; the
trial panels draw the analysis's trials and the journal's PHQ-9 readings. Series differ by
line style and marker so the page survives black-and-white printing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from trdjournal.analysis import JournalAnalysis
from trdjournal.analysis.analysed_timeline import analysed_timeline
from trdjournal.analysis.course_overlay import course_curves
from trdjournal.analysis.session_courses import SessionCourse
from trdjournal.analysis.timeline import Timeline
from trdjournal.analysis.trial_overlay import RESPONSE_PERCENT, TrialCurve, trial_curves
from trdjournal.analysis.trials import Trial
from trdjournal.domain import device, wording
from trdjournal.domain.model import SEVERITY_LEVELS
from trdjournal.domain.scales import band_label, scale, scale_rules
from trdjournal.i18n import N_, _
from trdjournal.report import text
from trdjournal.report.life_event_row import life_event_row
from trdjournal.report.options import ReportRequest
from trdjournal.report.pages import frame_width
from trdjournal.report.styles import FONT_BOLD, GREY, INK, LIGHT
from trdjournal.report.tables import heading, para
from trdjournal.report.vector import (
    DASH_DOT,
    DASHED,
    DOTTED,
    SOLID,
    DateScale,
    ValueScale,
    date_axis,
    frame,
    gapped_lines,
    hline,
    label,
    marker,
    spread_labels,
    text_width,
    value_axis,
    vline,
    wrap_label,
)

LEFT = 78  # lane names and axis labels
RIGHT = 40  # PHQ-9 band names
LANE_HEIGHT = 13
LANE_AREA_MAX = 150
DAILY_DOTS_MAX_DAYS = 150  # beyond this, daily mood is a faint line under the mean
DAILY_LINE_MAX_DAYS = 400  # beyond this, only the 7-day mean: daily values are a smear
APPOINTMENT_LINES_MAX = 24  # more appointments become ticks on their own row
SESSION_MARKERS_MAX = 60  # more sessions of one kind become thin ticks
MAX_TRIAL_PANELS = 9  # trials and courses: three rows of three
PERCENT_CAP = 200.0  # higher points sit on the panel's top edge
DOSE_FILLS = ("#F2F2F2", "#D9D9D9", "#BFBFBF", "#A6A6A6")  # light to mid grey, black text fits


def charts_page(analysis: JournalAnalysis, request: ReportRequest) -> list:
    timeline = analysed_timeline(analysis, request.start, request.end)
    width = frame_width()
    flow = [
        heading(_("Timeline of the period")),
        para(
            _(
                "Medication above (one row per drug, doses written in the bars; | marks a stop), treatment sessions, then daily self-report. Dashed vertical lines are appointments."
            )
            + (
                _(
                    " Heavy lines across mood mark where an episode began, ended in remission (8 weeks) or a relapse came, as read from the primary scale."
                )
                if any(timeline.start <= m.date <= timeline.end for m in timeline.episodes)
                else ""
            ),
            "small",
        ),
        Spacer(1, 1 * mm),
        timeline_drawing(timeline, width, analysis.primary_scale),
    ]
    overlapping = _treatments_for(analysis, request)
    treatments = overlapping[-MAX_TRIAL_PANELS:]
    title = (
        _("Trials and courses: score against weeks on the treatment")
        if any(isinstance(t, SessionCourse) for t in overlapping)
        else _("Medication trials: score against weeks on the drug")
    )
    if len(treatments) < len(overlapping):
        title += _(" (the latest {count} of {count2} in this period)").format(
            count=len(treatments), count2=len(overlapping)
        )
    section = [heading(title), *trial_panels(treatments, analysis, width)]
    return [*flow, Spacer(1, 3 * mm), KeepTogether(section)]


# -- timeline -------------------------------------------------------------------------------


def timeline_drawing(tl: Timeline, width: float, primary: str = "phq9") -> Drawing:
    lanes = tl.lanes
    lane_h = min(LANE_HEIGHT, LANE_AREA_MAX / len(lanes)) if lanes else 0
    session_kinds = list(dict.fromkeys(s.kind for s in tl.sessions))
    session_h = 9
    appointment_row = len(tl.appointments) > APPOINTMENT_LINES_MAX
    panels = timeline_panels(tl)
    gap = 9
    axis_h = 12
    legend_h = 12
    event_row = bool(tl.life_events)
    top_block = len(lanes) * lane_h + (len(session_kinds) + appointment_row + event_row) * session_h
    height = legend_h + axis_h + sum(h for _, h in panels) + gap * len(panels) + top_block + 4
    drawing = Drawing(width, height)
    x0, plot_w = LEFT, width - LEFT - RIGHT
    dates = DateScale(tl.start, tl.end, x0, plot_w)

    y = height - 2
    for lane in lanes:
        y -= lane_h
        drawing.add(_lane(lane, dates, y, lane_h))
    for kind in session_kinds:
        y -= session_h
        days = [s.date for s in tl.sessions if s.kind == kind]
        drawing.add(_marker_row(f"{text.label(kind)} ({len(days)})", days, dates, y, session_h))
    if appointment_row:
        y -= session_h
        days = [a.date for a in tl.appointments]
        drawing.add(
            _marker_row(
                _("appointments ({count})").format(count=len(days)),
                days,
                dates,
                y,
                session_h,
                ticks=True,
            )
        )
    if event_row:
        y -= session_h
        drawing.add(life_event_row(tl.life_events, dates, y, session_h))
    event_y = y
    bottom_of_top = y
    y -= gap
    panel_boxes = {}
    for name, h in panels:
        y -= h
        panel_boxes[name] = (y, h)
        y -= gap
    plot_bottom = panel_boxes["activity"][0]
    drawing.add(date_axis(dates, plot_bottom, bottom_of_top))
    if "elevation" in panel_boxes:
        drawing.add(_elevation_panel(tl, dates, *panel_boxes["elevation"]))
    drawing.add(_mood_panel(tl, dates, *panel_boxes["mood"]))
    for key in scale_panel_keys(tl):
        drawing.add(_scale_panel(tl, key, dates, *panel_boxes[key], primary))
    drawing.add(
        _daily_panel(
            tl.daily.sleep_hours,
            tl,
            dates,
            *panel_boxes["sleep"],
            _("Sleep (h)"),
            0,
            12,
            1,
            "sleep_hours",
        )
    )
    top_activity = max((v for v in tl.daily.activity_minutes if v is not None), default=60)
    drawing.add(
        _daily_panel(
            tl.daily.activity_minutes,
            tl,
            dates,
            *panel_boxes["activity"],
            _("Activity (min)"),
            0,
            max(60, top_activity),
            0,
            "activity_minutes",
        )
    )
    if not appointment_row:
        # the lines stop short of the life-event row, whose numbers they would cut through
        spans = (
            [(plot_bottom, event_y), (event_y + session_h, height - 1)]
            if event_row
            else [(plot_bottom, height - 1)]
        )
        for appointment in tl.appointments:
            x = dates.mid(appointment.date)
            for low, high in spans:
                drawing.add(vline(x, low, high, dash=DASHED, width=0.8, color=INK))
    drawing.add(_timeline_legend(legend_h - 9, x0, len(tl.daily.dates), appointment_row))
    return drawing


def _lane(lane, dates: DateScale, y: float, h: float) -> Group:
    group = Group()
    group.add(label(2, y + h / 2 - 2.3, _fit(lane.drug, LEFT - 6), font=FONT_BOLD))
    doses = sorted({s.dose for c in lane.courses for s in c.segments})
    for course in lane.courses:
        for seg in course.segments:
            left = dates.clamp(dates.x(seg.start))
            right = dates.clamp(dates.x(seg.end))
            shade = DOSE_FILLS[
                min(
                    len(DOSE_FILLS) - 1,
                    doses.index(seg.dose) * len(DOSE_FILLS) // max(len(doses), 1),
                )
            ]
            group.add(
                Rect(
                    left,
                    y + 1.5,
                    max(right - left, 0.6),
                    h - 3,
                    fillColor=colors.HexColor(shade),
                    strokeColor=INK,
                    strokeWidth=0.4,
                )
            )
            if text_width(seg.label) + 4 <= right - left:
                group.add(label((left + right) / 2, y + h / 2 - 2.2, seg.label, anchor="middle"))
        if course.stop is not None:
            x = dates.x(course.stop.date)
            group.add(vline(x, y, y + h, width=1.6, color=INK))
    return group


def _marker_row(
    name: str, days: Sequence[dt.date], dates: DateScale, y: float, h: float, *, ticks=False
) -> Group:
    """Sessions of one kind (or appointments) as marks on their own row."""
    group = Group()
    group.add(label(2, y + h / 2 - 2.3, name))
    thin = ticks or len(days) > SESSION_MARKERS_MAX
    for day in days:
        x = dates.mid(day)
        if thin:
            group.add(
                vline(x, y + 1, y + h - 1, width=0.5, color=INK, dash=DASHED if ticks else ())
            )
        else:
            group.add(marker("diamond", x, y + h / 2, 2.2, filled=False))
    return group


def _mood_panel(tl: Timeline, dates: DateScale, y: float, h: float) -> Group:
    group = Group()
    values = ValueScale(0, 10, y, h)
    group.add(frame(dates.x0, y, dates.width, h))
    group.add(
        value_axis(
            values, dates.x0, [0, 5, 10], fmt=lambda v: f"{v:g}", grid_to=dates.x0 + dates.width
        )
    )
    group.add(label(2, y + h - 8, _("Mood (0-10)"), font=FONT_BOLD))
    group.add(label(2, y + h - 16, _("10 = best"), color=GREY))
    days = tl.daily.dates
    if not any(v is not None for v in tl.daily.mood):
        group.add(_empty_panel_label(dates, y, h, _("no check-ins in this period")))
        return group
    if len(days) <= DAILY_DOTS_MAX_DAYS:
        for day, mood in zip(days, tl.daily.mood, strict=True):
            if mood is not None:
                group.add(
                    marker("circle", dates.mid(day), values.y(mood), 1.4, filled=False, color=GREY)
                )
    elif len(days) <= DAILY_LINE_MAX_DAYS:
        pts = [
            None if m is None else (dates.mid(d), values.y(m))
            for d, m in zip(days, tl.daily.mood, strict=True)
        ]
        for line in gapped_lines(pts, width=0.3, color=LIGHT):
            group.add(line)
    mean = [
        None if m is None else (dates.mid(d), values.y(m))
        for d, m in zip(days, tl.daily.mood_mean7, strict=True)
    ]
    for line in gapped_lines(mean, width=1.5 if len(days) <= DAILY_LINE_MAX_DAYS else 0.7):
        group.add(line)
    group.add(_episode_marks(tl, dates, y, h))
    return group


EPISODE_MARKS = {
    "start": (SOLID, N_("episode")),
    "end": (DOTTED, N_("remission")),
    "relapse": (DASH_DOT, N_("relapse")),
}


def _episode_marks(tl: Timeline, dates: DateScale, y: float, h: float) -> Group:
    """Where an episode began, ended in remission, or a relapse came (analysis.episodes), as
    the app's Charts marks them: a line across the mood panel, its word at the foot."""
    group = Group()
    for mark in tl.episodes:
        if not tl.start <= mark.date <= tl.end:
            continue
        dash, word = EPISODE_MARKS[mark.kind]
        x = dates.x(mark.date)
        group.add(vline(x, y, y + h, dash=dash, width=1.2, color=INK))
        group.add(label(x + 1.5, y + 2, _(word), color=INK))
    return group


def scale_panel_keys(tl: Timeline) -> tuple[str, ...]:
    """One panel per scale logged in the period; PHQ-9's (empty) when none was."""
    return tl.logged_scales() or ("phq9",)


def timeline_panels(tl: Timeline) -> list[tuple[str, float]]:
    """The daily panels top to bottom with their heights: elevation (only when logged), mood,
    the scales, sleep, activity."""
    keys = scale_panel_keys(tl)
    scale_h = 78 if len(keys) == 1 else 66 if len(keys) == 2 else 56
    return [
        *([("elevation", 40)] if tl.daily.elevation_logged() else []),
        ("mood", 120),
        *((key, scale_h) for key in keys),
        ("sleep", 44),
        ("activity", 44),
    ]


def _elevation_panel(tl: Timeline, dates: DateScale, y: float, h: float) -> Group:
    """Elevated mood (solid, filled circles) and irritability (dashed, open squares), 0-3."""
    group = Group()
    values = ValueScale(0, 3, y, h)
    group.add(frame(dates.x0, y, dates.width, h))
    group.add(
        value_axis(values, dates.x0, [0, 3], fmt=lambda v: f"{v:g}", grid_to=dates.x0 + dates.width)
    )
    group.add(label(2, y + h - 8, _("Elevated mood"), font=FONT_BOLD))
    group.add(label(2, y + h - 16, _("irritability dashed"), color=GREY))
    group.add(label(2, y + h - 24, _("0-3, 3 = severe"), color=GREY))
    right = dates.x0 + dates.width
    for level in (1, 2, 3):
        group.add(
            label(right + 3, values.y(level) - 2.2, _(SEVERITY_LEVELS[level]), color=GREY, size=6)
        )
    for series, dash, kind, filled in (
        (tl.daily.elevated, (), "circle", True),
        (tl.daily.irritability, DASHED, "square", False),
    ):
        pts = [
            None if v is None else (dates.mid(d), values.y(v))
            for d, v in zip(tl.daily.dates, series, strict=True)
        ]
        for line in gapped_lines(pts, width=0.7, dash=dash):
            group.add(line)
        if len(pts) <= DAILY_DOTS_MAX_DAYS:
            for p in pts:
                if p is not None:
                    group.add(marker(kind, *p, 1.3, filled=filled))
    return group


def _scale_panel(
    tl: Timeline, key: str, dates: DateScale, y: float, h: float, primary: str
) -> Group:
    group = Group()
    definition = scale(key)
    values = ValueScale(0, definition.total_max, y, h)
    right = dates.x0 + dates.width
    top = definition.total_max
    # band edges as ticks, leaving out one that would crowd the top label
    ticks = [0, *(b.low for b in definition.bands[2::2] if top - b.low > top / 4), top]
    group.add(frame(dates.x0, y, dates.width, h))
    group.add(value_axis(values, dates.x0, ticks, fmt=lambda v: f"{v:g}"))
    group.add(label(2, y + h - 8, f"{definition.name} (0-{definition.total_max})", font=FONT_BOLD))
    group.add(
        label(
            2,
            y + h - 16,
            _("{total_max} = most severe").format(total_max=definition.total_max),
            color=GREY,
        )
    )
    if key == primary:
        group.add(label(2, y + h - 24, _("judges trials"), color=GREY))
    for band in definition.bands:
        if band.low > 0:
            group.add(
                hline(
                    dates.x0, right, values.y(band.low - 0.5), dash=DOTTED, color=LIGHT, width=0.5
                )
            )
        mid = values.y((band.low + band.high) / 2)
        group.add(label(right + 3, mid - 2.2, _band_short(band.label), color=GREY, size=6))
    points = tl.scales.get(key, ())
    if not points:
        group.add(
            _empty_panel_label(
                dates, y, h, _("no {name} in this period").format(name=definition.name)
            )
        )
        return group
    pts = [(dates.mid(p.date), values.y(p.total)) for p in points]
    dense = len(points) > 60
    for line in gapped_lines(pts, width=0.35 if dense else 0.7, dash=() if dense else DASHED):
        group.add(line)
    size = 0.6 if dense else 1
    for p, (px, py) in zip(points, pts, strict=True):
        flagged = p.self_harm_flag
        group.add(
            marker("triangle" if flagged else "square", px, py, (2.4 if flagged else 1.9) * size)
        )
    return group


def _empty_panel_label(dates: DateScale, y: float, h: float, message: str):
    return label(dates.x0 + dates.width / 2, y + h / 2, message, anchor="middle", color=GREY)


def _band_short(band: str) -> str:
    short = {
        "moderately severe": _("mod. severe"),
        "none or very mild": _("v. mild"),
        "very severe": _("v. severe"),
    }
    return short.get(band, band_label(band))


def _daily_panel(
    series,
    tl: Timeline,
    dates: DateScale,
    y: float,
    h: float,
    title: str,
    low: float,
    high: float,
    places: int,
    field: str = "",
) -> Group:
    group = Group()
    values = ValueScale(low, high, y, h)
    group.add(frame(dates.x0, y, dates.width, h))
    group.add(value_axis(values, dates.x0, [low, high], fmt=lambda v: text.number(v, places)))
    group.add(label(2, y + h / 2 - 2.3, title, font=FONT_BOLD))
    pts = [
        None if v is None else (dates.mid(d), values.y(v))
        for d, v in zip(tl.daily.dates, series, strict=True)
    ]
    lines = gapped_lines(pts, width=0.6 if len(pts) <= DAILY_DOTS_MAX_DAYS else 0.3)
    for line in lines:
        group.add(line)
    if not lines:  # single days between gaps still deserve a mark
        for p in pts:
            if p is not None:
                group.add(marker("circle", *p, 1.2))
    group.add(_device_rings(pts, tl, field, dates, y, h))
    return group


def _device_rings(pts, tl: Timeline, field: str, dates: DateScale, y: float, h: float) -> Group:
    """Rings on the days a device measured (not patient-reported), said in words once."""
    group = Group()
    sources = {i: tl.daily.device_source(i, field) for i, p in enumerate(pts) if p is not None}
    measured = [pts[i] for i, source in sources.items() if source]
    for p in measured:
        group.add(marker("circle", *p, 1.3, filled=False, color=GREY))
    if measured:
        # "measured" would be wrong for a value logged in another app (eMoods' sleep-only days)
        apps = {s for s in sources.values() if s} <= device.LOGGED_IN_APP
        words = _("imported from another app") if apps else _("measured by a device")
        right = dates.x0 + dates.width - 2
        group.add(label(right, y + h - 4, words, anchor="end", color=GREY))
        group.add(marker("circle", right - text_width(words) - 3, y + h - 3, 1.3, filled=False))
    return group


def _timeline_legend(y: float, x: float, days: int, appointment_row: bool) -> Group:
    group = Group()
    items = []
    if days <= DAILY_DOTS_MAX_DAYS:
        items.append(
            (
                lambda gx: marker("circle", gx + 5, y + 2.5, 1.4, filled=False, color=GREY),
                _("daily mood"),
            )
        )
    elif days <= DAILY_LINE_MAX_DAYS:
        items.append(
            (lambda gx: hline(gx, gx + 12, y + 2.5, color=LIGHT, width=0.6), _("daily mood"))
        )
    items += [
        (lambda gx: hline(gx, gx + 12, y + 2.5, color=INK, width=1.5), _("7-day mean mood")),
        (lambda gx: marker("square", gx + 5, y + 2.5, 1.9), _("questionnaire")),
        (lambda gx: marker("triangle", gx + 5, y + 2.5, 2.4), _("safety item flagged")),
        (lambda gx: marker("diamond", gx + 5, y + 2.5, 2.2, filled=False), _("session")),
    ]
    if not appointment_row:
        items.append(
            (
                lambda gx: vline(gx + 5, y - 1, y + 6, dash=DASHED, width=0.8, color=INK),
                _("appointment"),
            )
        )
    for draw, name in items:
        group.add(draw(x))
        group.add(label(x + 15, y, name))
        x += 15 + text_width(name) + 12
    return group


def _fit(name: str, width: float) -> str:
    while name and text_width(name, font=FONT_BOLD) > width:
        name = name[:-2] + "\u2026" if len(name) > 2 else ""
    return name


# -- trial panels ------------------------------------------------------------------------------


Treatment = Trial | SessionCourse  # a medication trial or a course of sessions


def _treatments_for(analysis: JournalAnalysis, request: ReportRequest) -> list[Treatment]:
    """The trials and courses of sessions that ran during the period, the latest last."""
    ran: list[Treatment] = [
        t
        for t in (*analysis.trials, *analysis.courses)
        if t.start <= request.end and (t.end is None or t.end >= request.start)
    ]
    return sorted(ran, key=lambda t: t.start)


def _name(t: Treatment) -> str:
    return t.name if isinstance(t, SessionCourse) else t.drug


def trial_panels(treatments: Sequence[Treatment], analysis: JournalAnalysis, width: float) -> list:
    """One panel per trial and per course of sessions, as the app's trial overlay draws them
    (analysis.trial_overlay and analysis.course_overlay: the same curves)."""
    rules = scale_rules(analysis.primary_scale)
    words = _(
        "One panel per trial that ran in this period, on shared axes: week 0 is the first day on the drug, the score is a percentage of the trial's own baseline (100%), read up to the end of the trial's assessed window (for an antidepressant, until augmentation started). Dotted: baseline; dashed: response ({RESPONSE_PERCENT:g}%); dash-dot: {name} remission ({remission_max} or less) for that baseline. Trials are judged on {name}, the primary scale."
    ).format(RESPONSE_PERCENT=RESPONSE_PERCENT, name=rules.name, remission_max=rules.remission_max)
    trials = [t for t in treatments if isinstance(t, Trial)]
    courses = [c for c in treatments if isinstance(c, SessionCourse)]
    if courses:
        words += " " + _(
            "A course of sessions (rTMS, ECT, esketamine, psychotherapy...) has its own panel, its scores drawn as diamonds: week 0 is its first session, its baseline the {name} score in the 14 days before it, read up to the latest score up to 14 days after its last session."
        ).format(name=rules.name)
    intro = para(words, "small")
    data = analysis.data
    curves = {
        (c.drug, c.start): c
        for c in trial_curves(trials, data.checkins, data.questionnaires)
        + course_curves(courses, data.questionnaires)
    }
    shown = [(t, curves[(_name(t), t.start)]) for t in treatments if (_name(t), t.start) in curves]
    skipped = [_name(t) for t in treatments if (_name(t), t.start) not in curves]
    flow = [intro, Spacer(1, 1 * mm)]
    if not treatments:
        return [*flow, para(_("No medication trial ran in this period."))]
    if shown:
        flow.append(_panel_grid(shown, width))
    if skipped:
        flow.append(
            para(
                _(
                    "Not drawn (no baseline and follow-up to compare): {names}. Their outcome, if any, is in the trial history."
                ).format(names=", ".join(skipped)),
                "small",
            )
        )
    return flow


def _panel_grid(shown: Sequence[tuple[Treatment, TrialCurve]], width: float) -> Drawing:
    columns = 3 if len(shown) > 2 else len(shown)
    rows = -(-len(shown) // columns)
    panel_w = width / columns
    panel_h = 150 if rows == 1 else 128
    drawing = Drawing(width, panel_h * rows)
    weeks = [p.weeks for _, c in shown for p in c.points]
    min_week = min(0.0, max(min(weeks), -2.0))
    max_week = max(8.0, min(max(weeks), 104.0))
    top = max(p.percent for _, c in shown for p in c.points)
    top_percent = min(PERCENT_CAP, max(150.0, 50.0 * math.ceil(top / 50)))
    # a subtitle on two lines (Swedish runs longer) pushes every plot of the grid down, so the
    # second line never touches the "150%" label and the plots stay level
    sub_lines = max(len(wrap_label(_panel_words(t, c)[1], panel_w - 6, lines=2)) for t, c in shown)
    for i, (treatment, curve) in enumerate(shown):
        row, col = divmod(i, columns)
        box = (col * panel_w, (rows - 1 - row) * panel_h, panel_w, panel_h)
        drawing.add(
            _trial_panel(treatment, curve, box, (min_week, max_week), top_percent, sub_lines)
        )
    return drawing


def _panel_words(t: Treatment, curve: TrialCurve) -> tuple[str, str, str, str]:
    """Title, subtitle, the x axis's words and the points' marker of one panel."""
    change = f" ({text.signed(t.change_pct, 0)}%)" if t.change_pct is not None else ""
    measure = _("daily mood") if curve.measure == "mood" else scale(curve.measure).name
    sub = _("{outcome}{change} on {measure}, from {start}").format(
        outcome=text.label(t.outcome), change=change, measure=measure, start=text.day(t.start)
    )
    if isinstance(t, SessionCourse):
        title = f"{t.name}: {wording.sessions(t.sessions)}"
        return title, sub, _("weeks from the first session"), "diamond"
    steps = text.ARROW.join(text.number(s.dose, 2) for s in t.dose_steps)
    return f"{t.drug} {steps} {t.unit}", sub, _("weeks on the drug"), "circle"


def _trial_panel(
    t: Treatment, curve: TrialCurve, box, week_range, top_percent: float, sub_lines: int = 1
) -> Group:
    x, y, w, h = box
    group = Group()
    left, right_pad, bottom_pad = 24, 46, 16
    top_pad = 31 + 7.5 * (sub_lines - 1)
    px, pw = x + left, w - left - right_pad
    py, ph = y + bottom_pad, h - top_pad - bottom_pad
    min_week, max_week = week_range
    weeks = ValueScale(min_week, max_week, px, pw)  # used along x
    percent = ValueScale(0, top_percent, py, ph)
    title, sub, x_words, mark = _panel_words(t, curve)
    group.add(label(x + 2, y + h - 9, _fit(title, w - 6), font=FONT_BOLD, size=7))
    for i, line in enumerate(wrap_label(sub, w - 6, lines=2)):  # never cut: two lines
        group.add(label(x + 2, y + h - 18 - 7.5 * i, line, color=GREY))
    group.add(frame(px, py, pw, ph))
    for value in range(0, int(top_percent) + 1, 50):
        group.add(label(px - 2.5, percent.y(value) - 2.2, f"{value}%", anchor="end", color=GREY))
    span = max_week - min_week
    tick = 4 if span <= 20 else 8 if span <= 40 else 13 if span <= 60 else 26
    for week in range(0, int(max_week) + 1, tick):
        wx = weeks.y(week)
        group.add(vline(wx, py, py + ph, color=LIGHT, width=0.3))
        group.add(label(wx, py - 8, f"{week}", anchor="middle", color=GREY))
    group.add(label(px + pw, py - 15, x_words, anchor="end", color=GREY, size=6))

    baseline = text.number(curve.baseline, 1)
    lines = [
        (100.0, DOTTED, _("baseline ({baseline})").format(baseline=baseline)),
        (RESPONSE_PERCENT, DASHED, _("response")),
    ]
    if curve.remission_percent is not None:
        below = scale_rules(curve.measure).remission_below
        lines.append(
            (curve.remission_percent, DASH_DOT, _("remission (<{below})").format(below=below))
        )
    wanted = [percent.y(v) - 2.2 for v, _, _ in lines]
    placed = spread_labels(wanted, 7, py, py + ph - 4)
    for (value, dash, name), ly in zip(lines, placed, strict=True):
        group.add(hline(px, px + pw, percent.y(value), dash=dash, color=INK, width=0.6))
        group.add(label(px + pw + 2, ly, name, size=5.8))
    pts = [(weeks.y(p.weeks), percent.y(p.percent)) for p in curve.points]
    for line in gapped_lines(pts, width=0.9):
        group.add(line)
    for p in pts:
        group.add(marker(mark, *p, 2.2 if mark == "diamond" else 1.8, filled=mark == "circle"))
    return group

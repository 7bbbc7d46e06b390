"""The one line of text the charts show for the day under the pointer."""

from __future__ import annotations

from trdjournal.analysis.timeline import DayValues

SESSION_NAMES = {
    "rtms": "rTMS",
    "esketamine": "esketamine",
    "ketamine": "ketamine",
    "ect": "ECT",
    "psychotherapy": "psychotherapy",
    "light-therapy": "light therapy",
    "other": "treatment session",
}
INSTRUMENT_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7"}


def _num(value: float) -> str:
    return f"{value:g}"


def describe_day(day: DayValues) -> str:
    parts = [day.date.strftime("%a %d %b %Y")]
    if day.mood is None:
        parts.append("not logged")
    else:
        parts.append(f"mood {_num(day.mood)}")
    if day.mood_mean7 is not None:
        parts.append(f"7-day mean {day.mood_mean7:.1f}")
    for label, value, unit in (
        ("anxiety", day.anxiety, ""),
        ("energy", day.energy, ""),
        ("sleep", day.sleep_hours, " h"),
        ("activity", day.activity_minutes, " min"),
    ):
        if value is not None:
            parts.append(f"{label} {_num(value)}{unit}")
    for score in day.scores:
        text = f"{INSTRUMENT_NAMES.get(score.instrument, score.instrument)} {score.total} ({score.band})"
        if score.self_harm_flag:
            text += ", item 9 above 0"
        parts.append(text)
    if day.doses:
        parts.append(", ".join(f"{drug} {dose}" for drug, dose in day.doses))
    for session in day.sessions:
        parts.append(f"{SESSION_NAMES.get(session.kind, session.kind)} session")
    for visit in day.appointments:
        parts.append(f"appointment{' with ' + visit.clinician if visit.clinician else ''}")
    for event in day.life_events:
        parts.append(f"{event.text} (impact {event.impact:+d})" if event.impact else event.text)
    for lab in day.labs:
        parts.append(lab.label + (f", {lab.position} range" if lab.position else ""))
    return " · ".join(parts)

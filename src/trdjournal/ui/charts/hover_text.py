"""The one line of text the charts show for the day under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trdjournal.analysis.timeline import DayValues
from trdjournal.domain.device import SOURCES
from trdjournal.ui.base import i18n
from trdjournal.ui.base.scale_text import band_text, instrument_name

SESSION_NAMES = {
    "rtms": "rTMS",
    "esketamine": QT_TRANSLATE_NOOP("charts", "esketamine"),
    "ketamine": QT_TRANSLATE_NOOP("charts", "ketamine"),
    "ect": "ECT",
    "psychotherapy": QT_TRANSLATE_NOOP("charts", "psychotherapy"),
    "light-therapy": QT_TRANSLATE_NOOP("charts", "light therapy"),
    "other": QT_TRANSLATE_NOOP("charts", "treatment session"),
}
POSITION_WORDS = {
    "below": QT_TRANSLATE_NOOP("charts", "below range"),
    "within": QT_TRANSLATE_NOOP("charts", "within range"),
    "above": QT_TRANSLATE_NOOP("charts", "above range"),
}
SEVERITY_WORDS = (
    QT_TRANSLATE_NOOP("charts", "none"),
    QT_TRANSLATE_NOOP("charts", "mild"),
    QT_TRANSLATE_NOOP("charts", "moderate"),
    QT_TRANSLATE_NOOP("charts", "severe"),
)
LABELS = (
    QT_TRANSLATE_NOOP("charts", "anxiety"),
    QT_TRANSLATE_NOOP("charts", "energy"),
    QT_TRANSLATE_NOOP("charts", "sleep"),
    QT_TRANSLATE_NOOP("charts", "activity"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def _num(value: float) -> str:
    return f"{value:g}"


def describe_day(day: DayValues) -> str:
    parts = [i18n.format_date(day.date, "ddd d MMM yyyy")]
    if day.mood is None:
        parts.append(QCoreApplication.translate("charts", "not logged"))
    else:
        parts.append(
            QCoreApplication.translate("charts", "mood {mood}").format(mood=_num(day.mood))
        )
    if day.mood_mean7 is not None:
        parts.append(
            QCoreApplication.translate("charts", "7-day mean {mean:.1f}").format(
                mean=day.mood_mean7
            )
        )
    measured = dict(day.device)
    for label, value, unit, field in zip(
        LABELS,
        (day.anxiety, day.energy, day.sleep_hours, day.activity_minutes),
        ("", "", " h", " min"),
        ("anxiety", "energy", "sleep_hours", "activity_minutes"),
        strict=True,
    ):
        if value is not None:
            text = f"{_tr(label)} {_num(value)}{unit}"
            if field in measured:  # not typed: say which device measured it
                text += " " + QCoreApplication.translate("charts", "({device})").format(
                    device=SOURCES[measured[field]]
                )
            parts.append(text)
    for label, value in (
        (QT_TRANSLATE_NOOP("charts", "elevated mood"), day.elevated),
        (QT_TRANSLATE_NOOP("charts", "irritability"), day.irritability),
    ):
        if value:  # "none" is not worth a word in a hover line
            parts.append(f"{_tr(label)} {_tr(SEVERITY_WORDS[int(value)])}")
    for score in day.scores:
        text = f"{instrument_name(score.instrument)} {score.total} ({band_text(score.band)})"
        if score.self_harm_flag and score.instrument == "phq9":
            text += ", " + QCoreApplication.translate("charts", "item 9 above 0")
        elif score.self_harm_flag:
            text += ", " + QCoreApplication.translate("charts", "safety item flagged")
        parts.append(text)
    if day.doses:
        parts.append(", ".join(f"{drug} {dose}" for drug, dose in day.doses))
    for session in day.sessions:
        name = _tr(SESSION_NAMES.get(session.kind, session.kind))
        parts.append(QCoreApplication.translate("charts", "{kind} session").format(kind=name))
    for visit in day.appointments:
        parts.append(
            QCoreApplication.translate("charts", "appointment with {clinician}").format(
                clinician=visit.clinician
            )
            if visit.clinician
            else QCoreApplication.translate("charts", "appointment")
        )
    for event in day.life_events:
        parts.append(
            QCoreApplication.translate("charts", "{text} (impact {impact:+d})").format(
                text=event.text, impact=event.impact
            )
            if event.impact
            else event.text
        )
    for lab in day.labs:
        where = QCoreApplication.translate("charts", POSITION_WORDS.get(lab.position, ""))
        parts.append(f"{lab.label}, {where}" if lab.position in POSITION_WORDS else lab.label)
    return " · ".join(parts)

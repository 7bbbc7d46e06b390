"""Table cells of the treatment history's rows: a medication trial's own cells (given by the
Trials view) with its adherence, or a course's cells in the same columns, fitted to a course
(sessions where a trial has doses)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trdjournal.analysis.history import HistoryItem
from trdjournal.analysis.trials import Trial
from trdjournal.domain.scales import scale
from trdjournal.i18n import format_number, format_signed
from trdjournal.ui.base.i18n import Plurals

ADEQUATE = {
    True: QT_TRANSLATE_NOOP("TrialsView", "yes"),
    False: QT_TRANSLATE_NOOP("TrialsView", "no"),
    None: QT_TRANSLATE_NOOP("TrialsView", "can't tell"),
}
ADEQUATE_COLUMN = 7


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrialsView", text)


def history_cells(
    item: HistoryItem, trial_cells: Callable[[Trial], list[str]], outcome_text: dict[str, str]
) -> list[str]:
    if item.course is None:
        cells = trial_cells(item.trial)
        a = item.adherence
        if a is not None and not a.fair:
            cells[ADEQUATE_COLUMN] += " - " + QCoreApplication.translate(
                "TrialsView", "not a fair trial ({percent}% of days)"
            ).format(percent=round(a.adherence * 100))
        return cells
    c = item.course
    outcome = _tr(outcome_text.get(c.outcome, c.outcome))
    if c.change_pct is not None and c.measure:
        outcome += f" ({scale(c.measure).name} {format_signed(round(c.change_pct))}%)"
    minimum = (
        Plurals.tr("%n session(s)", "", c.min_sessions)
        if c.min_sessions is not None
        else QCoreApplication.translate("TrialsView", "none listed")
    )
    return [
        c.name,
        QCoreApplication.translate("TrialsView", "course"),
        c.start.isoformat(),
        QCoreApplication.translate("TrialsView", "running") if c.running else c.end.isoformat(),
        format_number(round(c.days / 7, 1), 1),
        Plurals.tr("%n session(s)", "", c.sessions),
        minimum,
        _tr(ADEQUATE[c.adequate]),
        outcome,
        # a course is shown with its outcome; the TRD count takes medication trials only
        QCoreApplication.translate("TrialsView", "yes, not counted")
        if c.failed_adequate_trial
        else "",
        "",  # why stopped: a course has no stop reason
        "",  # pharmacogenomics: about drugs, not sessions
    ]


def history_notes(item: HistoryItem) -> str:
    if item.course is not None:
        c = item.course
        return "\n".join([f"{c.adequacy_rule}: {c.adequacy_basis()}", *c.notes])
    trial = item.trial
    return "\n".join((*trial.notes, *([trial.pgx.full_text] if trial.pgx else [])))

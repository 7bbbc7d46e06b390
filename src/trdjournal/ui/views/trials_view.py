"""Trials: the table of medication trials as the analysis judged them, an overlay that lines
the trials up at their start to compare them, and the treatment-resistance staging estimate.

Everything shown is read from one ``analyse(journal)`` result; this view decides nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trdjournal.analysis import JournalAnalysis, analyse, pgx
from trdjournal.analysis.course_overlay import course_curves
from trdjournal.analysis.history import counted_text, history_items
from trdjournal.analysis.staging import Staging
from trdjournal.analysis.trial_overlay import TrialCurve, trial_curves
from trdjournal.analysis.trials import Trial
from trdjournal.i18n import _ as core_text
from trdjournal.i18n import format_number, format_signed
from trdjournal.ui.base import i18n, qtutils
from trdjournal.ui.base.reload_on_change import ReloadOnChange
from trdjournal.ui.base.scale_text import instrument_name
from trdjournal.ui.charts.colors import DARK, chart_colors
from trdjournal.ui.charts.trial_overlay_plot import TrialOverlayPlot
from trdjournal.ui.views.history_cells import ADEQUATE, history_cells, history_notes
from trdjournal.ui.widgets.empty_state import show_when_empty
from trdjournal.ui.widgets.record_table import RecordTable

LONG_DATE = "d MMM yyyy"
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def long_dates(text: str) -> str:
    """The core's ISO dates in ``text`` ("relapse on 2026-05-03") as the long locale date the
    staging sentences use around them, so one sentence has one form of date."""

    def long(match: re.Match) -> str:
        try:
            return i18n.format_date(dt.date(*map(int, match.groups())), LONG_DATE)
        except ValueError:  # digits shaped like a date but not one: leave them as written
            return match.group(0)

    return ISO_DATE.sub(long, text)


COLUMNS = (
    QT_TRANSLATE_NOOP("TrialsView", "Treatment"),
    QT_TRANSLATE_NOOP("TrialsView", "Role"),
    QT_TRANSLATE_NOOP("TrialsView", "Started"),
    QT_TRANSLATE_NOOP("TrialsView", "Stopped"),
    QT_TRANSLATE_NOOP("TrialsView", "Weeks"),
    QT_TRANSLATE_NOOP("TrialsView", "Highest dose or sessions"),
    QT_TRANSLATE_NOOP("TrialsView", "Minimum adequate"),
    QT_TRANSLATE_NOOP("TrialsView", "Adequate?"),
    QT_TRANSLATE_NOOP("TrialsView", "Outcome"),
    QT_TRANSLATE_NOOP("TrialsView", "Failed adequate trial"),
    QT_TRANSLATE_NOOP("TrialsView", "Why stopped"),
    QT_TRANSLATE_NOOP("TrialsView", "Pharmacogenomics"),
)
# columns hidden first when the window is too narrow for all (empty ones go before these)
DROP_ORDER = (
    "Role",
    "Why stopped",
    "Failed adequate trial",
    "Minimum adequate",
    "Weeks",
    "Pharmacogenomics",
    "Stopped",
)
OUTCOME_TEXT = {
    "remission": QT_TRANSLATE_NOOP("TrialsView", "remission"),
    "response": QT_TRANSLATE_NOOP("TrialsView", "response"),
    "partial": QT_TRANSLATE_NOOP("TrialsView", "partial response"),
    "non-response": QT_TRANSLATE_NOOP("TrialsView", "no response"),
    "too-early": QT_TRANSLATE_NOOP("TrialsView", "too early to tell"),
    "unknown": QT_TRANSLATE_NOOP("TrialsView", "not measured"),
}
REASON_TEXT = {
    "no-response": QT_TRANSLATE_NOOP("TrialsView", "did not help enough"),
    "side-effects": QT_TRANSLATE_NOOP("TrialsView", "side effects"),
    "cost": QT_TRANSLATE_NOOP("TrialsView", "cost"),
    "remission": QT_TRANSLATE_NOOP("TrialsView", "remission"),
    "other": QT_TRANSLATE_NOOP("TrialsView", "other reason"),
}
LOWER_MINIMUM_HEIGHT = 380  # the overlay, its key and note, readable; less and the page scrolls
TABLE_MINIMUM_HEIGHT = 240  # before the page scrolls, a long table may shrink to this and scroll
ALL_ROWS = 8  # a history this short is always shown whole
OVERLAY_MAX_TRIALS = 8  # more is a tangle; older trials are drawn when selected
OVERLAY_NOTE = QT_TRANSLATE_NOOP(
    "TrialsView",
    "Each measured trial from its start: score as a percentage of that trial's baseline "
    "(100% = unchanged). Dashed: read from daily mood where no {scale} was near the start.",
)
MAUDSLEY_ROWS = (
    (
        QT_TRANSLATE_NOOP("TrialsView", "Duration of the episode"),
        "duration",
        "1-3",
        "duration_basis",
    ),
    (QT_TRANSLATE_NOOP("TrialsView", "Severity at its start"), "severity", "1-5", "severity_basis"),
    (
        QT_TRANSLATE_NOOP("TrialsView", "Failed antidepressants"),
        "failures",
        "1-5",
        "failures_basis",
    ),
    (QT_TRANSLATE_NOOP("TrialsView", "Augmentation"), "augmentation", "0-1", "augmentation_basis"),
    (QT_TRANSLATE_NOOP("TrialsView", "ECT"), "ect", "0-1", "ect_basis"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrialsView", text)


def _dose(value: float | None, unit: str) -> str:
    return (
        QCoreApplication.translate("TrialsView", "unknown")
        if value is None
        else f"{format_number(value, 3)} {unit}"
    )


def measure_text(measure: str | None) -> str:
    """What a trial was judged on: the scale's published name, or daily mood."""
    if measure == "mood":
        return QCoreApplication.translate("TrialsView", "daily mood")
    return instrument_name(measure) if measure else ""


def trial_cells(trial: Trial) -> list[str]:
    outcome = _tr(OUTCOME_TEXT.get(trial.outcome, trial.outcome))
    if trial.lost_response is not None:
        outcome += QCoreApplication.translate("TrialsView", ", then lost ({date})").format(
            date=trial.lost_response.date.isoformat()
        )
    if trial.so_far and trial.outcome not in ("too-early", "unknown"):
        outcome += QCoreApplication.translate("TrialsView", " so far, week {week}").format(
            week=trial.assessed_days // 7 + 1
        )
    if trial.change_pct is not None:
        outcome += f" ({measure_text(trial.measure)} {format_signed(round(trial.change_pct))}%)"
    stopped = (
        QCoreApplication.translate("TrialsView", "running")
        if trial.running or trial.end is None
        else trial.end.isoformat()
    )
    why = _tr(REASON_TEXT.get(trial.stop_reason, "")) if trial.stop_reason else ""
    if trial.stop_reason == "side-effects" and trial.side_effects:
        why += " (" + ", ".join(list(trial.side_effects)[:3]) + ")"
    name = trial.drug + (f" {trial.formulation}" if trial.formulation else "")
    if trial.combination_with:
        name = f"{trial.combination_with} + {name}"
    return [
        name,
        QCoreApplication.translate("MedEventDialog", trial.role or ""),
        trial.start.isoformat(),
        stopped,
        format_number(round(trial.days / 7, 1), 1),
        _dose(trial.max_dose_mg, trial.unit),
        _dose(trial.min_adequate_dose_mg, trial.unit)
        if trial.min_adequate_dose_mg is not None
        else QCoreApplication.translate("TrialsView", "none listed"),
        pgx.adequacy_text(trial) or _tr(ADEQUATE[trial.adequate]),
        outcome,
        _tr(ADEQUATE[True]) if trial.failed_adequate_trial else "",
        why,
        trial.pgx.text if trial.pgx else "",  # the guideline's words, from the core
    ]


class StagingPanel(QWidget):
    """The staging estimate in words: failed adequate trials, the common definition, Maudsley."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = qtutils.heading(self.tr("Treatment resistance: an estimate"), level=2)
        self.title.setWordWrap(True)
        self.label = qtutils.wrapped(muted=True)
        self.failed = qtutils.wrapped()
        self.definition = qtutils.wrapped()
        self.counted = qtutils.wrapped(muted=True)  # what the count counted (history.py)
        self.episode = qtutils.wrapped()
        self.maudsley_title = qtutils.heading(self.tr("Maudsley Staging Method"), level=2)
        self.maudsley_title.setWordWrap(True)
        self.maudsley_total = qtutils.wrapped()
        self.dimensions = QWidget()
        rows_layout = qtutils.vbox(spacing=2)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for title, key, _scale_range, _basis in MAUDSLEY_ROWS:
            score = QLabel()
            score.setWordWrap(True)  # long in other languages; the panel must not scroll sideways
            bold = score.font()
            bold.setBold(True)
            score.setFont(bold)
            score.setWordWrap(True)
            basis = qtutils.wrapped(muted=True)
            rows_layout.addWidget(score)
            rows_layout.addWidget(basis)
            rows_layout.addSpacing(qtutils.BUTTON_SPACING)
            self.rows[key] = (score, basis)
            score.setAccessibleName(_tr(title))
        self.dimensions.setLayout(rows_layout)
        layout = qtutils.vbox(
            self.title,
            self.label,
            self.failed,
            self.definition,
            self.counted,
            self.episode,
            qtutils.SECTION_SPACING,
            self.maudsley_title,
            self.maudsley_total,
            self.dimensions,
            qtutils.STRETCH,
            margin=qtutils.MARGIN,
        )
        self.setLayout(layout)
        qtutils.accessible(self, self.tr("Treatment resistance staging estimate"))

    def set_staging(self, staging: Staging) -> None:
        self.label.setText(core_text(staging.label))
        names = ", ".join(staging.failed_drugs)
        since = i18n.format_date(staging.episode_start, LONG_DATE) if staging.episode_start else "-"
        failed = self.tr(
            "Failed adequate antidepressant trials in the current episode (since {since}): {count}"
        ).format(since=since, count=staging.failed_drug_count) + (f" ({names})" if names else "")
        if staging.failed_still_running:
            failed += " " + self.tr(
                "%n of them still running (verdict so far).", "", staging.failed_still_running
            )
        if staging.judged_from_mood:
            failed += " " + self.tr("Judged from daily mood alone: {drugs}.").format(
                drugs=", ".join(staging.judged_from_mood)
            )
        for note in staging.notes:
            failed += f" {note}."
        self.failed.setText(failed)
        met = self.tr("met") if staging.trd_definition_met else self.tr("not met")
        self.definition.setText(
            self.tr(
                "Common definition of treatment-resistant depression ({trd_definition}): {met}."
            ).format(trd_definition=core_text(staging.trd_definition), met=met)
        )
        if staging.episode_start is not None:
            episode = self.tr(
                "Episode counted from {episode_start} ({episode_start_source})."
            ).format(
                episode_start=i18n.format_date(staging.episode_start, LONG_DATE),
                episode_start_source=long_dates(staging.episode_start_source),
            )
            for relapse in staging.relapses:
                episode += " " + self.tr(
                    "Relapse on {date}: {scale} {score} after remission."
                ).format(
                    date=i18n.format_date(relapse.date, LONG_DATE),
                    scale=relapse.scale,
                    score=relapse.score,
                )
            if len(staging.episodes) > 1:
                episode += " " + self.tr("%n episode(s) in the record.", "", len(staging.episodes))
            self.episode.setText(episode)
        else:
            self.episode.setText(self.tr("No check-ins yet: there is no episode to stage."))
        m = staging.maudsley
        for widget in (self.maudsley_title, self.maudsley_total, self.dimensions):
            widget.setVisible(m is not None)
        if m is None:
            return
        if m.total is None:
            low, high = m.total_range
            total = self.tr(
                "Total: {low}-{high} of 15; severity at the start not measured."
            ).format(low=low, high=high)
        else:
            total = self.tr("Total: {total} of 15 ({band}).").format(
                total=m.total, band=core_text(m.band)
            )
        if not m.applicable:
            total += " " + self.tr("No adequate trial has failed, so the method hardly applies.")
        self.maudsley_total.setText(total)
        for title, key, scale_range, basis_key in MAUDSLEY_ROWS:
            score, basis = self.rows[key]
            value = getattr(m, key)
            score.setText(
                self.tr("{title}: {value} (range {scale_range})").format(
                    title=_tr(title), value="?" if value is None else value, scale_range=scale_range
                )
            )
            basis.setText(getattr(m, basis_key))


class TrialsView(QWidget):
    def __init__(self, ui_context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.analysis: JournalAnalysis | None = None
        self.items: list = []
        self.curves: tuple[TrialCurve, ...] = ()
        self._shown: tuple[TrialCurve, ...] | None = None
        colors = chart_colors(self.palette())
        self.table = RecordTable(
            [self.tr(column) for column in COLUMNS],
            self.tr("Treatment history"),
            self.tr(
                "One row per course of a drug or of sessions, as the analysis judged it; select "
                "one to bring it forward in the chart"
            ),
        )
        # no sideways scrolling at any width or scale; in a narrow window the columns least
        # needed give way, and what they hold is said under the table for the selected trial
        self.table.fit_to_width([COLUMNS.index(name) for name in DROP_ORDER if name in COLUMNS])
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.table.columns_fitted.connect(self._show_hidden_cells)
        # rows change height as columns wrap: size the table again, after this layout pass
        self.table.columns_fitted.connect(lambda: QTimer.singleShot(0, self._size_table_to_rows))
        self.hidden_cells = qtutils.wrapped(muted=True)
        self.hidden_cells.setAccessibleName(self.tr("More about the selected trial"))
        show_when_empty(
            self.table,
            self.tr(
                "No medication trial yet. Log a medication on the Treatments view (Start…) and "
                "fill in a PHQ-9 every few weeks: each course then shows here, with whether it "
                "was long and strong enough and how the scores moved."
            ),
        )
        self.overlay = TrialOverlayPlot(colors, dark=colors is DARK)
        self.overlay.setAccessibleName(self.tr("Trials compared from their start"))
        self.overlay_note = qtutils.wrapped(muted=True)
        self.scale_note = qtutils.wrapped(muted=True)
        self.scale_note.setAccessibleName(self.tr("Scale that judges the trials"))
        self.staging = StagingPanel()
        scroll = qtutils.scroll_area(self.staging, horizontal=False)
        scroll.setMinimumWidth(240)

        self.chart_box = chart_box = QWidget()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Key to the trials chart"))
        chart_box.setLayout(qtutils.vbox(self.overlay, self.legend, self.overlay_note))
        self.overlay.setMinimumSize(280, 200)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setMinimumHeight(LOWER_MINIMUM_HEIGHT)  # the chart's key never drawn over it
        lower.addWidget(chart_box)
        lower.addWidget(scroll)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        upper = QWidget()
        upper.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Treatment history")),
                self.scale_note,
                self.table,
                self.hidden_cells,
            )
        )
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self._user_sized = False  # once the user drags the divider, it stays where they put it
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_sized", True))
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # a short window (1024x640, or 150 %) scrolls the page down rather than drawing the
        # chart's key over the chart
        self.lower_minimum = LOWER_MINIMUM_HEIGHT
        page = qtutils.scroll_area(splitter, horizontal=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(qtutils.MARGIN, qtutils.MARGIN, qtutils.MARGIN, qtutils.MARGIN)
        layout.addWidget(page)

        ReloadOnChange(self, ui_context, None, self.reload)  # any table feeds the analysis

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """The system went light or dark: the overlay takes the matching colours."""
        super().changeEvent(event)
        kinds = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        colors = chart_colors(self.palette())
        if event.type() in kinds and colors is not self.overlay.colors:
            old = self.overlay
            self.overlay = TrialOverlayPlot(colors, dark=colors is DARK)
            self.overlay.setAccessibleName(old.accessibleName())
            self.overlay.setMinimumSize(old.minimumSize())
            old.parentWidget().layout().replaceWidget(old, self.overlay)
            old.deleteLater()
            self._shown = None
            if self.analysis is not None:
                self._select(self.table.currentRow())

    def reload(self) -> None:
        self.set_analysis(analyse(self.ui_context.journal))

    def set_analysis(self, analysis: JournalAnalysis) -> None:
        self.analysis = analysis
        self.scale_note.setText(
            self.tr(
                "Judged on {scale}, the primary scale (chosen in Settings); daily mood stands in "
                "where {scale} was not filled in near a trial's start."
            ).format(scale=instrument_name(analysis.primary_scale))
        )
        # One treatment history: medication trials and courses of sessions, by date.
        trials = self.items = history_items(analysis)
        self.chart_box.setVisible(bool(trials))  # an empty overlay says nothing
        self.table.set_records(trials, lambda i: history_cells(i, trial_cells, OUTCOME_TEXT))
        for row, trial in enumerate(trials):
            notes = history_notes(trial)  # a trial's notes and pharmacogenomics, or a course's
            for column in range(self.table.columnCount()):
                item: QTableWidgetItem = self.table.item(row, column)
                item.setToolTip("\n\n".join(t for t in (item.text(), notes) if t))
        data = analysis.data
        self.curves = tuple(
            sorted(
                trial_curves(analysis.trials, data.checkins, data.questionnaires)
                + course_curves(analysis.courses, data.questionnaires),
                key=lambda c: c.start,
            )
        )
        self._shown: tuple[TrialCurve, ...] | None = None
        self.staging.set_staging(analysis.staging)
        self.staging.counted.setText(counted_text(analysis))
        if trials and self.table.currentRow() < 0:
            self.table.setCurrentCell(len(trials) - 1, 0)  # the latest trial
            self.table.scrollToItem(self.table.currentItem())
        self._select(self.table.currentRow())
        self._size_table_to_rows()

    def _size_table_to_rows(self) -> None:
        """The table as tall as its rows, the chart below taking the rest: not three rows in
        a box with an empty band under them. A short history (ALL_ROWS or fewer) always shows
        every row, the page scrolling for the chart instead; a long one may shrink to
        TABLE_MINIMUM_HEIGHT and scroll inside."""
        upper = self.splitter.widget(0)
        layout = upper.layout()
        wanted = (  # wrapped notes above and below the table: their height at this width
            layout.heightForWidth(upper.width())
            if layout.hasHeightForWidth() and upper.width() > 0
            else upper.sizeHint().height()
        )
        least = wanted if self.table.rowCount() <= ALL_ROWS else min(wanted, TABLE_MINIMUM_HEIGHT)
        self.splitter.setMinimumHeight(least + LOWER_MINIMUM_HEIGHT)
        total = sum(self.splitter.sizes())
        if total <= 0 or self._user_sized:
            return
        top = max(min(wanted, total - LOWER_MINIMUM_HEIGHT), least)
        self.splitter.setSizes([top, total - top])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._size_table_to_rows()

    def _show_hidden_cells(self) -> None:
        row = self.table.currentRow()
        cells = self.table.hidden_cells(row) if row >= 0 else []
        self.hidden_cells.setText(
            "  ·  ".join(
                self.tr("{column}: {value}").format(column=column, value=value)
                for column, value in cells
            )
        )
        self.hidden_cells.setVisible(bool(cells))

    def _select(self, row: int) -> None:
        """Bring the trial of ``row`` forward in the overlay (adding it when it is older than
        the trials drawn)."""
        if self.analysis is None or not 0 <= row < len(self.items):
            self._show_curves(None)
            return
        self._show_hidden_cells()
        item = self.items[row]
        name = item.course.name if item.course else item.trial.drug
        chosen = next((c for c in self.curves if c.drug == name and c.start == item.start), None)
        self._show_curves(chosen)

    def _show_curves(self, chosen: TrialCurve | None) -> None:
        shown = self.curves[-OVERLAY_MAX_TRIALS:]
        if chosen is not None and chosen not in shown:
            shown = (chosen, *shown[1:])
        shown = tuple(sorted(shown, key=lambda c: c.start))
        if shown != self._shown:
            self._shown = shown
            self.overlay.set_curves(shown)
        self.overlay.select(shown.index(chosen) if chosen is not None else None)
        older = len(self.curves) - len(shown)
        note = (
            " "
            + self.tr(
                "The %n most recent measured trial(s) are drawn ({older}: select one in the "
                "table to draw it).",
                "",
                len(shown),
            ).format(older=self.tr("%n older", "", older))
            if older > 0
            else ""
        )
        self.legend.setText(
            self.overlay.legend_html({k: self.tr(v) for k, v in OUTCOME_TEXT.items()})
        )
        primary = instrument_name(self.analysis.primary_scale) if self.analysis else "PHQ-9"
        self.overlay_note.setText(self.tr(OVERLAY_NOTE).format(scale=primary) + note)

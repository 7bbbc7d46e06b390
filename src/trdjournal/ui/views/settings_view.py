"""Settings kept in the journal: adequacy period, the scale that judges trials, crisis
resources, reminder, name on reports."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from trdjournal.domain.crisis import crisis_lines, default_crisis_lines
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import ADEQUACY_WEEKS, CrisisLine
from trdjournal.domain.scales import primary_scale_keys, scale_rules
from trdjournal.ui.base import autostart, qtutils
from trdjournal.ui.base.scale_text import instrument_name
from trdjournal.ui.base.ui_context import UiContext
from trdjournal.ui.views.course_settings_panel import CourseSettingsPanel
from trdjournal.ui.views.privacy_panel import PrivacyPanel

CRISIS_COLUMNS = (
    QT_TRANSLATE_NOOP("SettingsView", "Region"),
    QT_TRANSLATE_NOOP("SettingsView", "Name"),
    QT_TRANSLATE_NOOP("SettingsView", "Contact"),
)


class SettingsView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self._build()
        self.load()

    def _build(self) -> None:
        self.adequacy = QButtonGroup(self)
        adequacy_row = []
        for weeks in ADEQUACY_WEEKS:
            radio = QRadioButton(self.tr("%n week(s)", "", weeks))
            qtutils.accessible(radio, self.tr("Adequacy period %n week(s)", "", weeks))
            self.adequacy.addButton(radio, weeks)
            adequacy_row.append(radio)
        adequacy_help = qtutils.wrapped(
            self.tr(
                "How long a medication must be taken at an adequate dose before the trial counts as "
                "adequate. 6 weeks is the default; 4 weeks (ATHF) and 8 weeks (some MGH-ATRQ forms) "
                "are also in use. Ask your psychiatrist which they use."
            ),
            muted=True,
        )

        self.primary = QButtonGroup(self)
        self.primary_keys = primary_scale_keys()
        primary_row = []
        for i, key in enumerate(self.primary_keys):
            radio = QRadioButton(instrument_name(key))
            qtutils.accessible(
                radio, self.tr("Judge trials on {scale}").format(scale=instrument_name(key))
            )
            self.primary.addButton(radio, i)
            primary_row.append(radio)
        lines = ", ".join(
            self.tr("{scale} {line} or less").format(
                scale=instrument_name(key), line=scale_rules(key).remission_max
            )
            for key in self.primary_keys
        )
        primary_help = qtutils.wrapped(
            self.tr(
                "Response (at least 50% lower than the trial's baseline), remission and relapse "
                "are read from this questionnaire, each with its own published lines; remission: "
                "{lines}. Daily mood stands in where it was not filled in near a trial's start. "
                "Use the one your clinic follows you with."
            ).format(lines=lines),
            muted=True,
        )

        self.crisis = QTableWidget(0, len(CRISIS_COLUMNS))
        self.crisis.setHorizontalHeaderLabels([self.tr(c) for c in CRISIS_COLUMNS])
        self.crisis.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.crisis.verticalHeader().hide()
        self.crisis.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.crisis.setMinimumHeight(self.crisis.fontMetrics().height() * 10)
        qtutils.accessible(
            self.crisis,
            self.tr("Crisis resources"),
            self.tr(
                "Shown when a questionnaire answer reports thoughts of death or self-harm; double-click a cell to edit"
            ),
        )
        self.add_line_button = qtutils.button(
            self.tr("Add a line"), self.tr("Add a crisis line"), self.add_crisis_line
        )
        crisis_buttons = qtutils.hbox(
            self.add_line_button,
            qtutils.button(
                self.tr("Remove"),
                self.tr("Remove the selected crisis line"),
                self.remove_crisis_line,
            ),
            qtutils.STRETCH,
            qtutils.button(
                self.tr("Restore defaults"),
                self.tr("Restore the default crisis lines"),
                self.restore_crisis_lines,
            ),
        )

        self.reminder_on = QCheckBox(self.tr("Remind me to check in at"))
        qtutils.accessible(self.reminder_on, self.tr("Daily reminder"))
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        qtutils.accessible(self.reminder_time, self.tr("Reminder time"))
        self.reminder_on.toggled.connect(self.reminder_time.setEnabled)
        self.autostart = QCheckBox(self.tr("Start trdjournal when I log in"))
        self.autostart.setVisible(autostart.supported())
        qtutils.accessible(self.autostart, self.tr("Start with the session"))

        self.report_name = QLineEdit()
        self.report_name.setPlaceholderText(self.tr("leave blank to print no name"))
        qtutils.accessible(
            self.report_name,
            self.tr("Name on reports"),
            self.tr("The name printed on PDF reports; blank prints none"),
        )

        self.courses = CourseSettingsPanel()
        self.privacy = PrivacyPanel(self.ui_context)  # applies at once, not with Save
        self.error = qtutils.error_label()
        self.save_button = qtutils.button(
            self.tr("Save settings"), self.tr("Save settings"), self.save, default=True
        )

        page = QWidget()
        page.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Settings")),
                qtutils.heading(self.tr("Adequate trial length"), 2),
                qtutils.hbox(*adequacy_row, qtutils.STRETCH),
                adequacy_help,
                qtutils.SECTION_SPACING,
                qtutils.heading(self.tr("Scale that judges trials"), 2),
                qtutils.hbox(*primary_row, qtutils.STRETCH),
                primary_help,
                qtutils.SECTION_SPACING,
                self.courses,
                qtutils.SECTION_SPACING,
                qtutils.heading(self.tr("Crisis resources"), 2),
                qtutils.wrapped(
                    self.tr(
                        "Shown, with a calm note, when a questionnaire answer (PHQ-9 item 9, "
                        "QIDS-SR16 item 12, MADRS-S zest for life) reports thoughts of death or "
                        "self-harm. Put the numbers that are right where you live."
                    ),
                    muted=True,
                ),
                self.crisis,
                crisis_buttons,
                qtutils.SECTION_SPACING,
                qtutils.heading(self.tr("Reminder"), 2),
                qtutils.hbox(self.reminder_on, self.reminder_time, qtutils.STRETCH),
                qtutils.wrapped(
                    self.tr(
                        "A notification while trdjournal is running, unless the day is already "
                        "logged. Click it to open Today."
                    ),
                    muted=True,
                ),
                self.autostart,
                qtutils.SECTION_SPACING,
                qtutils.heading(self.tr("Reports"), 2),
                qtutils.form((self.tr("Name on reports"), self.report_name)),
                qtutils.SECTION_SPACING,
                self.privacy,
                qtutils.SECTION_SPACING,
                self.error,
                qtutils.hbox(qtutils.STRETCH, self.save_button),
                qtutils.STRETCH,
            )
        )
        self.setLayout(qtutils.vbox(qtutils.scroll_area(qtutils.readable(page))))

    def initial_focus(self) -> QWidget:
        return self.adequacy.checkedButton() or self.save_button

    # -- crisis lines ------------------------------------------------------------------------
    def _set_lines(self, lines: tuple[CrisisLine, ...]) -> None:
        self.crisis.setRowCount(0)
        for line in lines:
            self._append_line(line.region, line.name, line.contact)

    def _append_line(self, *cells: str) -> int:
        row = self.crisis.rowCount()
        self.crisis.insertRow(row)
        for column, text in enumerate(cells):
            self.crisis.setItem(row, column, QTableWidgetItem(text))
        return row

    def add_crisis_line(self) -> None:
        row = self._append_line("", "", "")
        self.crisis.setCurrentCell(row, 0)
        self.crisis.editItem(self.crisis.item(row, 0))

    def remove_crisis_line(self) -> None:
        rows = sorted({index.row() for index in self.crisis.selectedIndexes()}, reverse=True)
        for row in rows:
            self.crisis.removeRow(row)

    def restore_crisis_lines(self) -> None:
        self._set_lines(default_crisis_lines())

    def lines(self) -> tuple[CrisisLine, ...]:
        out = []
        for row in range(self.crisis.rowCount()):
            cells = [
                (self.crisis.item(row, c).text().strip() if self.crisis.item(row, c) else "")
                for c in range(len(CRISIS_COLUMNS))
            ]
            if not any(cells):
                continue
            if not cells[1] or not cells[2]:
                raise ValidationError(
                    "crisis_lines",
                    self.tr("line {number} needs a name and a number or contact").format(
                        number=row + 1
                    ),
                )
            out.append(CrisisLine(*cells))
        return tuple(out)

    # -- load and save -----------------------------------------------------------------------
    def load(self) -> None:
        settings = self.journal.settings()
        self.adequacy.button(settings.adequacy_weeks).setChecked(True)
        self.primary.button(self.primary_keys.index(settings.primary_scale)).setChecked(True)
        self._set_lines(crisis_lines(settings))
        self.reminder_on.setChecked(settings.reminder_time is not None)
        self.reminder_time.setEnabled(settings.reminder_time is not None)
        if settings.reminder_time:
            self.reminder_time.setTime(QTime.fromString(settings.reminder_time, "HH:mm"))
        else:
            self.reminder_time.setTime(QTime(20, 0))
        self.report_name.setText(settings.report_name)
        self.courses.load(settings)
        self.autostart.setChecked(autostart.is_enabled())
        qtutils.set_error(self.error, "")

    def save(self) -> bool:
        try:
            lines = self.lines()
            settings = dataclasses.replace(
                self.journal.settings(),  # keeps what other panels set (auto-lock)
                adequacy_weeks=self.adequacy.checkedId(),
                primary_scale=self.primary_keys[self.primary.checkedId()],
                report_name=self.report_name.text(),
                reminder_time=(
                    self.reminder_time.time().toString("HH:mm")
                    if self.reminder_on.isChecked()
                    else None
                ),
                # unchanged defaults stay "the defaults", so corrected defaults reach the user
                crisis_lines=None if lines == default_crisis_lines() else lines,
                **self.courses.values(),
            )
            self.journal.save_settings(settings)
            if autostart.supported() and self.autostart.isChecked() != autostart.is_enabled():
                autostart.set_enabled(self.autostart.isChecked())
        except ValidationError as exc:
            qtutils.set_field_error(self.error, self.tr("Not saved: {field}: {message}"), exc)
            return False
        qtutils.set_error(self.error, "")
        self.ui_context.changed("settings")
        self.ui_context.tell(self.tr("Settings saved."))
        return True

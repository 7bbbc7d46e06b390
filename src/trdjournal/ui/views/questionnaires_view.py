"""Questionnaires: fill in a PHQ-9, GAD-7, QIDS-SR16 or MADRS-S, see its total and band, and
past results.

A safety item at its flag line (PHQ-9 item 9 above 0, QIDS-SR16 item 12 at 1 or more, MADRS-S
zest for life at 3 or more; resources/scales.json) shows the crisis resources; the report marks
that day from the stored answers, so nothing extra is stored here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QSplitter, QWidget

from trdjournal.domain import dates
from trdjournal.domain.crisis import crisis_lines
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import INSTRUMENTS, Questionnaire
from trdjournal.domain.scales import scale
from trdjournal.i18n import format_signed
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.reload_on_change import ReloadOnChange
from trdjournal.ui.base.scale_text import band_text
from trdjournal.ui.base.ui_context import UiContext
from trdjournal.ui.dialogs.record_dialog import date_edit, date_of
from trdjournal.ui.widgets.crisis_panel import CrisisPanel
from trdjournal.ui.widgets.empty_state import show_when_empty
from trdjournal.ui.widgets.flag_badge import mark_flagged
from trdjournal.ui.widgets.questionnaire_form import QuestionnaireForm
from trdjournal.ui.widgets.record_table import RecordTable


def history_rows(results: list[Questionnaire]) -> list[tuple[Questionnaire, int | None]]:
    """Each result with its change from the previous one of the same questionnaire, newest first."""
    previous: dict[str, int] = {}
    rows = []
    for q in results:  # oldest first
        rows.append((q, None if q.instrument not in previous else q.total - previous[q.instrument]))
        previous[q.instrument] = q.total
    return list(reversed(rows))


def _result_cells(row: tuple[Questionnaire, int | None]) -> list[str]:
    q, change = row
    definition = scale(q.instrument)
    flag = ""
    if q.self_harm_flag and q.instrument == "phq9":
        flag = QCoreApplication.translate(
            "QuestionnairesView", "item 9 above 0, marked for your doctor"
        )
    elif q.self_harm_flag:
        flag = QCoreApplication.translate(
            "QuestionnairesView", "item {item} at {line} or more, marked for your doctor"
        ).format(item=definition.safety_item, line=definition.safety_min)
    change_text = "" if change is None else format_signed(change)
    total = f"{q.total}/{definition.total_max}"
    return [q.date.isoformat(), definition.name, total, change_text, band_text(q.band), flag]


class QuestionnairesView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.form: QuestionnaireForm | None = None
        self._build()
        ReloadOnChange(self, ui_context, {"questionnaires"}, self.reload)
        ui_context.journal_changed.connect(self._on_journal_changed)

    def _build(self) -> None:
        self.date = date_edit(dates.today(), name=self.tr("Questionnaire date"))
        self.start_buttons = {
            key: qtutils.button(
                self.tr("Fill in {name}").format(name=scale(key).name),
                self.tr("Fill in the {name}").format(name=scale(key).name),
                lambda key=key: self.start(key),
            )
            for key in INSTRUMENTS
        }
        self.one_at_a_time = QCheckBox(self.tr("One question at a time"))
        qtutils.accessible(self.one_at_a_time, self.tr("One question at a time"))
        self.one_at_a_time.toggled.connect(self._on_mode)

        self.form_area = QWidget()
        self.form_area.setLayout(qtutils.vbox())
        self.intro = qtutils.wrapped(
            self.tr(
                "Questionnaires measure how you have been lately: PHQ-9 and GAD-7 the last two "
                "weeks, QIDS-SR16 the last 7 days, MADRS-S the last 3 days. Fill one in every two "
                "to four weeks, and before an appointment. Keys 0 to 3 (0 to 6 on MADRS-S) answer "
                "a question and move on; Enter saves."
            ),
            muted=True,
        )
        self.result = qtutils.heading("", 2)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result"))
        self.result.hide()
        self.crisis = CrisisPanel()
        self.crisis.edit_requested.connect(lambda: self.ui_context.show("settings"))
        self.crisis.hide()
        self.error = qtutils.error_label()

        left = QWidget()
        left.setLayout(
            qtutils.vbox(
                qtutils.hbox(qtutils.heading(self.tr("Questionnaires")), qtutils.STRETCH),
                qtutils.hbox(
                    qtutils.wrapped(self.tr("Date")),
                    self.date,
                    *self.start_buttons.values(),
                    qtutils.STRETCH,
                ),
                qtutils.hbox(self.one_at_a_time, qtutils.STRETCH),
                self.intro,
                self.result,
                self.crisis,
                self.error,
                self.form_area,
                qtutils.STRETCH,
                margin=qtutils.MARGIN,
            )
        )
        self.history = RecordTable(
            (
                self.tr("Date"),
                self.tr("Questionnaire"),
                self.tr("Total"),
                self.tr("Change"),
                self.tr("Band"),
                self.tr("Flag"),
            ),
            self.tr("Past results"),
            self.tr("Newest first; change is from the previous result of the same questionnaire"),
        )
        show_when_empty(
            self.history,
            self.tr(
                "No questionnaire filled in yet. Start with Fill in PHQ-9 above: nine questions "
                "about the last two weeks, about two minutes. Every two to four weeks is enough."
            ),
        )
        right = QWidget()
        right.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Past results"), 2), self.history, margin=qtutils.MARGIN
            )
        )
        self.page_scroll = scroll = qtutils.scroll_area(left, horizontal=False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setLayout(qtutils.vbox(self.splitter))

    def initial_focus(self) -> QWidget:
        return self.start_buttons[INSTRUMENTS[0]]

    # -- filling in --------------------------------------------------------------------------
    def start(self, key: str) -> None:
        self._clear_form()
        self.result.hide()
        self.crisis.hide()
        qtutils.set_error(self.error, "")
        self.intro.hide()
        self.form = QuestionnaireForm(scale(key), one_at_a_time=self.one_at_a_time.isChecked())
        self.form.setAccessibleName(scale(key).name)
        self.form.completed.connect(lambda answers, key=key: self.save(key, answers))
        self.form_area.layout().addWidget(self.form)
        self.form.scroll_with(self.page_scroll)  # one scroll bar: the page's
        self.form.show()
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([total * 3 // 4, total - total * 3 // 4])  # room for the questions
        self.form.go_to(0)

    def _on_mode(self, on: bool) -> None:
        if self.form is not None:
            self.form.set_one_at_a_time(on)

    def _clear_form(self) -> None:
        if self.form is not None:
            self.form.hide()
            self.form.deleteLater()
            self.form = None
        QTimer.singleShot(0, self._fit_splitter)

    def _fit_splitter(self) -> None:
        """With no form open, the upper pane is as tall as what it shows (no empty band) and
        the past results take the rest."""
        total = sum(self.splitter.sizes())
        if self.form is not None or total <= 0:
            return
        top = min(self.page_scroll.widget().sizeHint().height() + 2, total * 3 // 4)
        self.splitter.setSizes([top, total - top])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit_splitter()

    def save(self, key: str, answers: tuple[int, ...]) -> None:
        try:
            saved = self.journal.add_questionnaire(Questionnaire(date_of(self.date), key, answers))
        except ValidationError as exc:
            qtutils.set_error(
                self.error, self.tr("Not saved: {message}").format(message=exc.message)
            )
            return
        self._clear_form()
        self.show_result(saved)
        self.ui_context.changed("questionnaires")
        self.ui_context.tell(
            self.tr("Saved the {name} of {day}: {total}, {band}.").format(
                name=scale(key).name,
                day=saved.date.isoformat(),
                total=saved.total,
                band=band_text(saved.band),
            )
        )

    def show_result(self, saved: Questionnaire) -> None:
        definition = scale(saved.instrument)
        self.result.setText(
            self.tr("{name} on {day}: {total} of {total_max}, {band}.").format(
                name=definition.name,
                day=saved.date.isoformat(),
                total=saved.total,
                total_max=definition.total_max,
                band=band_text(saved.band),
            )
        )
        self.result.setAccessibleDescription(self.result.text())
        self.result.show()
        if saved.self_harm_flag:
            self.crisis.set_lines(crisis_lines(self.journal.settings()))
            self.crisis.show()
            self.crisis.edit_button.setFocus()
        else:
            self.crisis.hide()
            self.start_buttons[saved.instrument].setFocus()

    def unsaved_work(self) -> str | None:
        if self.form is None or all(a is None for a in self.form.answers()):
            return None
        return self.tr("a {name} you started").format(name=self.form.definition.name)

    def save_unsaved(self) -> bool:
        """Saved only when complete; otherwise the form is shown at the first open question."""
        if self.form is None:
            return True
        self.form.submit()
        return self.form is None  # save() clears the form once the answers are stored

    # -- history -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.history.set_records(history_rows(self.journal.questionnaires()), _result_cells)
        flag_column = self.history.columnCount() - 1
        for row in range(self.history.rowCount()):
            item = self.history.item(row, flag_column)
            if item is not None and item.text():
                mark_flagged(item, self.palette())

    def _on_journal_changed(self, table: str) -> None:
        if table == "settings" and self.crisis.isVisible():
            self.crisis.set_lines(crisis_lines(self.journal.settings()))

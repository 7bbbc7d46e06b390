"""Life events and lab results: two lists, newest first, each added and edited in its dialog.

Life events are rated -4..+4 for their impact on mood (the NIMH Life Chart's scale); lab
values show where they sit against their reference range. Both appear on the charts and in
the report's period.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from trdjournal.domain.background import LifeEvent
from trdjournal.domain.labs import LabResult, shown_lab_name
from trdjournal.i18n import format_number, format_signed
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.reload_on_change import ReloadOnChange
from trdjournal.ui.base.ui_context import UiContext
from trdjournal.ui.dialogs.lab_dialog import LabDialog
from trdjournal.ui.dialogs.life_event_dialog import LifeEventDialog
from trdjournal.ui.widgets.empty_state import show_when_empty
from trdjournal.ui.widgets.record_actions import delete_record, open_dialog
from trdjournal.ui.widgets.record_table import RecordTable

TABLES = ("life_events", "lab_results")
POSITION_TEXT = {
    "below": QT_TRANSLATE_NOOP("EventsLabsView", "below the range"),
    "within": QT_TRANSLATE_NOOP("EventsLabsView", "within the range"),
    "above": QT_TRANSLATE_NOOP("EventsLabsView", "above the range"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventsLabsView", text)


def impact_text(impact: int) -> str:
    return format_signed(impact)


def event_cells(e: LifeEvent) -> list[str]:
    return [e.date.isoformat(), impact_text(e.impact), e.text]


def lab_cells(r: LabResult) -> list[str]:
    source = (
        ""
        if r.ref_low is None
        else QCoreApplication.translate("EventsLabsView", "your lab")
        if r.ref_source == "entered"
        else QCoreApplication.translate("EventsLabsView", "default")
    )
    reference = r.range_text + (f" ({source})" if source else "")
    return [
        r.date.isoformat(),
        shown_lab_name(r.name),
        f"{format_number(r.value, 3)} {r.unit}",
        reference,
        _tr(POSITION_TEXT[r.position]) if r.position in POSITION_TEXT else "",
    ]


class EventsLabsView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.dialog: QDialog | None = None
        self._build()
        self.reloader = ReloadOnChange(self, ui_context, TABLES, self.reload)

    def _tab(self, table: RecordTable, add, edit, delete, noun: str) -> QWidget:
        table.activated.connect(lambda _index: edit())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            table,
            delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        tab = QWidget()
        tab.setLayout(
            qtutils.vbox(
                qtutils.hbox(
                    qtutils.button(
                        self.tr("Add a {noun}…").format(noun=noun),
                        self.tr("Add a {noun}").format(noun=noun),
                        add,
                    ),
                    qtutils.STRETCH,
                ),
                table,
                qtutils.hbox(
                    qtutils.STRETCH,
                    qtutils.button(
                        self.tr("Edit…"),
                        self.tr("Edit the selected {noun}").format(noun=noun),
                        edit,
                    ),
                    qtutils.button(
                        self.tr("Delete"),
                        self.tr("Delete the selected {noun}").format(noun=noun),
                        delete,
                    ),
                ),
                margin=qtutils.MARGIN,
            )
        )
        return tab

    def _build(self) -> None:
        self.events = RecordTable(
            (self.tr("Date"), self.tr("Impact"), self.tr("What happened")),
            self.tr("Life events"),
            self.tr("Newest first; impact on mood from −4 to +4; Enter edits"),
        )
        self.labs = RecordTable(
            (
                self.tr("Date"),
                self.tr("Test"),
                self.tr("Value"),
                self.tr("Reference range"),
                self.tr("Where it sits"),
            ),
            self.tr("Lab results"),
            self.tr("Newest first; Enter edits"),
        )
        show_when_empty(
            self.events,
            self.tr(
                "No life events yet. A move, a loss, a new job, a birth: add one with Add a life "
                "event…, rated from -4 to +4, and it is marked on the mood chart."
            ),
        )
        show_when_empty(
            self.labs,
            self.tr(
                "No lab results yet. Add a blood test (TSH, vitamin D, lithium level…) with Add "
                "a lab result…; its reference range comes with it."
            ),
        )
        self.tabs = QTabWidget()
        qtutils.accessible(self.tabs, self.tr("Life events and lab results"))
        self.tabs.addTab(
            self._tab(
                self.events,
                self.add_event,
                self.edit_event,
                self.delete_event,
                self.tr("life event"),
            ),
            self.tr("&Life events"),
        )
        self.tabs.addTab(
            self._tab(
                self.labs, self.add_lab, self.edit_lab, self.delete_lab, self.tr("lab result")
            ),
            self.tr("Lab &results"),
        )
        intro = qtutils.wrapped(
            self.tr(
                "Things that happened and blood tests, on the day. They are drawn on the charts "
                "and listed in the report for its period."
            ),
            muted=True,
        )
        self.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Life events and lab results")),
                intro,
                self.tabs,
                margin=qtutils.MARGIN,
            )
        )

    def initial_focus(self) -> QWidget:
        return self.events if self.tabs.currentIndex() == 0 else self.labs

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.events.set_records(list(reversed(self.journal.life_events())), event_cells)
        self.labs.set_records(list(reversed(self.journal.lab_results())), lab_cells)

    # -- dialogs -----------------------------------------------------------------------------
    def _open(self, dialog: QDialog, table: str, message) -> None:
        self.dialog = dialog
        open_dialog(self.ui_context, dialog, table, message, lambda: setattr(self, "dialog", None))

    def add_event(self) -> None:
        self._open(
            LifeEventDialog(self.journal, self),
            "life_events",
            lambda e: self.tr("Added the life event of {day} (impact {impact}).").format(
                day=e.date.isoformat(), impact=impact_text(e.impact)
            ),
        )

    def edit_event(self) -> None:
        if (event := self.events.selected_record()) is not None:
            self._open(
                LifeEventDialog(self.journal, self, event=event),
                "life_events",
                lambda e: self.tr("Edited the life event of {day}.").format(day=e.date.isoformat()),
            )

    def add_lab(self) -> None:
        self._open(
            LabDialog(self.journal, self),
            "lab_results",
            lambda r: self.tr("Added {name} {value} {unit} of {day}.").format(
                name=shown_lab_name(r.name),
                value=format_number(r.value, 3),
                unit=r.unit,
                day=r.date.isoformat(),
            ),
        )

    def edit_lab(self) -> None:
        if (result := self.labs.selected_record()) is not None:
            self._open(
                LabDialog(self.journal, self, result=result),
                "lab_results",
                lambda r: self.tr("Edited the {name} result of {day}.").format(
                    name=shown_lab_name(r.name), day=r.date.isoformat()
                ),
            )

    # -- deleting (Ctrl+Z undoes) ------------------------------------------------------------
    def delete_event(self) -> None:
        delete_record(
            self.ui_context,
            self.events.selected_record(),
            self.journal.delete_life_event,
            "life_events",
            self.tr("the life event"),
        )

    def delete_lab(self) -> None:
        result: LabResult | None = self.labs.selected_record()
        what = (
            self.tr("the {name} result").format(name=shown_lab_name(result.name)) if result else ""
        )
        delete_record(self.ui_context, result, self.journal.delete_lab_result, "lab_results", what)

"""Journal: every logged day as a table and as a year in pixels; search, open, delete (undoable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QWidget,
)

from trdjournal.domain import dates, device
from trdjournal.domain.model import CheckIn
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.reload_on_change import ReloadOnChange
from trdjournal.ui.base.ui_context import UiContext
from trdjournal.ui.widgets.checkin_table import CheckInTableModel, SearchFilter, date_at
from trdjournal.ui.widgets.column_fit import fit_on_resize
from trdjournal.ui.widgets.empty_state import show_when_empty
from trdjournal.ui.widgets.year_pixels import YearPixels

JOURNAL_DROP_ORDER = (5, 6, 3, 2)  # sleep quality, activity, energy, anxiety
NO_DAYS = QT_TRANSLATE_NOOP(
    "JournalView", "No days logged yet. Start on the Today view (Ctrl+1): a mood is enough."
)


class JournalView(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self.checkins: list[CheckIn] = []
        self._build()
        ReloadOnChange(self, ui_context, {"checkins", "device_values"}, self.reload)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, tags and side effects"))
        self.search.setClearButtonEnabled(True)
        qtutils.accessible(
            self.search,
            self.tr("Search the journal"),
            self.tr("Show only days whose note or tags contain these words"),
        )
        self.search.textChanged.connect(self._on_search)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Days shown"))

        self.pixels = YearPixels()
        self.pixels.day_activated.connect(self.edit_day)
        self.year_label = qtutils.heading("", 2)
        self.previous_year = qtutils.arrow_button(
            False, self.tr("Previous year"), lambda: self.step_year(-1)
        )
        self.next_year = qtutils.arrow_button(True, self.tr("Next year"), lambda: self.step_year(1))

        self.model = CheckInTableModel(self)
        self.proxy = SearchFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.empty_state = show_when_empty(self.table, self.tr(NO_DAYS))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)  # measure 60 rows, not 20 years of them
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        # never a sideways scroll bar (at 150 % either): the note takes the width that is left
        # and is elided (the whole note is its tooltip); in a narrow window the columns least
        # needed give way
        self.column_fit = fit_on_resize(
            self.table, JOURNAL_DROP_ORDER, hide_empty=False, flexible_last=True
        )
        qtutils.accessible(
            self.table,
            self.tr("Logged days"),
            self.tr("Enter or double-click opens a day in Today; Delete removes it"),
        )
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.edit_button = qtutils.button(
            self.tr("Open in Today"), self.tr("Open the selected day in Today"), self.edit_selected
        )
        self.delete_button = qtutils.button(
            self.tr("Delete day"),
            self.tr("Delete the selected day's check-in"),
            self.delete_selected,
            tooltip=self.tr("Delete the selected day's check-in (Delete); Ctrl+Z undoes it"),
        )
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        calendar = QWidget()
        calendar.setLayout(qtutils.hbox(self.pixels, qtutils.STRETCH))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(calendar)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(True)
        self.setLayout(
            qtutils.vbox(
                qtutils.hbox(
                    qtutils.heading(self.tr("Journal")), qtutils.STRETCH, self.search, self.count
                ),
                qtutils.hbox(self.previous_year, self.year_label, self.next_year, qtutils.STRETCH),
                splitter,
                qtutils.hbox(qtutils.STRETCH, self.edit_button, self.delete_button),
                margin=qtutils.MARGIN,
            )
        )
        self.search.setMinimumWidth(  # the placeholder whole, in any language
            max(
                self.search.fontMetrics().horizontalAdvance("x") * 36,
                self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48,
            )
        )

    def initial_focus(self) -> QWidget:
        return self.table

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.checkins = self.journal.checkins()
        self.model.set_checkins(self.checkins, device.shown(self.journal.device_values()))
        self._refresh_pixels()
        self._update_count()

    def _shown_dates(self) -> set[dt.date]:
        return {date_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())}

    def _refresh_pixels(self, year: int | None = None) -> None:
        year = year or self.pixels.year
        shown = self._shown_dates() if self.proxy.words else None
        moods = {
            c.date: c.mood
            for c in self.checkins
            if c.date.year == year and (shown is None or c.date in shown)
        }
        self.pixels.set_data(year, moods)
        self.year_label.setText(str(year))
        first = self.checkins[0].date.year if self.checkins else year
        self.previous_year.setEnabled(year > min(first, year))
        self.next_year.setEnabled(year < dates.today().year)

    def step_year(self, years: int) -> None:
        self._refresh_pixels(self.pixels.year + years)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("{shown} of %n day(s)", "", total).format(shown=shown)
            if self.proxy.words
            else self.tr("%n day(s)", "", total)
        )
        self.empty_state.set_text(
            self.tr("No day matches this search.") if total else self.tr(NO_DAYS)
        )

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._refresh_pixels()
        self._update_count()

    # -- actions -----------------------------------------------------------------------------
    def selected_day(self) -> dt.date | None:
        return date_at(self.table.currentIndex())

    def select_day(self, day: dt.date) -> None:
        row = self.model.row_of(day)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)

    def edit_day(self, day: dt.date) -> None:
        self.ui_context.show("today", day)

    def edit_selected(self) -> None:
        if (day := self.selected_day()) is not None:
            self.edit_day(day)

    def _on_activated(self, index: QModelIndex) -> None:
        day = date_at(index)
        if day is not None:
            self.edit_day(day)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = date_at(current)
        if day is not None and day.year != self.pixels.year:
            self._refresh_pixels(day.year)

    def delete_selected(self) -> None:
        day = self.selected_day()
        if day is None:
            self.ui_context.tell(self.tr("Select a day to delete first."))
            return
        row = self.table.currentIndex().row()
        if self.journal.checkin(day) is None:
            self.ui_context.tell(
                self.tr(
                    "{day} has only values a device measured; there is no check-in to delete."
                ).format(day=day.isoformat())
            )
            return
        self.journal.delete_checkin(day)
        self.ui_context.changed("checkins")
        self.ui_context.tell(
            self.tr("Deleted the check-in of {day}. Ctrl+Z undoes it.").format(day=day.isoformat())
        )
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))

    def open_item(self, day: dt.date) -> None:
        self.select_day(day)

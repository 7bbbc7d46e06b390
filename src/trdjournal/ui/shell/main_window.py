"""The main window: a navigation list of the views in ``views.VIEWS``, a stack showing one of
them (built on first show), menus with the shortcuts, Undo, and the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from trdjournal.context import AppContext
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.draft_keeper import flush_all
from trdjournal.ui.base.outside_changes import OutsideChanges
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext
from trdjournal.ui.shell.idle_preload import IdlePreload, import_chart_modules
from trdjournal.ui.shell.revision_text import describe_undo
from trdjournal.ui.shell.single_instance import JournalInstance
from trdjournal.ui.shell.ui_state import UiState
from trdjournal.ui.shell.view_registry import VIEWS, ViewSpec, view_spec
from trdjournal.ui.shell.window_lock import WindowLock
from trdjournal.ui.widgets.notice_bar import NoticeBar

STATUS_TIMEOUT_MS = 8000
DEFAULT_SIZE = (1100, 740)


class MainWindow(QMainWindow):
    def __init__(self, ui_context: UiContext, state: UiState | None = None):
        super().__init__()
        self.ui_context = ui_context
        self.state = state
        self.setWindowTitle(
            self.tr("Demo journal: example data, not yours - trdjournal")
            if ui_context.app_context.demo
            else self.tr("trdjournal")
        )
        self.pages: dict[str, QWidget] = {}
        # This process's claim on the journal (ui/shell/single_instance.py), set by the app.
        self.journal_instance: JournalInstance | None = None
        self.owns_context = False  # a window opened from the demo closes its own journal

        self.nav = QListWidget()
        qtutils.accessible(self.nav, self.tr("Views"), self.tr("Choose a view (Ctrl+1 to Ctrl+9)"))
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, spec in enumerate(VIEWS, start=1):
            item = QListWidgetItem(spec.label())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(
                self.tr("{title} (Ctrl+{number})").format(title=spec.label(), number=number)
                if number <= 9
                else spec.label()
            )
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() * 2 + qtutils.SPACING))
            self.nav.addItem(item)
        self.nav.setFixedWidth(
            max(self.nav.fontMetrics().horizontalAdvance(spec.label()) for spec in VIEWS)
            + 4 * qtutils.MARGIN
        )
        self.nav.setStyleSheet(f"QListWidget::item {{ padding-left: {qtutils.MARGIN}px; }}")
        self.stack = QStackedWidget()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        if ui_context.app_context.demo:
            central = self._with_demo_banner(central)
        self.setCentralWidget(central)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._on_row_changed)
        ui_context.status_message.connect(self.show_message)
        ui_context.open_view.connect(self.show_view)

        self.resize(*DEFAULT_SIZE)
        if state is not None and (geometry := state.geometry()) is not None:
            self.restoreGeometry(geometry)
        self.locking = WindowLock(self, ui_context)  # File > Lock and auto-lock (encrypted)
        self.outside_changes = OutsideChanges(ui_context, self)  # a CLI command's writes
        # the chart library and the Charts page, once the first frame is shown
        self.preload = IdlePreload(self, self._idle_steps)
        start = (state.last_view() if state else None) or VIEWS[0].key
        self.show_view(start if view_spec(start) else VIEWS[0].key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.preload.schedule()

    def _idle_steps(self) -> list:
        """Charts is the one view whose first show is slow: import, then build it hidden."""
        return [import_chart_modules, lambda: self._prepare_in_idle("charts")]

    def _prepare_in_idle(self, key: str) -> None:
        steps = getattr(self.page(key), "idle_steps", lambda: [])()
        self.preload.add(steps)

    def _with_demo_banner(self, central: QWidget) -> QWidget:
        """Above every view: this is the demo journal, and a way out to one's own."""
        self.demo_banner = NoticeBar(self.tr("Demo journal"))
        self.demo_banner.set_message(
            self.tr("Demo journal: example data, not yours. What you log here stays in the demo.")
        )
        self.demo_banner.add_button(
            self.tr("Open my own journal"),
            self.tr("Open my own journal"),
            self.open_own_journal,
        )
        holder = QWidget()
        holder.setLayout(
            qtutils.vbox(qtutils.hbox(self.demo_banner, margin=qtutils.SPACING), central, spacing=0)
        )
        holder.layout().setStretch(1, 1)
        return holder

    def open_own_journal(self) -> MainWindow | None:
        """Leave the demo for the user's own journal (the default journal path), in a new
        window that takes over from this one."""
        from trdjournal.ui.shell.start_up import claim_journal, open_started_window

        # the steps of the app's own start-up: the claim, the passphrase, a damaged
        # journal's restore offer, the warnings, the reminder (ui/shell/start_up.py)
        own = AppContext(passphrase_source=self.ui_context.app_context.passphrase_source)
        instance, _told = claim_journal(own, self)
        if instance is None:  # open in another window, which was asked to come forward
            return None
        back = self.tr("Back to the demo")
        window = open_started_window(own, instance, open_window, self, decline_text=back)
        if window is None:
            instance.release()
            own.close()
            return None
        window.owns_context = True
        window.show()
        self.own_window = window  # kept referenced until Qt owns it as a shown window
        self.close()
        return window

    def hold(self, instance: JournalInstance) -> None:
        """Keep ``instance`` for this window's life; a second start raises this window."""
        self.journal_instance = instance
        instance.raise_requested.connect(self.bring_to_front)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_message(self.tr("trdjournal is already open on this journal: here it is."))

    # -- menus and shortcuts ---------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import..."), self)
        self.import_action.setStatusTip(
            self.tr("Import a trdjournal export, a Daylio CSV or an eMoods backup")
        )
        self.import_action.triggered.connect(self.import_from_file)
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_action = QAction(self.tr("&Whole journal (JSON or CSV)..."), self)
        self.export_action.setStatusTip(
            self.tr("Export the whole journal (JSON) or CSV files for spreadsheets")
        )
        self.export_action.triggered.connect(self.export_to_file)
        export_menu.addAction(self.export_action)
        self.fhir_export_action = QAction(self.tr("&FHIR, for a clinic's record..."), self)
        self.fhir_export_action.setStatusTip(
            self.tr("Export scales, daily ratings and treatments as an HL7 FHIR R4 Bundle")
        )
        self.fhir_export_action.triggered.connect(self.export_fhir)
        export_menu.addAction(self.fhir_export_action)
        self.restore_action = QAction(self.tr("&Restore from backup..."), self)
        self.restore_action.setStatusTip(self.tr("Replace the journal with one of its backups"))
        self.restore_action.triggered.connect(self.restore_from_backup)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        report_action = QAction(self.tr("Appointment &report (PDF)…"), self)
        report_action.setShortcut(QKeySequence.StandardKey.Print)
        report_action.setStatusTip(self.tr("Write the PDF report for your next appointment"))
        report_action.triggered.connect(self.open_report_dialog)
        file_menu.addAction(report_action)
        self.addAction(report_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo last change"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setStatusTip(self.tr("Undo the last change saved in the journal"))
        self.undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self.undo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, spec in enumerate(VIEWS, start=1):
            action = QAction(spec.label(), self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_view(key))
            view_menu.addAction(action)
            self.addAction(action)  # shortcuts work even with the menu bar hidden

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About trdjournal"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_about(self) -> QDialog:
        from trdjournal.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.ui_context.app_context.journal_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- views -----------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The view's widget, built the first time it is asked for."""
        if key not in self.pages:
            spec: ViewSpec | None = view_spec(key)
            if spec is None:
                raise KeyError(f"no view {key!r}")
            widget = spec.factory(self.ui_context)
            widget.setObjectName(f"view-{key}")
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else VIEWS[0].key

    def show_view(self, key: str, argument: Any = None) -> None:
        row = next(i for i, spec in enumerate(VIEWS) if spec.key == key)
        widget = self.page(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _on_row_changed shows the page
        else:
            self.stack.setCurrentWidget(widget)
        if argument is not None and hasattr(widget, "open_item"):
            widget.open_item(argument)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = VIEWS[row].key
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        focus = getattr(widget, "initial_focus", None)
        (focus() if callable(focus) else widget).setFocus(Qt.FocusReason.OtherFocusReason)
        if self.state is not None:
            self.state.set_last_view(key)

    def open_report_dialog(self) -> None:
        from trdjournal.ui.dialogs.report_dialog import (
            ReportDialog,  # loads reportlab only when used
        )

        self.report_dialog = ReportDialog(self.ui_context, self)
        self.report_dialog.open()

    # -- undo and messages -----------------------------------------------------------------
    def undo(self) -> None:
        revision = self.ui_context.journal.undo_last()
        if revision is None:
            self.show_message(self.tr("There is nothing left to undo."))
            return
        self.ui_context.changed(ALL_TABLES)
        self.show_message(describe_undo(revision))

    def import_from_file(self) -> None:
        from trdjournal.ui.shell.data_menu import import_from_file

        import_from_file(self, open_window)

    def export_to_file(self) -> None:
        from trdjournal.ui.shell.data_menu import export_to_file

        export_to_file(self)

    def export_fhir(self) -> None:
        from trdjournal.ui.shell.data_menu import export_fhir

        export_fhir(self)

    def restore_from_backup(self) -> None:
        from trdjournal.ui.dialogs.restore_dialog import restore_from_backup

        restore_from_backup(self, self._reopened)

    def _reopened(self, app_context: AppContext) -> MainWindow:
        """The window that replaces this one on the same journal (after a restore): it takes
        over the claim on the journal, so the lock is never let go in between."""
        fresh = open_window(app_context)
        fresh.owns_context, self.owns_context = self.owns_context, False
        if (instance := self.journal_instance) is not None:
            self.journal_instance = None
            instance.raise_requested.disconnect(self.bring_to_front)
            fresh.hold(instance)
        return fresh

    def show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def unsaved_work(self) -> list[tuple[str, str]]:
        """(view key, what is not saved) for each built view that holds typed, unsaved input."""
        found = []
        for key, widget in self.pages.items():
            describe = getattr(widget, "unsaved_work", None)
            if callable(describe) and (what := describe()):
                found.append((key, what))
        return found

    def close_question(self, unsaved: list[tuple[str, str]]) -> str:
        """The question closing asks: each view's unsaved work, in one translated sentence."""
        return self.tr("Not saved yet: {what}.").format(
            what="; ".join(what for _key, what in unsaved)
        )

    def confirm_close(self, unsaved: list[tuple[str, str]]) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Not saved yet"),
            self.close_question(unsaved),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAccessibleName(self.tr("Not saved yet"))
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        unsaved = self.unsaved_work()
        if unsaved:
            answer = self.confirm_close(unsaved)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                for key, _what in unsaved:
                    if not self.pages[key].save_unsaved():
                        self.show_view(key)  # the view shows what stopped it
                        event.ignore()
                        return
            if answer == QMessageBox.StandardButton.Discard:
                for key, _what in unsaved:
                    if callable(discard := getattr(self.pages[key], "discard_unsaved", None)):
                        discard()  # thrown away on purpose: not offered back next time
        flush_all(self)  # nothing left waiting to be written once the journal closes
        self.outside_changes.timer.stop()
        if self.journal_instance is not None:
            self.journal_instance.release()
            self.journal_instance = None
        if self.state is not None:
            self.state.set_geometry(self.saveGeometry())
            self.state.set_last_view(self.current_key())
            self.state.sync()
        if (reminder := getattr(self, "reminder", None)) is not None:
            reminder.timer.stop()  # it reads the journal, which the closing app closes next
        super().closeEvent(event)
        if self.owns_context:
            self.ui_context.app_context.close()


def open_window(app_context: AppContext, *, remember: bool = True) -> MainWindow:
    """The main window on the context's journal, or a JournalError for the caller to show.
    ``remember``: restore and save window state (geometry, last view) beside the journal."""
    ui_context = UiContext(app_context)  # opens the journal: may raise JournalError
    return MainWindow(ui_context, UiState(app_context.journal_path) if remember else None)

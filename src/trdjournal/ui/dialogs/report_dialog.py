"""The appointment report from the desktop: choose the period, the parts and whether your name
is printed; the PDF is written off the UI thread and then opened in the system's viewer.

The same request rules and the same build as ``trdjournal report`` (trdjournal.report)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from trdjournal.analysis import JournalData, analyse_data
from trdjournal.domain import dates
from trdjournal.domain.errors import ValidationError
from trdjournal.report import DEFAULT_SECTIONS, SECTIONS, plan_request, write_report
from trdjournal.report.options import SECTION_TITLES, default_period
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.operations import Operation
from trdjournal.ui.base.ui_context import UiContext
from trdjournal.ui.dialogs.record_dialog import date_edit, date_of

PDF_SUFFIX = ".pdf"
SECTION_WORDS = (  # report.options.SECTION_TITLES, for translation (tests/test_i18n.py checks)
    QT_TRANSLATE_NOOP("ReportDialog", "Since last visit (one page)"),
    QT_TRANSLATE_NOOP("ReportDialog", "Charts: timeline and trial overlay"),
    QT_TRANSLATE_NOOP("ReportDialog", "Trial history table"),
    QT_TRANSLATE_NOOP(
        "ReportDialog", "Background: episode, family history, other conditions (private)"
    ),
    QT_TRANSLATE_NOOP("ReportDialog", "Appendix: daily log"),
)


def open_in_viewer(path: Path) -> bool:
    """False when the system has no viewer for it (or it would not start)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportDialog(QDialog):
    def __init__(
        self,
        ui_context: UiContext,
        parent: QWidget | None = None,
        *,
        open_file: Callable[[Path], bool | None] = open_in_viewer,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appointment report"))
        self.setAccessibleName(self.tr("Appointment report"))
        self.ui_context, self.open_file = ui_context, open_file
        journal = ui_context.journal
        today = dates.today()
        self.appointments = [a.date for a in journal.appointments()]
        start, end = default_period(self.appointments, today)
        self.start, self.end = (
            date_edit(start, name=self.tr("From")),
            date_edit(end, name=self.tr("To")),
        )
        self.sections = {key: QCheckBox(self.tr(SECTION_TITLES[key])) for key in SECTIONS}
        for key, box in self.sections.items():
            box.setChecked(key in DEFAULT_SECTIONS)  # the background only when ticked
            qtutils.accessible(box, self.tr(SECTION_TITLES[key]))
        self.name = journal.settings().report_name
        self.with_name = QCheckBox(
            self.tr("Print my name ({name})").format(name=self.name)
            if self.name
            else self.tr("No name is set in Settings")
        )
        self.with_name.setChecked(bool(self.name))
        self.with_name.setEnabled(bool(self.name))
        qtutils.accessible(self.with_name, self.tr("Print my name"))
        self.path = QLineEdit(str(_default_file(end)))
        qtutils.accessible(self.path, self.tr("PDF file"))
        choose = qtutils.button(
            self.tr("Choose…"), self.tr("Choose the PDF file"), self._choose_file
        )
        self.error = qtutils.error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.write_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("Write and open"))
        self.write_button.setAccessibleName(self.tr("Write and open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        hint = qtutils.wrapped(
            self.tr(
                "The period starts at your last appointment (or 90 days ago) unless you change it. "
                "Page 1 is a one-page summary for your doctor."
            ),
            muted=True,
        )
        fields = qtutils.form(
            (self.tr("From"), self.start),
            (self.tr("To"), self.end),
            (self.tr("Include"), qtutils.vbox(*self.sections.values())),
            (self.tr("Name"), self.with_name),
            (self.tr("Save as"), qtutils.hbox(self.path, choose)),
        )
        self.setLayout(qtutils.vbox(hint, fields, self.error, buttons, margin=qtutils.MARGIN))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 64)
        self.result_path: Path | None = None

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            done = chosen.lower().endswith(PDF_SUFFIX)
            self.path.setText(chosen if done else f"{chosen}{PDF_SUFFIX}")

    def write(self) -> None:
        try:
            request = plan_request(
                appointments=self.appointments,
                today=dates.today(),
                report_name=self.name,
                start=date_of(self.start),
                end=date_of(self.end),
                sections=[key for key, box in self.sections.items() if box.isChecked()],
                include_name=self.with_name.isChecked(),
            )
        except ValidationError as exc:
            qtutils.set_error(self.error, f"{_field_name(exc.field)}: {exc.message}")
            return
        path = Path(self.path.text().strip()).expanduser()
        if not path.name or path.is_dir():
            qtutils.set_error(self.error, self.tr("Save as: choose a file name ending in .pdf"))
            return
        if not path.parent.is_dir():
            qtutils.set_error(
                self.error,
                self.tr("Save as: the folder {folder} does not exist; choose another.").format(
                    folder=path.parent
                ),
            )
            return
        qtutils.set_error(self.error, "")
        data = JournalData.from_journal(self.ui_context.journal)  # read here; build off-thread
        today = dates.today()
        self.write_button.setEnabled(False)
        Operation(
            self,
            lambda _progress: write_report(analyse_data(data, today=today), request, path),
            label=self.tr("Writing the report"),
        ).success(self._written).failure(self._failed).run()

    def _written(self, result) -> None:
        if not Path(result.path).is_file():  # "written" only when it is there to open
            self._failed(FileNotFoundError(str(result.path)))
            return
        self.result_path = result.path
        if self.ui_context.journal.encrypted:
            written = self.tr(
                "Report written: {path} (%n page(s)). It is not encrypted.", "", result.pages
            )
        else:
            written = self.tr("Report written: {path} (%n page(s))", "", result.pages)
        message = written.format(path=result.path)
        if self.open_file(result.path) is False:
            message += " " + self.tr(
                "No PDF viewer could be opened for it: open the file from your file manager."
            )
        self.ui_context.tell(message)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        qtutils.set_error(
            self.error, self.tr("The report was not written: {error}").format(error=error)
        )


def _field_name(field: str) -> str:
    names = {
        "from": QCoreApplication.translate("ReportDialog", "From"),
        "to": QCoreApplication.translate("ReportDialog", "To"),
        "sections": QCoreApplication.translate("ReportDialog", "Include"),
    }
    return names.get(field, field)


def default_folder() -> Path:
    """The user's documents folder (XDG_DOCUMENTS_DIR and the like) if it exists, else home:
    never a folder the report cannot be written into."""
    from platformdirs import user_documents_path

    documents = user_documents_path()
    return documents if documents.is_dir() else Path.home()


def _default_file(end: dt.date) -> Path:
    # The file name the user sees and keeps is a word in their language ("rapport").
    name = QCoreApplication.translate("ReportDialog", "trdjournal-report-{day}.pdf")
    return default_folder() / name.format(day=end.isoformat())

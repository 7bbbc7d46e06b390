"""File > Import... and File > Export...: the same core as ``trdjournal import`` and ``export``
(``trdjournal.exchange``), run off the UI thread. An import is read and planned first (a dry
run), shown, and written only when the user confirms; unknown Daylio mood labels are asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QSpinBox

from trdjournal.domain.errors import ValidationError
from trdjournal.exchange.daylio import DEFAULT_MOOD_MAP
from trdjournal.exchange.importer import FORMAT_NAMES, ImportReport, import_file
from trdjournal.exchange.incoming import MalformedFile, UnknownMoodLabels
from trdjournal.storage import JournalError
from trdjournal.ui import qtutils
from trdjournal.ui.operations import Operation
from trdjournal.ui.ui_context import ALL_TABLES

IMPORT_FILTERS = (
    "Exports and backups (*.json *.csv *.emoods *.zip);;trdjournal export (*.json);;"
    "Daylio CSV (*.csv);;eMoods (*.emoods *.csv);;All files (*)"
)
EXPORT_FILTERS = "Whole journal, JSON (*.json);;Spreadsheets, CSV files in a zip (*.zip)"
IMPORT_TEXT = "Import"


class MoodMapDialog(QDialog):
    """Daylio mood labels the default map does not know: a 0-10 mood for each."""

    def __init__(self, labels: dict[str, tuple[int, int]], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Daylio mood labels")
        self.spins: dict[str, QSpinBox] = {}
        rows = []
        for label, (count, _line) in labels.items():
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setValue(5)
            qtutils.accessible(spin, f"Mood for {label}", "0 is the worst mood, 10 the best")
            self.spins[label] = spin
            rows.append((f'"{label}" ({count} {"entry" if count == 1 else "entries"})', spin))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = qtutils.wrapped(
            "These mood labels were renamed in Daylio. Give each the mood it means, from 0 "
            "(worst) to 10 (best); Daylio's defaults are rad 9, good 7, meh 5, bad 3, awful 1."
        )
        self.setLayout(qtutils.vbox(intro, qtutils.form(*rows), buttons, margin=qtutils.MARGIN))
        self.setMinimumWidth(440)

    def mapping(self) -> dict[str, int]:
        return {label: spin.value() for label, spin in self.spins.items()}


class ImportFlow:
    """Read and plan, ask, write: each slow step on a worker, each question on the UI thread."""

    def __init__(self, window, path: Path):
        self.window, self.path = window, path
        self.ui_context = window.ui_context
        self.report: ImportReport | None = None

    def start(self, mood_map: dict[str, int] | None = None) -> None:
        journal = self.ui_context.journal
        Operation(
            self.window,
            lambda _progress: import_file(journal, self.path, None, mood_map, dry_run=True),
            label="Reading the file",
        ).success(lambda report: self._confirm(report, mood_map)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UnknownMoodLabels):
            dialog = MoodMapDialog(error.labels, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.start({**DEFAULT_MOOD_MAP, **dialog.mapping()})
            return
        if isinstance(error, MalformedFile):
            message = f"{self.path.name}, {error.where}: {error.reason}."
        elif isinstance(error, ValidationError):
            message = error.message
        else:
            message = str(error) or type(error).__name__
        QMessageBox.warning(self.window, "Nothing was imported", message)

    def _confirm(self, report: ImportReport, mood_map: dict[str, int] | None) -> None:
        kind = FORMAT_NAMES[report.format]
        if not report.changes:
            self.ui_context.tell(f"Nothing new in {self.path.name} ({kind}).")
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Import", f"Import {self.path.name} ({kind})?")
        box.setParent(self.window, box.windowFlags())
        box.setInformativeText(
            "\n".join([*report.lines(), *report.notes])
            + "\n\nThe journal is backed up first, and the import is all or nothing."
        )
        go = box.addButton(IMPORT_TEXT, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not go:
            return
        journal = self.ui_context.journal
        Operation(
            self.window,
            lambda _progress: import_file(journal, self.path, report.format, mood_map),
            label="Importing",
        ).success(self._done).failure(self._failed).run()

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.ui_context.changed(ALL_TABLES)
        saved = (
            f" The journal as it was is in backups/{report.backup.name}." if report.backup else ""
        )
        self.ui_context.tell(f"Imported {self.path.name}: {'; '.join(report.lines())}.{saved}")


def import_from_file(window) -> ImportFlow | None:
    name, _ = QFileDialog.getOpenFileName(window, "Import", "", IMPORT_FILTERS)
    if not name:
        return None
    flow = ImportFlow(window, Path(name))
    window.import_flow = flow  # kept alive while its operations run
    flow.start()
    return flow


def export_to_file(window) -> None:
    from trdjournal.exchange.document import write_export

    name, chosen = QFileDialog.getSaveFileName(
        window, "Export the journal", "trdjournal-export.json", EXPORT_FILTERS
    )
    if not name:
        return
    path = Path(name)
    fmt = "csv" if path.suffix.lower() == ".zip" or "zip" in chosen else "json"
    if path.resolve() == window.ui_context.app_context.journal_path.resolve():
        QMessageBox.warning(window, "Export", "That is the journal itself; choose another file.")
        return
    journal = window.ui_context.journal

    def exported(counts: dict) -> None:
        window.ui_context.tell(f"Exported the journal to {path} ({counts['checkins']} check-ins).")

    def failed(error: BaseException) -> None:
        kind = "could not be written" if isinstance(error, OSError | JournalError) else "failed"
        QMessageBox.warning(window, "Export", f"The export {kind}: {error}")

    Operation(
        window, lambda _progress: write_export(journal, path, fmt), label="Exporting"
    ).success(exported).failure(failed).run()

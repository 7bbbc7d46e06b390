"""File > Import... and File > Export...: the same core as ``trdjournal import`` and ``export``
(``trdjournal.exchange``), run off the UI thread. An import is read and planned first (a dry
run), shown, and written only when the user confirms; unknown Daylio mood labels are asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QSpinBox

from trdjournal.domain.errors import ValidationError
from trdjournal.exchange.daylio import DEFAULT_MOOD_MAP
from trdjournal.exchange.importer import FORMAT_NAMES, ImportReport, import_file
from trdjournal.exchange.incoming import MalformedFile, UnknownMoodLabels
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.operations import Operation
from trdjournal.ui.base.ui_context import ALL_TABLES

IMPORT_FILTERS = QT_TRANSLATE_NOOP(
    "data_menu",
    "Exports and backups (*.json *.csv *.emoods *.zip);;trdjournal export (*.json);;"
    "Daylio CSV (*.csv);;eMoods (*.emoods *.csv);;"
    "Watch, ring or phone: Apple Health, Fitbit, Google, Oura, Garmin, Gadgetbridge "
    "(*.zip *.xml *.json *.csv *.db Gadgetbridge);;All files (*)",
)
EXPORT_FILTERS = QT_TRANSLATE_NOOP(
    "data_menu", "Whole journal, JSON (*.json);;Spreadsheets, CSV files in a zip (*.zip)"
)


class MoodMapDialog(QDialog):
    """Daylio mood labels the default map does not know: a 0-10 mood for each."""

    def __init__(self, labels: dict[str, tuple[int, int]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daylio mood labels"))
        self.spins: dict[str, QSpinBox] = {}
        rows = []
        for label, (count, _line) in labels.items():
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setValue(5)
            qtutils.accessible(
                spin,
                self.tr("Mood for {label}").format(label=label),
                self.tr("0 is the worst mood, 10 the best"),
            )
            self.spins[label] = spin
            if count == 1:
                entries = self.tr('"{label}" (1 entry)')
            else:
                entries = self.tr('"{label}" ({count} entries)')
            rows.append((entries.format(label=label, count=count), spin))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = qtutils.wrapped(
            self.tr(
                "These mood labels were renamed in Daylio. Give each the mood it means, from 0 "
                "(worst) to 10 (best); Daylio's defaults are rad 9, good 7, meh 5, bad 3, awful 1."
            )
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
            label=QCoreApplication.translate("data_menu", "Reading the file"),
        ).success(lambda report: self._confirm(report, mood_map)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UnknownMoodLabels):
            dialog = MoodMapDialog(error.labels, self.window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.start({**DEFAULT_MOOD_MAP, **dialog.mapping()})
            return
        if isinstance(error, MalformedFile):
            message = QCoreApplication.translate("data_menu", "{file}, {where}: {reason}.").format(
                file=self.path.name, where=error.where, reason=error.reason
            )
        elif isinstance(error, ValidationError):
            message = error.message
        else:
            message = str(error) or type(error).__name__
        QMessageBox.warning(
            self.window, QCoreApplication.translate("data_menu", "Nothing was imported"), message
        )

    def _confirm(self, report: ImportReport, mood_map: dict[str, int] | None) -> None:
        kind = FORMAT_NAMES[report.format]
        if not report.changes:
            nothing = QCoreApplication.translate("data_menu", "Nothing new in {file} ({kind}).")
            self.ui_context.tell(nothing.format(file=self.path.name, kind=kind))
            return
        question = QCoreApplication.translate("data_menu", "Import {file} ({kind})?")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("data_menu", "Import"),
            question.format(file=self.path.name, kind=kind),
        )
        box.setParent(self.window, box.windowFlags())
        safety = QCoreApplication.translate(
            "data_menu", "The journal is backed up first, and the import is all or nothing."
        )
        box.setInformativeText("\n".join([*report.lines(), *report.notes, "", safety]))
        go = box.addButton(
            QCoreApplication.translate("data_menu", "Import"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not go:
            return
        journal = self.ui_context.journal
        Operation(
            self.window,
            lambda _progress: import_file(journal, self.path, report.format, mood_map),
            label=QCoreApplication.translate("data_menu", "Importing"),
        ).success(self._done).failure(self._failed).run()

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.ui_context.changed(ALL_TABLES)
        done = QCoreApplication.translate("data_menu", "Imported {file}: {changes}.")
        message = done.format(file=self.path.name, changes="; ".join(report.lines()))
        if report.backup:
            kept = QCoreApplication.translate(
                "data_menu", "The journal as it was is in backups/{name}."
            )
            message += " " + kept.format(name=report.backup.name)
        self.ui_context.tell(message)


def import_from_file(window) -> ImportFlow | None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("data_menu", "Import"),
        "",
        QCoreApplication.translate("data_menu", IMPORT_FILTERS),
    )
    if not name:
        return None
    flow = ImportFlow(window, Path(name))
    window.import_flow = flow  # kept alive while its operations run
    flow.start()
    return flow


def export_to_file(window) -> None:
    from trdjournal.exchange.document import write_export

    name, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("data_menu", "Export the journal"),
        "trdjournal-export.json",
        QCoreApplication.translate("data_menu", EXPORT_FILTERS),
    )
    if not name:
        return
    path = Path(name)
    fmt = "csv" if path.suffix.lower() == ".zip" or "zip" in chosen else "json"
    title = QCoreApplication.translate("data_menu", "Export")
    if path.resolve() == window.ui_context.app_context.journal_path.resolve():
        QMessageBox.warning(
            window,
            title,
            QCoreApplication.translate(
                "data_menu", "That is the journal itself; choose another file."
            ),
        )
        return
    journal = window.ui_context.journal
    if journal.encrypted:  # as `trdjournal export --plaintext`: only when the user says so
        answer = QMessageBox.question(
            window,
            title,
            QCoreApplication.translate(
                "data_menu",
                "This journal is encrypted, but the export will not be: anyone who can read "
                "{name} can read your journal. Export anyway?",
            ).format(name=path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

    def exported(counts: dict) -> None:
        done = QCoreApplication.translate(
            "data_menu", "Exported the journal to {path} ({count} check-ins)."
        )
        window.ui_context.tell(done.format(path=path, count=counts["checkins"]))

    def failed(error: BaseException) -> None:
        problem = QCoreApplication.translate("data_menu", "The export did not work: {error}")
        QMessageBox.warning(window, title, problem.format(error=error))

    Operation(
        window,
        lambda _progress: write_export(journal, path, fmt),
        label=QCoreApplication.translate("data_menu", "Exporting"),
    ).success(exported).failure(failed).run()

"""File > Import...: a preview before anything is written, the import off the UI thread, and
its undo offered right away.

The preview is a dry run of the same core as ``trdjournal import`` (``exchange.importer``):
what was detected (format, encoding), the date range, days to add, days already present, days
in conflict (changed here since the last import: kept unless the user ticks "replace"), and
the file's notes. Renamed Daylio mood labels appear in a table, each with a suggested mood from
its place in Daylio's default scale (``exchange.mood_labels``), for the user to confirm or
change; the preview follows the table. Importing runs on a worker with progress
(``ui.base.operations``); afterwards "Undo import" puts back the backup made just before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trdjournal.domain.errors import ValidationError
from trdjournal.exchange import mood_labels
from trdjournal.exchange.daylio import DEFAULT_MOOD_MAP
from trdjournal.exchange.importer import FORMAT_NAMES, ImportReport, import_file
from trdjournal.exchange.incoming import MalformedFile, UnknownMoodLabels
from trdjournal.exchange.text_input import encoding_name
from trdjournal.i18n import _ as core_text
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.operations import Operation
from trdjournal.ui.base.ui_context import ALL_TABLES

MOOD_COLUMN = 3
_windows: list[QWidget] = []  # windows opened by an undo, kept alive here


class ImportDialog(QDialog):
    """Preview, map, import, undo. ``reopen`` makes a new main window on a journal (the shell's
    factory: a dialog never imports the shell); undoing swaps the journal file, so the app
    reopens on it."""

    def __init__(self, window, path: Path, reopen: Callable[..., QWidget]):
        super().__init__(window)
        self.window_, self.path, self.reopen = window, Path(path), reopen
        self.ui_context = window.ui_context
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        self.fresh_window: QWidget | None = None
        self.unknown: dict[str, tuple[int, int]] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.setWindowTitle(self.tr("Import {file}").format(file=self.path.name))

        self.summary = qtutils.wrapped()
        self.summary.setAccessibleName(self.tr("What the import will do"))
        self.problem = qtutils.error_label()
        self.map_intro = qtutils.wrapped(
            self.tr(
                "These mood labels were renamed in the app. Each has a suggestion from its "
                "place in the app's default scale (rad 9, good 7, meh 5, bad 3, awful 1); "
                "change any that is wrong. 0 is the worst mood, 10 the best."
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Label in the file"),
                self.tr("Entries"),
                self.tr("Suggested"),
                self.tr("Mood"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        qtutils.accessible(self.table, self.tr("Mood labels to map"))
        self.refresh = qtutils.button(
            self.tr("Update the preview"), self.tr("Update the preview"), self.preview
        )
        self.overwrite = QCheckBox(self.tr("Replace the days in conflict with the file's"))
        self.overwrite.toggled.connect(lambda _on: self.preview())
        self.import_button = qtutils.button(
            self.tr("Import"), self.tr("Import"), self.start_import, default=True
        )
        self.undo_button = qtutils.button(
            self.tr("Undo import"),
            self.tr("Undo import"),
            self.undo,
            tooltip=self.tr("Put back the journal as it was before this import"),
        )
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        for widget in (self.map_intro, self.table, self.refresh, self.overwrite, self.undo_button):
            widget.hide()
        self.import_button.setEnabled(False)
        self.setLayout(
            qtutils.vbox(
                self.summary,
                self.problem,
                self.map_intro,
                self.table,
                self.refresh,
                self.overwrite,
                qtutils.hbox(
                    qtutils.STRETCH, self.undo_button, self.close_button, self.import_button
                ),
                margin=qtutils.MARGIN,
            )
        )
        self.setMinimumWidth(560)

    # -- preview -------------------------------------------------------------------------
    def mapping(self) -> dict[str, int] | None:
        if not self.spins:
            return None
        return {**DEFAULT_MOOD_MAP, **{label: spin.value() for label, spin in self.spins.items()}}

    def preview(self) -> None:
        journal, mapping, overwrite = (
            self.ui_context.journal,
            self.mapping(),
            self.overwrite.isChecked(),
        )
        self.import_button.setEnabled(False)
        Operation(
            self,
            lambda _progress: import_file(
                journal, self.path, None, mapping, dry_run=True, overwrite=overwrite
            ),
            label=self.tr("Reading the file"),
        ).success(self._show_preview).failure(self._refused).run()

    def _show_preview(self, report: ImportReport) -> None:
        self.report = report
        qtutils.set_error(self.problem, "")
        kind = FORMAT_NAMES[report.format]
        if report.encoding:
            kind += " " + self.tr("(read as {encoding})").format(
                encoding=encoding_name(report.encoding)
            )
        lines = [self.tr("Detected: {kind}").format(kind=kind)]
        if report.first_day is not None:
            lines.append(
                self.tr("Days from {first} to {last}").format(
                    first=report.first_day.isoformat(), last=report.last_day.isoformat()
                )
            )
        lines.append(
            self.tr("Entries in the file: {entries}; days merged: {merged}").format(
                entries=report.entries, merged=report.days_merged
            )
        )
        if "device_values" in report.added:  # a watch's export (issue 23): never check-ins
            lines.append(
                self.tr("Device values to add: {add}; already present: {present}").format(
                    add=report.added["device_values"], present=report.skipped["device_values"]
                )
            )
        else:
            lines.append(
                self.tr(
                    "Days to add: {add}; already present: {present}; in conflict: {conflict}"
                ).format(
                    add=report.added.get("checkins", 0),
                    present=report.skipped.get("checkins", 0),
                    conflict=len(report.conflicts),
                )
            )
        if report.replaced.get("checkins"):
            lines.append(self.tr("Days to update: {n}").format(n=report.replaced["checkins"]))
        if report.conflicts:
            lines.append(
                self.tr(
                    "In conflict (changed here since the last import, or logged here): {days}. "
                    "They are kept unless you tick the box below."
                ).format(days=", ".join(d.isoformat() for d in report.conflicts[:10]))
            )
        # The importer's own encoding note says what "Detected" already says: drop it, in
        # whichever language the core wrote it.
        encoding_note = (
            core_text("Read as {encoding}.").format(encoding=encoding_name(report.encoding))
            if report.encoding
            else None
        )
        lines += [note for note in report.notes if note != encoding_note]
        self.summary.setText("\n".join(lines))
        self.overwrite.setVisible(bool(report.conflicts) or self.overwrite.isChecked())
        self.import_button.setEnabled(report.changes > 0)
        if not report.changes:
            self.import_button.setText(self.tr("Nothing new to import"))

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, UnknownMoodLabels) and not self.spins:
            self._fill_mapping(error)
            self.preview()  # with the suggestions, so the numbers show at once
            return
        if isinstance(error, MalformedFile):
            message = self.tr("{file}, {where}: {sentence} Nothing was imported.").format(
                file=self.path.name, where=error.where, sentence=error.sentence
            )
        elif isinstance(error, ValidationError):
            message = error.message
        else:
            message = str(error) or type(error).__name__
        self.summary.setText(self.tr("This file cannot be imported."))
        qtutils.set_error(self.problem, message)
        self.import_button.setEnabled(False)

    def _fill_mapping(self, error: UnknownMoodLabels) -> None:
        self.unknown = dict(error.labels)
        labels = list(self.unknown)
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            count, _line = self.unknown[label]
            suggested = mood_labels.suggest(label, error.known, labels)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(str(count)))
            self.table.setItem(row, 2, QTableWidgetItem(str(suggested)))
            spin = QSpinBox()
            spin.setRange(0, 10)
            spin.setValue(suggested)
            qtutils.accessible(
                spin,
                self.tr("Mood for {label}").format(label=label),
                self.tr("0 is the worst mood, 10 the best"),
            )
            self.table.setCellWidget(row, MOOD_COLUMN, spin)
            self.spins[label] = spin
        self.table.resizeColumnsToContents()
        self.table.setMaximumHeight(
            self.table.horizontalHeader().height() + 8 + sum(
                self.table.rowHeight(r) for r in range(len(labels))
            )
        )  # fmt: skip
        for widget in (self.map_intro, self.table, self.refresh):
            widget.show()

    # -- import and undo -------------------------------------------------------------------
    def start_import(self) -> None:
        if self.report is None:
            return
        journal, mapping = self.ui_context.journal, self.mapping()
        fmt, overwrite = self.report.format, self.overwrite.isChecked()
        self.import_button.setEnabled(False)
        Operation(
            self,
            lambda progress: import_file(
                journal, self.path, fmt, mapping, overwrite=overwrite, progress=progress.update
            ),
            label=self.tr("Importing"),
        ).success(self._imported).failure(self._refused).run()

    def _imported(self, report: ImportReport) -> None:
        self.imported = report
        self.ui_context.changed(ALL_TABLES)
        text = self.tr("Imported {file}:").format(file=self.path.name)
        lines = [text, *report.lines()]
        if report.backup is not None:
            lines.append(
                self.tr("The journal as it was is kept in backups/{name}; Undo import puts it back.")
                .format(name=report.backup.name)
            )  # fmt: skip
            self.undo_button.show()
        self.summary.setText("\n".join(lines))
        for widget in (
            self.map_intro,
            self.table,
            self.refresh,
            self.overwrite,
            self.import_button,
        ):
            widget.hide()
        self.close_button.setText(self.tr("Close"))
        self.adjustSize()
        self.ui_context.tell(
            self.tr("Imported {file}: {changes}.").format(
                file=self.path.name, changes="; ".join(report.lines()[:1])
            )
        )

    def undo(self) -> None:
        from trdjournal.storage import backup
        from trdjournal.storage.errors import JournalError

        if self.imported is None or self.imported.backup is None:
            return
        app_context = self.ui_context.app_context
        app_context.close()  # the journal must not be open while its file is replaced
        try:
            backup.restore(
                self.imported.backup,
                app_context.journal_path,
                passphrase=app_context.known_passphrase,
            )
            message = self.tr("The import of {file} was undone.").format(file=self.path.name)
        except JournalError as exc:
            message = ""
            QMessageBox.critical(self, self.tr("The import was not undone"), str(exc))
        fresh = self.reopen(app_context)
        fresh.show()
        self.fresh_window = fresh
        _windows[:] = [w for w in _windows if w is not self.window_] + [fresh]
        self.accept()
        self.window_.close()
        if message:
            fresh.show_message(message)


def open_import_dialog(window, path: Path, reopen: Callable[..., QWidget]) -> ImportDialog:
    dialog = ImportDialog(window, path, reopen)
    dialog.show()
    dialog.preview()
    return dialog

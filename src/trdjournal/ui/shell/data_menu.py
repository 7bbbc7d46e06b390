"""File > Import... and File > Export...: the same core as ``trdjournal import`` and ``export``
(``trdjournal.exchange``), run off the UI thread. An import is previewed (a dry run) in
``ui/dialogs/import_dialog.py`` and written only when the user confirms there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from trdjournal.ui.base.operations import Operation

IMPORT_FILTERS = QT_TRANSLATE_NOOP(
    "data_menu",
    "Exports and backups (*.json *.csv *.emoods *.daylio *.zip *.txt);;trdjournal export "
    "(*.json);;Daylio (*.csv *.daylio);;eMoods (*.emoods *.csv);;Bearable (*.csv);;"
    "Pixels, MoodSnap (*.json);;All files (*)",
)
EXPORT_FILTERS = QT_TRANSLATE_NOOP(
    "data_menu", "Whole journal, JSON (*.json);;Spreadsheets, CSV files in a zip (*.zip)"
)


def import_from_file(window, reopen):
    """Ask for a file, then preview it in the import dialog (nothing is written before the
    user presses Import there). ``reopen`` makes a window on a journal (after an undo)."""
    from trdjournal.ui.dialogs.import_dialog import open_import_dialog

    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("data_menu", "Import"),
        "",
        QCoreApplication.translate("data_menu", IMPORT_FILTERS),
    )
    if not name:
        return None
    window.import_dialog = open_import_dialog(window, Path(name), reopen)
    return window.import_dialog


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

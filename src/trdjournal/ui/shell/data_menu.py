"""File > Import... and File > Export > (whole journal, FHIR): the same core as ``trdjournal
import`` and ``export`` (``trdjournal.exchange``), run off the UI thread. An import is previewed
(a dry run) in ``ui/dialogs/import_dialog.py`` and written only when the user confirms there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from trdjournal.ui.base.i18n import Plurals
from trdjournal.ui.base.operations import Operation

IMPORT_FILTERS = QT_TRANSLATE_NOOP(
    "data_menu",
    "Exports and backups (*.json *.csv *.emoods *.daylio *.zip *.txt);;trdjournal export "
    "(*.json);;Daylio (*.csv *.daylio);;eMoods (*.emoods *.csv);;Bearable (*.csv);;"
    "Pixels, MoodSnap (*.json);;"
    "Watch, ring or phone: Apple Health, Fitbit, Google, Oura, Garmin, Gadgetbridge "
    "(*.zip *.xml *.json *.csv *.db Gadgetbridge);;All files (*)",
)
EXPORT_FILTERS = QT_TRANSLATE_NOOP(
    "data_menu", "Whole journal, JSON (*.json);;Spreadsheets, CSV files in a zip (*.zip)"
)
FHIR_FILTERS = QT_TRANSLATE_NOOP("data_menu", "FHIR R4 Bundle, JSON (*.json);;All files (*)")


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
    """File > Export > Whole journal: the lossless JSON document or a zip of CSVs."""
    from trdjournal.exchange.document import write_export

    caption = QT_TRANSLATE_NOOP("data_menu", "Export the journal")
    path, chosen = _save_as(window, caption, "trdjournal-export.json", EXPORT_FILTERS)
    if path is None:
        return
    fmt = "csv" if path.suffix.lower() == ".zip" or "zip" in chosen else "json"

    def exported(counts: dict) -> str:
        done = Plurals.tr(
            "Exported the journal to {path} (%n check-in(s)).", "", counts["checkins"]
        )
        return done.format(path=path)

    _export(window, path, lambda journal: write_export(journal, path, fmt), exported)


def export_fhir(window) -> None:
    """File > Export > FHIR: the treatment history as an HL7 FHIR R4 Bundle for a clinic."""
    from trdjournal.exchange.fhir import write_fhir

    caption = QT_TRANSLATE_NOOP("data_menu", "Export for the clinic's record (FHIR)")
    path, _chosen = _save_as(window, caption, "trdjournal-fhir.json", FHIR_FILTERS)
    if path is None:
        return

    def exported(kinds: dict) -> str:
        done = QCoreApplication.translate(
            "data_menu", "Exported a FHIR bundle to {path} ({scores}, {statements})."
        )
        return done.format(
            path=path,
            scores=Plurals.tr("%n questionnaire(s)", "", kinds.get("QuestionnaireResponse", 0)),
            statements=Plurals.tr(
                "%n medication statement(s)", "", kinds.get("MedicationStatement", 0)
            ),
        )

    _export(window, path, lambda journal: write_fhir(journal, path), exported)


def _save_as(window, caption: str, suggested: str, filters: str) -> tuple[Path | None, str]:
    """Ask where to write; ``caption`` and ``filters`` are untranslated (translated here)."""
    name, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("data_menu", caption),
        suggested,
        QCoreApplication.translate("data_menu", filters),
    )
    return (Path(name) if name else None), chosen


def _export(window, path: Path, write, message) -> None:
    """Refuse the journal itself, ask before a plain copy of an encrypted journal, then write
    off the UI thread and say what was written."""
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

    def failed(error: BaseException) -> None:
        problem = QCoreApplication.translate("data_menu", "The export did not work: {error}")
        QMessageBox.warning(window, title, problem.format(error=error))

    Operation(
        window,
        lambda _progress: write(journal),
        label=QCoreApplication.translate("data_menu", "Exporting"),
    ).success(lambda result: window.ui_context.tell(message(result))).failure(failed).run()

"""The Background view's pharmacogenomics section: the user's test results (gene, phenotype,
optionally genotype, activity score, test date and lab), listed, added and removed.

Each add, replace or removal is its own write (Edit > Undo takes it back). A gene that already
has a result is replaced only by the button that says so; the trial view then shows what the
guideline says about exposure to each drug tried.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from trdjournal.domain import dates
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.pgx import MAX_ACTIVITY_SCORE, PgxResult, genes, latest_by_gene
from trdjournal.ui.base import qtutils
from trdjournal.ui.base.ui_context import ALL_TABLES, UiContext
from trdjournal.ui.dialogs.record_dialog import date_edit, date_of

TABLE = "pgx_results"
PHENOTYPE_WORDS = {  # domain.pgx phenotypes, for translation
    "ultrarapid": QT_TRANSLATE_NOOP("PgxPanel", "ultrarapid metabolizer"),
    "rapid": QT_TRANSLATE_NOOP("PgxPanel", "rapid metabolizer"),
    "normal": QT_TRANSLATE_NOOP("PgxPanel", "normal metabolizer"),
    "intermediate": QT_TRANSLATE_NOOP("PgxPanel", "intermediate metabolizer"),
    "poor": QT_TRANSLATE_NOOP("PgxPanel", "poor metabolizer"),
}
INTRO = QT_TRANSLATE_NOOP(
    "PgxPanel",
    "From a pharmacogenomic test report, if you have one. The trial view then shows what the "
    "CPIC and DPWG guidelines say about exposure to the drugs you tried (never a dose): "
    "discuss it with your prescriber.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PgxPanel", text)


def result_text(result: PgxResult) -> str:
    parts = [f"{result.gene} {_tr(PHENOTYPE_WORDS[result.phenotype])}"]
    if result.genotype:
        parts.append(
            QCoreApplication.translate("PgxPanel", "genotype {genotype}").format(
                genotype=result.genotype
            )
        )
    if result.activity_score is not None:
        parts.append(
            QCoreApplication.translate("PgxPanel", "activity score {score}").format(
                score=f"{result.activity_score:g}"
            )
        )
    if result.date is not None:
        parts.append(
            QCoreApplication.translate("PgxPanel", "tested {day}").format(
                day=result.date.isoformat()
            )
        )
    if result.lab:
        parts.append(result.lab)
    return ", ".join(parts)


class PgxPanel(QWidget):
    def __init__(self, ui_context: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui_context = ui_context
        self.journal = ui_context.journal
        self._build()
        self.load()
        ui_context.journal_changed.connect(self._on_journal_changed)

    def _build(self) -> None:
        self.results = QListWidget()
        self.results.setMaximumHeight(self.results.fontMetrics().height() * 6)
        qtutils.accessible(self.results, self.tr("Pharmacogenomic results"))
        self.gene = QComboBox()
        for gene in genes():
            self.gene.addItem(gene, gene)
        qtutils.accessible(self.gene, self.tr("Gene"))
        self.phenotype = QComboBox()
        qtutils.accessible(
            self.phenotype, self.tr("Phenotype"), self.tr("The metabolizer status on the report")
        )
        self.gene.currentIndexChanged.connect(self._gene_changed)
        self.genotype = QLineEdit()
        self.genotype.setPlaceholderText(self.tr("e.g. *1/*17 (optional)"))
        qtutils.accessible(self.genotype, self.tr("Genotype"))
        self.score = QDoubleSpinBox()
        self.score.setRange(-0.25, MAX_ACTIVITY_SCORE)
        self.score.setSingleStep(0.25)
        self.score.setDecimals(2)
        self.score.setSpecialValueText(self.tr("not given"))
        self.score.setValue(-0.25)
        qtutils.accessible(
            self.score, self.tr("Activity score"), self.tr("CYP2D6 reports often give one")
        )
        self.dated = QCheckBox(self.tr("I know the test date"))
        qtutils.accessible(self.dated, self.tr("Test date known"))
        self.date = date_edit(dates.today(), name=self.tr("Test date"))
        self.date.setEnabled(False)
        self.dated.toggled.connect(self.date.setEnabled)
        self.lab = QLineEdit()
        self.lab.setPlaceholderText(self.tr("the lab that ran the test (optional)"))
        qtutils.accessible(self.lab, self.tr("Lab"))
        self.add_button = qtutils.button(
            self.tr("Add result"), self.tr("Add pharmacogenomic result"), self.add
        )
        self.remove_button = qtutils.button(
            self.tr("Remove selected"),
            self.tr("Remove the selected pharmacogenomic result"),
            self.remove_selected,
        )
        self.error = qtutils.error_label()
        fields = qtutils.form(
            (self.tr("Results"), self.results),
            ("", qtutils.hbox(qtutils.STRETCH, self.remove_button)),
            (self.tr("Gene"), qtutils.hbox(self.gene, self.phenotype, qtutils.STRETCH)),
            (self.tr("Genotype"), qtutils.hbox(self.genotype, self.score)),
            (self.tr("Test"), qtutils.hbox(self.dated, self.date, self.lab)),
            ("", qtutils.hbox(qtutils.STRETCH, self.add_button)),
        )
        self.setLayout(
            qtutils.vbox(
                qtutils.heading(self.tr("Pharmacogenomics"), level=2),
                qtutils.wrapped(_tr(INTRO), muted=True),
                fields,
                self.error,
            )
        )
        self._gene_changed()

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        self.results.clear()
        for result in self.journal.pgx_results():
            item = QListWidgetItem(result_text(result))
            item.setData(Qt.ItemDataRole.UserRole, result)
            self.results.addItem(item)
        self._update_add_button()

    def _on_journal_changed(self, table: str) -> None:
        if table in (TABLE, ALL_TABLES):
            self.load()

    def _gene_changed(self, *_args) -> None:
        self.phenotype.clear()
        for phenotype in genes()[self.gene.currentData()]:
            self.phenotype.addItem(_tr(PHENOTYPE_WORDS[phenotype]), phenotype)
        self._update_add_button()

    def _existing(self) -> PgxResult | None:
        gene = self.gene.currentData()
        return latest_by_gene(self.journal.pgx_results(gene)).get(gene)

    def _update_add_button(self) -> None:
        # Never replace silently: the button names what it will do.
        if self._existing() is not None:
            self.add_button.setText(
                self.tr("Replace {gene} result").format(gene=self.gene.currentData())
            )
        else:
            self.add_button.setText(self.tr("Add result"))

    # -- writing -----------------------------------------------------------------------------
    def read_form(self) -> PgxResult:
        score = self.score.value()
        return PgxResult(
            gene=self.gene.currentData(),
            phenotype=self.phenotype.currentData(),
            date=date_of(self.date) if self.dated.isChecked() else None,
            genotype=self.genotype.text(),
            activity_score=None if score < 0 else score,
            lab=self.lab.text(),
        )

    def add(self) -> bool:
        try:
            result = self.read_form()
            existing = self._existing()
            if existing is not None:
                saved = self.journal.update_pgx_result(dataclasses.replace(result, id=existing.id))
            else:
                saved = self.journal.add_pgx_result(result)
        except ValidationError as exc:
            qtutils.set_field_error(self.error, self.tr("Not saved: {field}: {message}"), exc)
            return False
        qtutils.set_error(self.error, "")
        self.ui_context.changed(TABLE)
        self.ui_context.tell(self.tr("Saved: {result}.").format(result=result_text(saved)))
        return True

    def remove_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            qtutils.set_error(self.error, self.tr("Select a result to remove."))
            return
        result = item.data(Qt.ItemDataRole.UserRole)
        self.journal.delete_pgx_result(result.id)
        qtutils.set_error(self.error, "")
        self.ui_context.changed(TABLE)
        self.ui_context.tell(
            self.tr("Removed: {result} (Edit > Undo brings it back).").format(
                result=result_text(result)
            )
        )

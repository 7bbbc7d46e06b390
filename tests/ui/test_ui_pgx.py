"""Pharmacogenomic results in the app: entered on the Background view, shown beside each trial
on the Trials view. Driven as a user drives them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from trdjournal.demo import fill_demo_journal
from trdjournal.domain.pgx import PgxResult
from trdjournal.ui.views.trials_view import COLUMNS


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_background_view_adds_replaces_only_by_name_and_removes(qtbot, window, journal):
    window.show_view("background")
    panel = window.page("background").pgx
    _choose(panel.gene, "CYP2D6")
    assert [panel.phenotype.itemData(i) for i in range(panel.phenotype.count())] == [
        "ultrarapid",
        "normal",
        "intermediate",
        "poor",
    ]  # no "rapid" for CYP2D6
    _choose(panel.gene, "CYP2C19")
    _choose(panel.phenotype, "ultrarapid")
    panel.genotype.setText("*17/*17")
    panel.dated.setChecked(True)
    panel.date.setDate(QDate(2025, 3, 1))
    panel.lab.setText("Example Lab")
    assert panel.add_button.text() == "Add result"
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (saved,) = journal.pgx_results()
    assert dataclasses.replace(saved, id=None) == PgxResult(
        "CYP2C19", "ultrarapid", dt.date(2025, 3, 1), "*17/*17", None, "Example Lab"
    )
    assert panel.results.count() == 1
    assert "CYP2C19 ultrarapid metabolizer" in panel.results.item(0).text()
    assert "Saved: CYP2C19 ultrarapid" in window.statusBar().currentMessage()

    # The gene has a result: the button says it replaces it, and does only that.
    assert panel.add_button.text() == "Replace CYP2C19 result"
    _choose(panel.phenotype, "normal")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [(r.gene, r.phenotype, r.id) for r in journal.pgx_results()] == [
        ("CYP2C19", "normal", saved.id)
    ]
    window.undo()
    assert journal.pgx_results() == [saved]
    assert panel.results.item(0).text().startswith("CYP2C19 ultrarapid")  # follows the journal

    panel.results.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert journal.pgx_results() == [] and panel.results.count() == 0
    assert panel.add_button.text() == "Add result"


def test_an_activity_score_out_of_range_is_not_saved(qtbot, window, journal):
    window.show_view("background")
    panel = window.page("background").pgx
    _choose(panel.gene, "CYP2D6")
    panel.score.setValue(1.25)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert journal.pgx_results()[0].activity_score == 1.25
    assert panel.score.maximum() == 10.0  # the form cannot go beyond what the record allows


@pytest.fixture
def trials_view(qtbot, window, journal):
    fill_demo_journal(journal)
    journal.add_pgx_result(PgxResult("CYP2C19", "ultrarapid"))
    window.resize(1280, 800)
    window.show_view("trials")
    view = window.page("trials")
    qtbot.waitUntil(lambda: view.analysis is not None)
    return view


def cell(view, row: int, column: str) -> str:
    return view.table.item(row, COLUMNS.index(column)).text()


def test_trials_view_rows_carry_the_guideline_note(trials_view, journal):
    drugs = [cell(trials_view, r, "Treatment") for r in range(trials_view.table.rowCount())]
    citalopram, sertraline = drugs.index("citalopram"), drugs.index("sertraline")
    assert cell(trials_view, citalopram, "Pharmacogenomics") == (
        "CYP2C19 ultrarapid metabolizer: lower exposure to citalopram expected (CPIC 2023)"
    )
    # An adequate trial with low expected exposure says so, and still counts as failed.
    assert cell(trials_view, sertraline, "Adequate?") == (
        "adequate dose; exposure may have been low (CYP2C19)"
    )
    assert cell(trials_view, sertraline, "Failed adequate trial") == "yes"
    tip = trials_view.table.item(citalopram, 0).toolTip()
    assert "discuss with your prescriber" in tip
    assert cell(trials_view, drugs.index("venlafaxine"), "Pharmacogenomics") == ""

    removed = journal.pgx_results()[0]
    journal.delete_pgx_result(removed.id)
    trials_view.ui_context.changed("pgx_results")
    trials_view.reload()
    assert cell(trials_view, citalopram, "Pharmacogenomics") == ""
    assert cell(trials_view, sertraline, "Adequate?") == "yes"

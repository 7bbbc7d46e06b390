"""The Trials view: the analysis' trials in a table, the overlay, the staging estimate."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from trdjournal.analysis import analyse
from trdjournal.analysis.history import history_items
from trdjournal.demo import fill_demo_journal
from trdjournal.domain.medication import new_event
from trdjournal.ui.views.trials_view import COLUMNS


@pytest.fixture
def trials_view(qtbot, window, journal):
    fill_demo_journal(journal)
    window.resize(1280, 800)
    window.show_view("trials")
    view = window.page("trials")
    qtbot.waitUntil(lambda: view.analysis is not None)
    return view


def cell(view, row: int, column: str) -> str:
    return view.table.item(row, COLUMNS.index(column)).text()


def test_table_shows_the_analysis_rows(trials_view, journal):
    expected = history_items(analyse(journal))
    table = trials_view.table
    assert table.rowCount() == len(expected) == 6
    for row, item in enumerate(expected):
        assert cell(trials_view, row, "Started") == item.start.isoformat()
    # the demo story: citalopram stopped early for side effects; sertraline and venlafaxine
    # adequate without response (two failed adequate trials); a course of rTMS; aripiprazole
    # still running, a combination trial with venlafaxine (issue 15); a course of CBT.
    assert [cell(trials_view, r, "Treatment") for r in range(6)] == [
        "citalopram",
        "sertraline",
        "venlafaxine",
        "rTMS (10 Hz)",
        "venlafaxine + aripiprazole",
        "Psychotherapy (CBT)",
    ]
    assert cell(trials_view, 0, "Adequate?") == "no"
    assert cell(trials_view, 0, "Why stopped") == "side effects (nausea)"
    assert cell(trials_view, 4, "Outcome").startswith("remission so far, week ")
    assert cell(trials_view, 1, "Highest dose or sessions") == "150 mg"
    assert cell(trials_view, 1, "Minimum adequate") == "50 mg"
    assert cell(trials_view, 3, "Highest dose or sessions") == "30 sessions"
    assert cell(trials_view, 3, "Minimum adequate") == "30 sessions"
    assert cell(trials_view, 3, "Role") == "course"
    assert [cell(trials_view, r, "Failed adequate trial") for r in (0, 1, 2, 4)] == [
        "",
        "yes",
        "yes",
        "",
    ]
    assert cell(trials_view, 2, "Stopped") == "running"
    assert cell(trials_view, 4, "Minimum adequate") == "none listed"  # augmentation
    outcome = cell(trials_view, 1, "Outcome")
    assert outcome.startswith("no response (") and outcome.endswith("%)")
    assert "rTMS (1)" in trials_view.staging.counted.text()  # what the staging counted


def test_a_course_can_be_drawn_on_the_overlay(qtbot, trials_view):
    trials_view.table.setCurrentCell(5, 0)  # the CBT course
    assert any(c.drug == "Psychotherapy (CBT)" for c in trials_view._shown)


def test_staging_estimate_is_shown_and_labelled_an_estimate(trials_view):
    staging = trials_view.staging
    assert "Estimate from self-report" in staging.label.text()
    # the demo's current episode starts at its relapse (demo.py docstring): venlafaxine only
    assert staging.failed.text().startswith(
        "Failed adequate antidepressant trials in the current episode (since "
    )
    assert "): 1 (venlafaxine)" in staging.failed.text()
    assert staging.definition.text().endswith(": not met.")
    assert "Relapse on " in staging.episode.text()
    assert staging.maudsley_total.text().startswith("Total: ")
    assert staging.rows["failures"][0].text() == "Failed antidepressants: 1 (range 1-5)"
    assert "venlafaxine" in staging.rows["failures"][1].text()


def test_clicking_a_trial_brings_its_curve_forward_with_its_remission_line(qtbot, trials_view):
    view = trials_view
    # all four trials and both courses (rTMS, CBT) measured on PHQ-9
    assert len(view.overlay.items) == len(view.curves) == 6
    rect = view.table.visualItemRect(view.table.item(1, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sertraline = view.analysis.trials[1]
    assert view.overlay.selected == 1
    assert view.overlay.remission.isVisible()
    assert view.overlay.remission.value() == pytest.approx(100 * 5 / sertraline.baseline, abs=0.1)
    assert view.overlay.items[1].opacity() == 1.0 and view.overlay.items[0].opacity() < 1.0
    assert "<b>" in view.legend.text() or "font-weight:bold" in view.legend.text()
    # its first point is the baseline (100%) and the response line is at 50%
    xs, ys = view.overlay.items[1].getData()
    assert ys[0] == 100.0 and xs[0] <= 0


def test_an_empty_journal_says_there_are_no_trials(qtbot, window):
    window.show_view("trials")
    view = window.page("trials")
    qtbot.waitUntil(lambda: view.analysis is not None)
    assert view.table.rowCount() == 0
    # the table says what to do first, and no empty chart stands under it
    assert view.table.empty_state.is_shown()
    assert "Log a medication on the Treatments view" in view.table.empty_state.label.text()
    assert not view.chart_box.isVisible()
    assert view.overlay.items == []
    assert "there is no episode to stage" in view.staging.episode.text()


def test_a_medication_started_elsewhere_shows_up_as_a_trial(qtbot, window, journal):
    window.show_view("trials")
    view = window.page("trials")
    qtbot.waitUntil(lambda: view.analysis is not None)
    journal.add_med_event(new_event(dt.date(2026, 1, 5), "sertraline", "start", 50))
    window.ui_context.changed("med_events")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert cell(view, 0, "Treatment") == "sertraline"
    assert not view.table.empty_state.is_shown()
    assert view.chart_box.isVisible()


def test_a_long_history_draws_the_recent_trials_and_any_selected_one(qtbot, window, journal):
    fill_demo_journal(journal, days=3 * 730)  # three episodes: twelve trials, six courses
    window.show_view("trials")
    view = window.page("trials")
    qtbot.waitUntil(lambda: view.analysis is not None)
    assert len(view.curves) == 18
    assert len(view.overlay.items) == 8
    assert "10 older" in view.overlay_note.text()
    drawn = {(c.drug, c.start) for c in view.overlay.curves}
    first = view.analysis.trials[0]
    assert (first.drug, first.start) not in drawn
    rect = view.table.visualItemRect(view.table.item(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = view.overlay.curves[view.overlay.selected]
    assert (selected.drug, selected.start) == (first.drug, first.start)
    assert len(view.overlay.items) == 8


def test_the_overlay_follows_the_system_going_dark(qtbot, trials_view):
    from PySide6.QtWidgets import QApplication

    from trdjournal.ui.base.theme import apply_theme
    from trdjournal.ui.charts.colors import DARK

    apply_theme(QApplication.instance(), "dark")
    try:
        qtbot.waitUntil(lambda: trials_view.overlay.colors is DARK)
        assert len(trials_view.overlay.items) == 6  # four trials, two courses
        assert trials_view.overlay.selected == 5  # still the latest row (the CBT course)
    finally:
        apply_theme(QApplication.instance(), "light")


def test_the_swedish_overlay_axis_title_fits_its_axis_at_150_percent(qtbot, window, journal, qapp):
    """1280x800 at 150 % is 853x533 logical pixels: the left axis title ("poäng, % av
    försökets utgångsvärde") was cut at both ends there. (The English one is too: its own
    mend, as shortening it changes the message every language translates.)"""
    from PySide6.QtCore import QTranslator

    from trdjournal.paths import resource_path

    swedish = QTranslator()
    assert swedish.load(str(resource_path("i18n") / "trdjournal_sv.qm"))
    qapp.installTranslator(swedish)
    try:
        fill_demo_journal(journal)
        from trdjournal.ui.charts.colors import LIGHT
        from trdjournal.ui.charts.trial_overlay_plot import TrialOverlayPlot

        plot = TrialOverlayPlot(LIGHT, dark=False)
        qtbot.addWidget(plot)
        window.resize(853, 533)
        window.show_view("trials")
        view = window.page("trials")
        qtbot.waitUntil(lambda: view.analysis is not None)
        axis = view.overlay.getPlotItem().getAxis("left")
        plot.resize(view.overlay.size())
        title = plot.getPlotItem().getAxis("left").label
        assert title.toPlainText().startswith("poäng")
        assert title.boundingRect().width() <= axis.height()
    finally:
        qapp.removeTranslator(swedish)

"""QIDS-SR16, MADRS-S, the primary scale and elevation in the app, driven by keys and clicks."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from trdjournal.domain.model import CheckIn, CrisisLine, MedicationEvent, Questionnaire, Settings

TODAY = dt.date(2026, 6, 15)  # pinned by tests/conftest.py


def keys(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def fill_in(qtbot, window, key: str, answers: str):
    window.show_view("questionnaires")
    view = window.page("questionnaires")
    qtbot.mouseClick(view.start_buttons[key], Qt.MouseButton.LeftButton)
    keys(qtbot, answers)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    return view


def test_qids_sr16_by_keys_counts_group_maxima_and_item_12_shows_crisis_lines(
    qtbot, window, journal
):
    journal.save_settings(Settings(crisis_lines=(CrisisLine("Here", "Test Helpline", "0800"),)))
    view = fill_in(qtbot, window, "qids-sr16", "2310201022112210")
    (saved,) = journal.questionnaires("qids-sr16")
    assert saved.answers == (2, 3, 1, 0, 2, 0, 1, 0, 2, 2, 1, 1, 2, 2, 1, 0)
    assert "16 of 27, severe" in view.result.text()
    assert view.crisis.isVisible()
    assert "Test Helpline, 0800" in view.crisis.lines.text()
    assert "item 12 at 1 or more, marked for your doctor" in view.history.item(0, 5).text()


def test_qids_sr16_without_item_12_shows_no_crisis_panel(qtbot, window, journal):
    view = fill_in(qtbot, window, "qids-sr16", "1000100001101100")
    (saved,) = journal.questionnaires("qids-sr16")
    assert saved.total == 6
    assert "6 of 27, mild" in view.result.text()
    assert not view.crisis.isVisible()


def test_madrs_s_keys_0_to_6_and_zest_for_life(qtbot, window, journal):
    view = fill_in(qtbot, window, "madrs-s", "666655552")
    (quiet,) = journal.questionnaires("madrs-s")
    assert quiet.total == 46 and "46 of 54, severe" in view.result.text()
    assert not view.crisis.isVisible()  # zest for life 2: the anchor that denies a death wish
    fill_in(qtbot, window, "madrs-s", "111111113")
    assert journal.questionnaires("madrs-s")[-1].self_harm_flag
    assert view.crisis.isVisible()
    assert "11 of 54, none or very mild" in view.result.text()


def test_madrs_s_form_shows_labels_not_the_item_wording(qtbot, window):
    window.show_view("questionnaires")
    view = window.page("questionnaires")
    qtbot.mouseClick(view.start_buttons["madrs-s"], Qt.MouseButton.LeftButton)
    assert view.form.rows[8].text.text() == "9. Zest for life"
    assert len(view.form.rows[0].group.buttons()) == 7  # 0-6
    assert view.form.rows[0].group.button(6).text() == "6"


def test_elevation_and_irritability_on_today(qtbot, window, journal):
    window.show_view("today")
    view = window.page("today")
    keys(qtbot, "6")  # mood
    view.elevated.setFocus()
    keys(qtbot, "2")  # "2 moderate"
    view.irritability.setFocus()
    keys(qtbot, "1")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = journal.checkin(TODAY)
    assert (saved.mood, saved.elevated, saved.irritability) == (6, 2, 1)
    view.load(TODAY)
    assert view.elevated.currentText() == "2 moderate"


def test_primary_scale_chosen_in_settings_judges_the_trials(qtbot, window, journal):
    journal.add_med_event(MedicationEvent(dt.date(2026, 1, 5), "sertraline", "start", 100))
    for day, answers in (
        (dt.date(2026, 1, 3), (2, 3, 1, 0, 2, 0, 1, 0, 2, 2, 1, 1, 2, 2, 1, 0)),  # 16
        (dt.date(2026, 3, 21), (1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0)),  # 5
    ):
        journal.add_questionnaire(Questionnaire(day, "qids-sr16", answers))
    window.show_view("settings")
    settings = window.page("settings")
    button = settings.primary.button(settings.primary_keys.index("qids-sr16"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert journal.settings().primary_scale == "qids-sr16"

    window.show_view("trials")
    trials = window.page("trials")
    qtbot.waitUntil(lambda: trials.analysis is not None and bool(trials.analysis.trials))
    assert "Judged on QIDS-SR16" in trials.scale_note.text()
    outcome = trials.table.item(0, 8).text()
    assert outcome.startswith("remission so far, week ") and "(QIDS-SR16 " in outcome  # running


def test_charts_draw_elevation_and_extra_scales_only_when_logged(qtbot, window, journal):
    for n in range(10):
        journal.save_checkin(CheckIn(TODAY - dt.timedelta(days=n), 5))
    window.show_view("charts")
    view = window.page("charts")
    qtbot.waitUntil(lambda: view.timeline is not None)
    charts = view.charts
    assert charts.shown_panels == ()
    assert not charts.elevation.plot.isVisible()
    assert not charts.other_scores["qids-sr16"].plot.isVisible()

    day = TODAY - dt.timedelta(days=2)
    journal.save_checkin(dataclasses.replace(journal.checkin(day), elevated=2))
    journal.add_questionnaire(Questionnaire(day, "qids-sr16", (1,) * 16))
    window.ui_context.changed("checkins")
    window.ui_context.changed("questionnaires")
    qtbot.waitUntil(lambda: charts.shown_panels == ("elevation", "qids-sr16"))
    assert charts.elevation.plot.isVisible() and charts.other_scores["qids-sr16"].plot.isVisible()
    assert not charts.other_scores["madrs-s"].plot.isVisible()
    assert charts.elevation.plot.height() > 20


def test_every_text_of_a_scale_shipped_without_its_wording_is_offered_for_translation():
    from trdjournal.domain.model import INSTRUMENTS
    from trdjournal.domain.scales import scale
    from trdjournal.ui.base.scale_text import BANDS, LABELS

    labelled = [scale(key) for key in INSTRUMENTS if not scale(key).full_text]
    assert [d.key for d in labelled] == ["qids-sr16", "madrs-s"]
    for definition in labelled:
        assert {*definition.item_labels, definition.stem, definition.attribution} <= set(LABELS)
    assert {b.label for key in INSTRUMENTS for b in scale(key).bands} <= set(BANDS)

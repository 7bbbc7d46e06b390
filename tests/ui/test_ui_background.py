"""The Background page and the life events and labs view, driven as a user drives them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from trdjournal.domain.background import Background, FamilyHistory, LifeEvent

TODAY = dt.date(2026, 6, 15)  # pinned by tests/conftest.py


def test_background_form_saves_what_was_entered_and_nothing_else(qtbot, window, journal):
    window.show_view("background")
    view = window.page("background")
    assert view.read_form() == Background()  # an empty journal shows an empty form

    view.episode_known.setChecked(True)
    view.episode_start.setDate(QDate(2025, 2, 3))
    view.earlier.setValue(0)  # "none earlier" is an answer, unlike "not given"
    view.condition.setCurrentIndex(view.condition.findData("bipolar disorder"))
    view.relation.setCurrentIndex(view.relation.findData("aunt"))
    view.add_family()
    view.add_family()  # the same entry twice is kept once
    view.other.setText("sleep apnoea, , chronic pain")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    saved = journal.background()
    assert saved == Background(
        episode_start=dt.date(2025, 2, 3),
        earlier_episodes=0,
        family_history=(FamilyHistory("bipolar disorder", "aunt"),),
        other_conditions=("sleep apnoea", "chronic pain"),
    )
    assert saved.age_at_first_episode is None and saved.childhood_adversity is None
    assert "counts from 2025-02-03" in window.statusBar().currentMessage()

    window.undo()
    assert journal.background() == Background()
    assert window.statusBar().currentMessage() == "Undone: adding your background."
    assert view.read_form() == Background()  # the page follows the journal


def test_life_event_dialog_adds_and_the_list_shows_it(qtbot, window, journal):
    window.show_view("events")
    view = window.page("events")
    view.add_event()
    dialog = view.dialog
    dialog.date.setDate(QDate(2026, 6, 1))
    dialog.impact.setValue(-3)
    dialog.text.setText("Father admitted to hospital")
    dialog.accept()
    assert journal.life_events() == [
        LifeEvent(dt.date(2026, 6, 1), -3, "Father admitted to hospital", id=1)
    ]
    assert view.events.item(0, 1).text() == "\u22123"  # a true minus, as the PDF prints it
    assert "impact \u22123" in window.statusBar().currentMessage()

    view.add_event()
    view.dialog.text.setText("   ")
    view.dialog.accept()  # refused in place: the dialog stays open with the reason
    assert view.dialog is not None and "text" in view.dialog.error.text()
    assert len(journal.life_events()) == 1
    view.dialog.reject()


def test_lab_dialog_uses_the_default_range_or_the_one_entered(qtbot, window, journal):
    window.show_view("events")
    view = window.page("events")
    view.add_lab()
    dialog = view.dialog
    dialog.name.setCurrentIndex(dialog.name.findData("vitamin D"))
    assert [dialog.unit.itemData(i) for i in range(dialog.unit.count())] == ["ng/mL", "nmol/L"]
    dialog.unit.setCurrentIndex(1)
    dialog.value.setValue(40)
    assert "50 to 125 nmol/L" in dialog.default_info.text()
    dialog.accept()
    (vit_d,) = journal.lab_results()
    assert (vit_d.unit, vit_d.ref_low, vit_d.ref_high, vit_d.position) == (
        "nmol/L",
        50,
        125,
        "below",
    )

    view.add_lab()
    dialog = view.dialog
    dialog.name.setCurrentIndex(dialog.name.findData("TSH"))
    dialog.value.setValue(4.5)
    dialog.own_range.setChecked(True)
    dialog.low.setValue(0.4)
    dialog.high.setValue(4.0)
    dialog.accept()
    tsh = journal.lab_results(name="TSH")[0]
    assert (tsh.ref_low, tsh.ref_source, tsh.position) == (0.4, "entered", "above")
    view.tabs.setCurrentIndex(1)
    assert view.labs.item(0, 1).text() == "TSH" and "your lab" in view.labs.item(0, 3).text()

    view.labs.setCurrentCell(0, 0)
    view.delete_lab()
    assert [r.name for r in journal.lab_results()] == ["vitamin D"]
    window.undo()
    assert window.statusBar().currentMessage().startswith("Undone: deleting the TSH result")


def test_treatments_show_the_interaction_note_for_the_running_regimen(qtbot, window, journal):
    from trdjournal.domain.medication import new_event

    journal.add_med_event(new_event(dt.date(2026, 5, 1), "sertraline", "start", 100))
    journal.add_med_event(new_event(dt.date(2026, 6, 1), "St John's wort", "start", 900))
    window.show_view("treatments")
    text = window.page("treatments").regimen.text()
    assert "St John's wort together with sertraline" in text and "prescriber" in text


def test_the_report_dialog_leaves_the_background_out_until_ticked(qtbot, window, journal, tmp_path):
    from pypdf import PdfReader

    from trdjournal.domain.model import CheckIn

    journal.save_checkin(CheckIn(dt.date(2026, 6, 10), 5))
    journal.save_background(
        Background(family_history=(FamilyHistory("bipolar disorder", "father"),))
    )

    def write(name: str, tick: bool) -> str:
        opened = []
        window.open_report_dialog()  # File > Report (Ctrl+P)
        dialog = window.report_dialog
        qtbot.waitExposed(dialog)
        dialog.open_file = opened.append
        assert not dialog.sections["background"].isChecked()  # off by default, every time
        dialog.sections["background"].setChecked(tick)
        dialog.path.setText(str(tmp_path / name))
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
        return "\n".join(p.extract_text() for p in PdfReader(str(opened[0])).pages)

    assert "bipolar disorder (father)" not in write("plain.pdf", tick=False)
    assert "bipolar disorder (father)" in write("asked.pdf", tick=True)


def test_charts_draw_life_events_and_list_the_labs_in_view(qtbot, window, journal):
    from trdjournal.domain.labs import new_lab_result
    from trdjournal.domain.model import CheckIn
    from trdjournal.ui.charts.hover_text import describe_day

    for n in range(60):
        journal.save_checkin(CheckIn(dt.date(2026, 4, 17) + dt.timedelta(days=n), 5))
    journal.add_life_event(LifeEvent(dt.date(2026, 5, 20), -3, "Father admitted to hospital"))
    journal.add_lab_result(new_lab_result(dt.date(2026, 5, 10), "vitamin D", 14, "ng/mL"))
    journal.add_lab_result(new_lab_result(dt.date(2026, 1, 5), "TSH", 2, "mIU/L"))  # out of view
    window.show_view("charts")
    view = window.page("charts")
    qtbot.waitUntil(lambda: view.timeline is not None)
    view.set_preset("30d")

    (line,) = view.charts.life_events.lines
    assert line.label.toPlainText() == "\u22123"
    assert "Father admitted to hospital" in line.toolTip()
    # 30 days from 15 June hold no lab: the panel gives its width back to the charts
    assert not view.lab_panel.isVisibleTo(view)
    qtbot.waitUntil(lambda: view.stack.width() > view.width() * 0.9)
    view.set_preset("all")
    assert view.lab_panel.isVisibleTo(view)
    items = [view.lab_panel.list.item(i).text() for i in range(view.lab_panel.list.count())]
    assert items[0].endswith("vitamin D 14 ng/mL, \u25bc below range") and "TSH" in items[1]
    hover = describe_day(view.timeline.day(dt.date(2026, 5, 20)))
    assert "Father admitted to hospital (impact -3)" in hover


def test_the_family_history_row_keeps_its_words_whole_in_a_small_window(qtbot, window, qapp):
    """At 150 % a 1280x800 screen is 853x533 logical pixels: "hos min" wrapped to two lines
    there and its second line was cut off."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QLabel

    from trdjournal.paths import resource_path

    swedish = QTranslator()
    assert swedish.load(str(resource_path("i18n") / "trdjournal_sv.qm"))
    qapp.installTranslator(swedish)
    try:
        from trdjournal.ui.views.background_view import BackgroundView

        view = BackgroundView(window.ui_context)
        qtbot.addWidget(view)
        view.resize(853 - 160, 533)
        view.show()
        qtbot.waitExposed(view)
        (label,) = [w for w in view.findChildren(QLabel) if w.text() == "hos min"]
        assert label.width() >= label.fontMetrics().horizontalAdvance("hos min")
    finally:
        qapp.removeTranslator(swedish)

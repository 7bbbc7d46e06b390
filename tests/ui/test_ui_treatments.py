"""Treatments: medication events through their dialogs, sessions and appointments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from trdjournal.domain.medication import new_event

TODAY = dt.date(2026, 6, 15)


def treatments(window):
    window.show_view("treatments")
    return window.page("treatments")


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_start_by_brand_name_is_saved_as_the_generic(qtbot, window, journal):
    view = treatments(window)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.drug, "Zoloft")
    assert "sertraline" in dialog.drug_info.text()
    dialog.dose.selectAll()
    qtbot.keyClicks(dialog.dose, "50")
    click_save(qtbot, dialog)

    (event,) = journal.med_events()
    assert (event.drug, event.kind, event.dose, event.role) == (
        "sertraline",
        "start",
        50.0,
        "antidepressant",
    )
    assert not dialog.isVisible()
    assert view.meds.rowCount() == 1
    assert "sertraline 50 mg/day" in view.regimen.text()


def test_dose_change_through_its_dialog(qtbot, window, journal):
    journal.add_med_event(new_event(dt.date(2026, 5, 1), "sertraline", "start", 50))
    view = treatments(window)
    qtbot.mouseClick(view.change_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.drug.currentData() == "sertraline"  # the running drug is offered
    assert dialog.dose.value() == 50  # starting from the current dose
    dialog.dose.selectAll()
    qtbot.keyClicks(dialog.dose, "100")
    assert dialog.dose.value() == 100
    qtbot.keyClick(dialog.dose, Qt.Key.Key_Return)  # Enter saves the dialog

    events = journal.med_events("sertraline")
    assert [(e.kind, e.dose, e.date) for e in events] == [
        ("start", 50.0, dt.date(2026, 5, 1)),
        ("change", 100.0, TODAY),
    ]
    assert "sertraline 100 mg/day" in view.regimen.text()
    assert "Changed sertraline 100 mg/day" in window.statusBar().currentMessage()


def test_stop_records_the_reason(qtbot, window, journal):
    journal.add_med_event(new_event(dt.date(2026, 5, 1), "sertraline", "start", 50))
    view = treatments(window)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    dialog.reason.setCurrentIndex(dialog.reason.findData("side-effects"))
    click_save(qtbot, dialog)
    stop = journal.med_events("sertraline")[-1]
    assert (stop.kind, stop.reason) == ("stop", "side-effects")
    assert "no medication logged as running" in view.regimen.text()


def test_a_refused_event_keeps_the_dialog_open_with_the_reason(qtbot, window, journal):
    view = treatments(window)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.drug, "sertraline")
    click_save(qtbot, dialog)  # no dose
    assert dialog.isVisible()
    assert "dose" in dialog.error.text()
    assert dialog.drug.text() == "sertraline"
    assert journal.med_events() == []


def test_add_a_session_and_an_appointment(qtbot, window, journal):
    view = treatments(window)
    view.add_session()
    dialog = view.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("rtms"))
    qtbot.keyClicks(dialog.note, "session 1")
    click_save(qtbot, dialog)
    (session,) = journal.sessions()
    assert (session.kind, session.note, session.detail) == ("rtms", "session 1", "")

    view.add_session()  # the detail offered follows the kind: ECT's electrode placement
    dialog = view.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("ect"))
    assert dialog.detail.findData("right unilateral") > 0 and dialog.detail.findData("iTBS") < 0
    dialog.detail.setCurrentIndex(dialog.detail.findData("bilateral"))
    click_save(qtbot, dialog)
    assert journal.sessions()[-1].detail == "bilateral"
    assert view.sessions.item(0, 2).text() == "bilateral"

    view.add_appointment()
    dialog = view.dialog
    qtbot.keyClicks(dialog.clinician, "Dr Lind")
    click_save(qtbot, dialog)
    (appointment,) = journal.appointments()
    assert appointment.clinician == "Dr Lind"
    assert view.appointments.rowCount() == 1


def test_a_drug_not_in_the_table_is_kept_as_typed_with_the_role_chosen(
    qtbot, window, journal, monkeypatch
):
    view = treatments(window)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.drug, "Grandma tonic")
    assert "saved as typed" in dialog.drug_info.text()
    assert dialog.role.currentData() == "other"
    dialog.role.setFocus()
    qtbot.keyClicks(dialog.role, "s")  # typing selects "supplement"
    assert dialog.role.currentData() == "supplement"
    dialog.dose.selectAll()
    qtbot.keyClicks(dialog.dose, "1000")
    asked = []
    monkeypatch.setattr(type(dialog), "ask", lambda _d, _title, text: asked.append(text) or True)
    click_save(qtbot, dialog)  # "save it as an unlisted drug?": yes
    assert "not in the drug table" in asked[0]
    (event,) = journal.med_events()
    assert (event.drug, event.role, event.dose) == ("grandma tonic", "supplement", 1000.0)


def test_med_dialog_asks_what_med_start_asks(qtbot, window, journal, monkeypatch):
    """Issue 15: the Start dialog asks what ``med start`` asks (resources/drugs.json: sertraline
    usual range 5-200 mg; "Zolof" is nearest to Zoloft; esketamine is a treatment session)."""
    view = treatments(window)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    questions, answer = [], [False]
    monkeypatch.setattr(
        type(dialog), "ask", lambda _d, _title, text: questions.append(text) or answer[0]
    )
    qtbot.keyClicks(dialog.drug, "Zolof")
    dialog.dose.setValue(50)
    click_save(qtbot, dialog)
    assert "did you mean Zoloft (sertraline)?" in questions[-1]
    assert "Not saved" in dialog.error.text() and journal.med_events() == []
    dialog.drug.setText("Spravato")
    click_save(qtbot, dialog)
    assert "treatment add esketamine" in dialog.error.text() and journal.med_events() == []
    dialog.drug.setText("sertraline")
    dialog.dose.setValue(5000)
    click_save(qtbot, dialog)
    assert "5-200 mg" in questions[-1] and journal.med_events() == []
    answer[0] = True  # "Save it?": yes
    click_save(qtbot, dialog)
    assert [e.dose for e in journal.med_events()] == [5000]


def test_the_drug_hint_names_its_class_in_the_users_language(qtbot, window, journal):
    from trdjournal.i18n import use_locale

    view = treatments(window)
    with use_locale("sv"):  # the app sets the core's language with Qt's
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
        dialog = view.dialog
        qtbot.keyClicks(dialog.drug, "aripiprazole")
        assert "aripiprazole: atypiskt antipsykotikum" in dialog.drug_info.text()
    dialog.reject()


def test_a_sessions_detail_is_offered_and_listed_in_the_users_language(qtbot, window, journal):
    from trdjournal.domain.model import TreatmentSession
    from trdjournal.i18n import use_locale

    journal.add_session(TreatmentSession(dt.date(2026, 6, 1), "psychotherapy", "", detail="CBT"))
    view = treatments(window)
    with use_locale("sv"):  # the app sets the core's language with Qt's
        view.reload()
        assert view.sessions.item(0, 2).text() == "KBT"
        view.add_session()
        dialog = view.dialog
        dialog.kind.setCurrentIndex(dialog.kind.findData("ect"))
        shown = dialog.detail.itemText(dialog.detail.findData("right unilateral"))
        assert shown == "höger unilateral"
        assert dialog.detail.toolTip() == "elektrodplacering"
    dialog.reject()

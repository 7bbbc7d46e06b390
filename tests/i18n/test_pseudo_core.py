"""The pseudo-locale check for core texts the demo journal's PDF and commands do not reach:
the undo of every record table, the pharmacogenomics note and page-1 block, page 1 of an
episode with more items than it lists, and the app's question about unsaved questionnaire
answers. Each text must come back fully [bracketed·····], with nothing English filled into
a placeholder (pseudo_text.unmarked_words)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pseudo_text import unmarked_words
from test_pseudo_locale import unmarked, without

from trdjournal.domain.background import Background, LifeEvent
from trdjournal.domain.device import DeviceValue
from trdjournal.domain.labs import LabResult
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    MissedDose,
    Questionnaire,
    TreatmentSession,
)
from trdjournal.domain.pgx import PgxResult
from trdjournal.i18n import set_locale, use_locale
from trdjournal.storage.revisions import Revision, describe_undone
from trdjournal.storage.rows import TABLES

D = dt.date
DAY = D(2026, 6, 14)
# One record of each table the journal keeps (storage/rows.TABLES), as undo meets it.
RECORDS = {
    "checkins": CheckIn(DAY, 5, sleep_hours=7.5, note="slept"),
    "med_events": MedicationEvent(DAY, "sertraline", "start", 50, id=3),
    "sessions": TreatmentSession(DAY, "rtms", id=4),
    "questionnaires": Questionnaire(DAY, "phq9", (1,) * 9, id=5),
    "appointments": Appointment(DAY, "Dr Example", id=6),
    "background": Background(episode_start=D(2025, 9, 1)),
    "life_events": LifeEvent(DAY, 2, "moved", id=7),
    "lab_results": LabResult(DAY, "TSH", 2.5, "mIU/L", id=8),
    "pgx_results": PgxResult("CYP2C19", "ultrarapid", id=9),
    "missed_doses": MissedDose(DAY, "sertraline", id=10),
    "device_values": DeviceValue(DAY, "steps", 4000, "oura", id=11),
}
# What the user typed (and names: drug, device, gene), shown as written in any language.
TYPED = {"sertraline", "Oura", "slept", "tired", "Dr", "Example", "moved", "Lab"}
# Edits whose undo lists the fields it puts back.
EDITS = {
    "checkins": {"mood": 7, "sleep_hours": 6.0, "note": ""},
    "med_events": {"dose": 100.0, "kind": "change"},
    "sessions": {"note": "tired"},
    "questionnaires": {"answers": (0,) * 9},
    "appointments": {"clinician": ""},
    "background": {"episode_start": None, "earlier_episodes": 2},
    "life_events": {"impact": -1},
    "lab_results": {"value": 3.5},
    "pgx_results": {"date": D(2024, 3, 1), "lab": "Example Lab"},
    "missed_doses": {"doses": 2},
    "device_values": {"value": 5000.0},
}


def row(table: str, record) -> dict:
    return TABLES[table][1](record)


def revisions(table: str) -> list[Revision]:
    record = RECORDS[table]
    before, after = row(table, record), row(table, dataclasses.replace(record, **EDITS[table]))
    key = str(before.get("id") or before.get("date"))
    return [
        Revision(1, "", table, key, "insert", None, before, None),
        Revision(2, "", table, key, "update", before, after, None),
        Revision(3, "", table, key, "delete", before, None, None),
    ]


def test_every_record_table_has_a_record_here():
    assert set(RECORDS) == set(TABLES) == set(EDITS)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_undo_of_every_table_is_all_marked(table):
    with use_locale("pseudo"):
        said = [describe_undone(r, details=d) for r in revisions(table) for d in (True, False)]
    assert all(text.startswith("[") for text in said), said
    for text in said:
        assert unmarked_words(text, TYPED) == [], text


@pytest.mark.parametrize("table", sorted(TABLES))
def test_undo_names_the_record_in_english_and_swedish(table):
    insert, update, _delete = revisions(table)
    with use_locale("en"):
        english = describe_undone(update)
    with use_locale("sv"):
        swedish = describe_undone(insert)
    assert f"the {table} record" not in english and "_" not in english.split(":")[0], english
    assert swedish.startswith("Ångrat"), swedish
    assert f"posten i {table}" not in swedish and "_" not in swedish.split(":")[1], swedish


def test_undo_of_an_edit_lists_the_fields_in_swedish():
    update = revisions("checkins")[1]
    with use_locale("sv"):
        said = describe_undone(update)
    assert said == (
        "Ångrat: ändringen av dagsanteckningen för 2026-06-14: "
        "stämning 7 -> 5; sömntimmar 6 -> 7,5; anteckning (tomt) -> slept."
    )


# -- pharmacogenomics, and page 1 of an episode with more than it lists ----------------------

# (drug, daily dose) taken one after another, each long enough at its minimum to be adequate,
# and each followed by no response: seven failed trials in the current episode.
FAILED = [
    ("escitalopram", 10),
    ("sertraline", 50),
    ("citalopram", 20),
    ("fluoxetine", 20),
    ("paroxetine", 20),
    ("duloxetine", 60),
    ("vortioxetine", 10),
]
EPISODE_START = D(2025, 1, 6)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
MONTHS += ("september", "october", "november", "december")
QIDS_FLAGGED = 8  # more item-12 answers at the flag line than page 1 lists (MAX_ITEM9)


@pytest.fixture(scope="module")
def episode_journal(tmp_path_factory):
    """A journal whose page 1 shows the episode's start, more failed drugs and safety answers
    than it names ("and 1 earlier", "Also 2 earlier"), no medication change in the period,
    and phenotypes that touch a current and a recent drug."""
    from trdjournal.domain.model import Settings
    from trdjournal.storage import Journal

    path = tmp_path_factory.mktemp("episode") / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.save_settings(Settings(adequacy_weeks=6))
        journal.save_background(Background(episode_start=EPISODE_START))
        day = EPISODE_START
        for drug, dose in FAILED:
            journal.add_questionnaire(Questionnaire(day, "phq9", (3, 3, 2, 2, 2, 2, 2, 2, 0)))
            journal.add_med_event(MedicationEvent(day, drug, "start", dose, role="antidepressant"))
            day += dt.timedelta(weeks=7)
            journal.add_questionnaire(Questionnaire(day, "phq9", (3, 3, 2, 2, 2, 2, 2, 1, 0)))
            journal.add_med_event(MedicationEvent(day, drug, "stop", reason="no-response"))
        journal.add_med_event(MedicationEvent(day, "nortriptyline", "start", 75))
        for n in range(60):
            journal.save_checkin(CheckIn(D(2026, 4, 17) + dt.timedelta(days=n), 3))
        for n in range(QIDS_FLAGGED):
            answers = [1] * 16
            answers[11] = 1  # item 12, thoughts of death or suicide, at its flag line
            journal.add_questionnaire(
                Questionnaire(D(2026, 5, 20) + dt.timedelta(days=3 * n), "qids-sr16", answers)
            )
        journal.add_pgx_result(PgxResult("CYP2C19", "ultrarapid", D(2024, 3, 1)))
        journal.add_pgx_result(PgxResult("CYP2D6", "poor", D(2024, 3, 1)))
    return path


def episode_pages(path, language: str, tmp_path) -> list[str]:
    from pypdf import PdfReader

    from trdjournal.analysis import analyse
    from trdjournal.report import write_report
    from trdjournal.report.options import SECTIONS, plan_request
    from trdjournal.storage import Journal

    with Journal.open(path) as journal, use_locale(language):
        request = plan_request(
            appointments=[],
            today=D(2026, 6, 15),
            report_name="",
            start=D(2026, 5, 16),
            end=None,
            sections=SECTIONS,
            include_name=False,
        )
        result = write_report(analyse(journal), request, tmp_path / f"{language}.pdf")
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(result.path)).pages]


def test_the_episode_journal_shows_what_the_checks_need(episode_journal, tmp_path):
    """Guards the check below: in English, page 1 and the trial table carry every text."""
    pages = episode_pages(episode_journal, "en", tmp_path)
    first, trials = pages[0], next(p for p in pages if "Trial history" in p)
    assert "in the current episode (since 6 Jan 2025)" in first
    assert "and 1 earlier" in first
    assert "Also 2 earlier." in first
    assert "Medication changes in this period None." in first
    assert "nortriptyline (current): CYP2D6 poor metabolizer" in first
    assert "citalopram (recent): CYP2C19 ultrarapid metabolizer" in first
    assert "discuss with your prescriber" in first
    assert "CYP2C19 ultrarapid metabolizer: lower exposure to escitalopram expected" in trials


def test_page_one_and_the_pgx_notes_are_all_marked(episode_journal, references, tmp_path):
    pages = episode_pages(episode_journal, "pseudo", tmp_path)
    drugs = {d for d, _dose in FAILED} | {"nortriptyline"}

    def named(word: str) -> bool:  # a drug or month name, or its start where a cell broke it
        names = (*drugs, *MONTHS)
        return len(word) >= 3 and any(n.startswith(word.lower()) for n in names)

    texts = [without(references, text) for text in pages]
    left = {i: unmarked(t, set(), inside=True) for i, t in enumerate(texts, start=1)}
    left = {i: [w for w in words if not named(w)] for i, words in left.items()}
    assert {i: w for i, w in left.items() if w} == {}


def test_page_one_and_the_pgx_notes_in_swedish(episode_journal, tmp_path):
    pages = episode_pages(episode_journal, "sv", tmp_path)
    first, trials = pages[0], next(p for p in pages if "Behandlingshistorik" in p)
    assert "(sedan 6 jan. 2025)" in first
    assert "och 1 tidigare" in first
    assert "Dessutom 2 tidigare." in first
    assert "nortriptyline (pågående): CYP2D6 långsam metaboliserare" in first
    assert "citalopram (nyligen): CYP2C19 ultrasnabb metaboliserare" in first
    assert "diskutera med den som förskriver" in first
    assert "lägre exponering för escitalopram väntas" in trials
    for english in ("since", "current", "recent", "earlier", "metabolizer", "prescriber"):
        assert english not in " ".join(pages).replace("Maudsley Staging Method", ""), english


# -- the app: closing with a questionnaire half answered ---------------------------------------


def test_the_questionnaires_unsaved_work_question_is_all_marked(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QLocale, Qt, QTranslator
    from PySide6.QtWidgets import QApplication, QMessageBox

    from trdjournal.context import AppContext
    from trdjournal.ui.base.i18n import install_translators
    from trdjournal.ui.shell.app import application, open_window

    app = application("light")
    before = set(app.findChildren(QTranslator))
    install_translators(app, "pseudo")
    context = AppContext(db_path=tmp_path / "journal.sqlite3")
    try:
        window = open_window(context, remember=False)
        # closing at teardown must not wait on a real question box
        window.confirm_close = lambda _unsaved: QMessageBox.StandardButton.Discard
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.show_view("questionnaires")
        view = window.page("questionnaires")
        qtbot.mouseClick(view.start_buttons["phq9"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        focused = QApplication.focusWidget()
        assert window.isAncestorOf(focused)
        qtbot.keyClick(focused, "1")  # one answer, not saved
        question = window.close_question(window.unsaved_work())
        assert question.startswith("[") and "PHQ-9" in question, question
        assert unmarked_words(question) == [], question
        window.close()
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(QLocale.c())
        set_locale("en")
        context.close()

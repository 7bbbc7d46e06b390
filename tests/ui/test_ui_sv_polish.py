"""Small things a Swedish reviewer read in the app: the About dialog's source headings, the
import preview's encoding line, the sign of a life event's impact, and the staging sentence's
dates (TRDJOURNAL_LOCALE=sv as the app runs it: Qt's and the core's translations, Qt's locale)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from trdjournal.domain.background import LifeEvent
from trdjournal.i18n import use_locale
from trdjournal.ui.base import operations

DATA = Path(__file__).resolve().parents[1] / "data"

# What a reader sees heading each reference table's sources, in English and in Swedish.
HEADINGS = {
    "atc": ("Drug codes (ATC)", "Läkemedelskoder (ATC)"),
    "augmentation": ("Augmentation doses", "Doser för tilläggsbehandling (augmentation)"),
    "courses": (
        "Treatment courses and their minimum sessions",
        "Behandlingsserier och deras minsta antal tillfällen",
    ),
    "crisis_lines": ("Crisis lines", "Stödlinjer"),
    "daylio_moods": ("Daylio's moods", "Daylios stämningslägen"),
    "drugs": ("Medication doses", "Läkemedelsdoser"),
    "episodes": ("Episodes, remission and relapse", "Episoder, remission och återfall"),
    "interactions": ("Interactions with supplements", "Interaktioner med kosttillskott"),
    "labs": ("Lab tests and their reference ranges", "Labbprov och deras referensintervall"),
    "loinc": (
        "Codes for health-record exchange (LOINC)",
        "Koder för utbyte med journalsystem (LOINC)",
    ),
    "pgx": (
        "Pharmacogenetics: how genes change drug exposure",
        "Farmakogenetik: hur gener ändrar läkemedelsexponeringen",
    ),
    "scales": ("Questionnaires and their thresholds", "Formulär och deras gränsvärden"),
}


@pytest.fixture
def swedish(qapp):
    """The app's Swedish translators and locale, removed again afterwards."""
    from trdjournal.ui.base.i18n import install_translators

    before = set(qapp.findChildren(QTranslator))
    with use_locale("sv"):
        install_translators(qapp, "sv")
        yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.c())


def _about_lines(qtbot, tmp_path) -> list[str]:
    from trdjournal.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(tmp_path / "journal.sqlite3")
    qtbot.addWidget(dialog)
    dialog.grab().save(str(tmp_path / "about.png"))
    return [line.strip() for line in dialog.sources.toPlainText().splitlines()]


def _assert_headed(lines: list[str], language: int) -> None:
    from trdjournal.domain.reference import table_sources

    assert set(table_sources()) == set(HEADINGS)  # a new table needs its heading here too
    for table, titles in HEADINGS.items():
        assert table not in lines
        assert titles[language] in lines


def test_about_heads_every_table_of_sources_in_words(qtbot, tmp_path):
    _assert_headed(_about_lines(qtbot, tmp_path), 0)


def test_about_heads_every_table_of_sources_in_swedish(qtbot, tmp_path, swedish):
    _assert_headed(_about_lines(qtbot, tmp_path), 1)


def test_the_swedish_import_preview_names_the_encoding_once(
    qtbot, window, swedish, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    path = DATA / "daylio" / "current.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_action.trigger()
    assert operations.wait_idle()
    dialog = window.import_dialog
    dialog.grab().save(str(tmp_path / "import_preview_sv.png"))
    preview = dialog.summary.text()
    assert "Identifierad: Daylio CSV (läst som UTF-8)" in preview
    assert preview.count("UTF-8") == 1
    assert "Läst som" not in preview


def test_the_events_table_writes_a_negative_impact_with_a_true_minus(qtbot, window, journal):
    journal.add_life_event(LifeEvent(dt.date(2026, 6, 1), -3, "flyttade"))
    journal.add_life_event(LifeEvent(dt.date(2026, 6, 2), 2, "semester"))
    window.show_view("events")
    view = window.page("events")
    operations.wait_idle()
    table = view.events
    impacts = {table.item(r, 2).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert impacts == {"flyttade": "\u22123", "semester": "+2"}


def test_typing_a_hyphen_minus_still_enters_a_negative_impact(qtbot, journal, swedish):
    from trdjournal.ui.dialogs.life_event_dialog import LifeEventDialog

    dialog = LifeEventDialog(journal)
    qtbot.addWidget(dialog)
    dialog.impact.lineEdit().selectAll()
    qtbot.keyClicks(dialog.impact, "-3")
    dialog.impact.interpretText()
    assert dialog.impact.value() == -3
    assert dialog.impact.text() == "\u22123"  # shown as the table shows it


def test_the_episode_sentence_has_one_form_of_date(qtbot, journal, swedish, monkeypatch, tmp_path):
    from trdjournal.analysis import analyse
    from trdjournal.demo import fill_demo_journal
    from trdjournal.ui.views.trials_view import StagingPanel

    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-15")
    fill_demo_journal(journal, days=400, seed=1, end=dt.date(2026, 6, 15))
    staging = analyse(journal).staging
    assert staging.episode_start_source.startswith("återfall 20")  # the core's ISO date
    panel = StagingPanel()
    qtbot.addWidget(panel)
    panel.set_staging(staging)
    sentence = panel.episode.text()
    day = staging.episode_start
    long = f"{day.day} {QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)} {day.year}"
    assert sentence.startswith(f"Episoden räknas från {long} (återfall {long}).")
    assert day.isoformat() not in sentence
    assert "(" not in sentence.split("(", 1)[1].split(")", 1)[0]  # no bracket inside brackets

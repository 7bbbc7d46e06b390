"""Swedish as a user meets it: the command line's answers and input, and the PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from trdjournal.cli import main

LOCALE = Path(__file__).resolve().parents[2] / "resources" / "locale"


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


@pytest.fixture
def swedish(monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")


def test_an_invalid_mood_is_refused_in_swedish(swedish, journal_path):
    result = run(journal_path, "log", "--mood", "11")
    assert result.exit_code == 2
    assert (
        "Ogiltigt värde för --mood: måste vara ett heltal från 0 till 10 (fick 11)" in result.output
    )
    assert result.output.startswith("Fel: ")
    assert (
        not journal_path.exists() or run(journal_path, "entries", "--json").output.strip() == "[]"
    )


def test_lang_follows_the_system_language_without_the_override(monkeypatch, journal_path):
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    result = run(journal_path, "log", "--mood", "11")
    assert result.exit_code == 2 and "måste vara ett heltal" in result.output
    monkeypatch.setenv(
        "LC_MESSAGES", "en_GB.UTF-8"
    )  # LC_MESSAGES wins over LANG, as gettext has it
    assert "must be a whole number" in run(journal_path, "log", "--mood", "11").output


def test_a_decimal_comma_is_accepted_in_swedish(swedish, journal_path):
    result = run(journal_path, "log", "--mood", "6", "--sleep", "7,5")
    assert result.exit_code == 0, result.output
    assert "Sparade dagsanteckningen" in result.output
    saved = run(journal_path, "entries", "--json").output
    assert '"sleep_hours": 7.5' in saved, "JSON keeps the dot"
    assert run(journal_path, "log", "--mood", "6", "--sleep", "7.25").exit_code == 0


def test_a_decimal_comma_is_refused_in_english_naming_the_option(journal_path):
    result = run(journal_path, "log", "--mood", "6", "--sleep", "7,5")
    assert result.exit_code == 2
    assert "--sleep" in result.output and "write it like 7.5" in result.output


def test_swedish_crisis_line_comes_first_in_swedish(swedish, journal_path):
    result = run(journal_path, "questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1,2")
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines() if line.startswith("  ")]
    assert lines[0] == "Självmordslinjen (Mind) (Sverige): 90101"
    assert "Ditt lokala larmnummer (Överallt): 112 i EU, 911 i Nordamerika" in lines
    assert "PHQ-9 den 2026-06-15: totalt 10 (måttlig)." in result.output


def english_phrases() -> set[str]:
    """The English text of every catalogue message that Swedish words differently, cut at its
    placeholders and markup into runs of at least two words (single words like "Drug" would
    also match drug names and references)."""
    with open(LOCALE / "sv" / "LC_MESSAGES" / "trdjournal.po", "rb") as po:
        catalog = read_po(po)
    phrases = set()
    for entry in catalog:
        if not entry.id:
            continue
        ids = entry.id if entry.pluralizable else (entry.id,)
        strings = entry.string if entry.pluralizable else (entry.string,)
        for english in ids:
            if english in strings:
                continue  # a name, a number, "PHQ-9": the same in both languages
            for piece in re.split(r"\{[^}]*\}|<[^>]*>|\n", english):
                piece = piece.strip(" .,:;()*-")
                if len(piece.split()) >= 2 and piece not in " ".join(strings):
                    phrases.add(piece)
    return phrases


@pytest.fixture(scope="module")
def swedish_pdf_pages(demo_journal, tmp_path_factory) -> list[str]:
    from pypdf import PdfReader

    out = tmp_path_factory.mktemp("sv") / "rapport.pdf"
    result = CliRunner(env={"TRDJOURNAL_LOCALE": "sv"}).invoke(
        main,
        ["--db", str(demo_journal), "report", "-o", str(out), "--sections",
         "summary,charts,trials,background,log"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Skrev" in result.output and "sidor" in result.output
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]


def test_the_swedish_pdf_has_no_english_message_on_any_page(swedish_pdf_pages, references):
    """Apart from drug, scale and method names and the references the tables cite."""
    phrases = english_phrases()
    pages = []
    for text in swedish_pdf_pages:
        for reference in references:
            text = text.replace(reference, " ")
        pages.append(text)
    assert len(phrases) > 300
    found = {
        (number, phrase)
        for number, text in enumerate(pages, start=1)
        for phrase in phrases
        if phrase in text
    }
    assert found == set()


def test_the_swedish_pdf_writes_dates_numbers_and_clinical_terms_in_swedish(swedish_pdf_pages):
    text = " ".join(swedish_pdf_pages)
    assert "Sedan förra besöket" in text
    assert re.search(r"\d{1,2} (juni|maj|apr\.) 2026", text), "babel's Swedish month names"
    assert re.search(r"\b\d+,\d+\b", text), "decimal comma"
    assert "behandlingsresistent depression" in text.lower()
    assert "Sida 1 av" in swedish_pdf_pages[0]
    assert "Patientrapporterade uppgifter; inte en diagnos" in swedish_pdf_pages[-1]


def test_lang_chooses_the_report_language_whatever_the_app_speaks(demo_journal, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "report.pdf"
    result = CliRunner(env={"TRDJOURNAL_LOCALE": "sv"}).invoke(
        main, ["--db", str(demo_journal), "report", "-o", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Skrev"), "the CLI still answers in the app's language"
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "Since last visit" in first and "Sedan förra besöket" not in first
    bad = CliRunner().invoke(
        main, ["--db", str(demo_journal), "report", "-o", str(out), "--lang", "xx"]
    )
    assert bad.exit_code == 2 and "--lang" in bad.output


# A number with a decimal point: "7.5", "0.76". ISO dates and "2026-04-17..2026-05-16" are not.
DOT_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
TEXT_COMMANDS = [
    ["summary", "--from", "2026-03-01"],
    ["trials"],
    ["stage"],
    ["med", "list"],
    ["lab", "list"],
    ["lab", "tests"],
    ["entries", "--from", "2026-05-01"],
]


@pytest.mark.parametrize("command", TEXT_COMMANDS, ids=" ".join)
def test_the_command_lines_text_output_writes_decimal_commas_in_swedish(
    monkeypatch, demo_journal, command
):
    monkeypatch.setenv("TRDJOURNAL_TODAY", "2026-06-15")
    english = run(demo_journal, *command)
    assert english.exit_code == 0, english.output
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    swedish = run(demo_journal, *command)
    assert swedish.exit_code == 0, swedish.output
    # sources are references and stay as published (lab tests' "source:" lines)
    shown = [line for line in swedish.output.splitlines() if not line.strip().startswith("källa:")]
    dotted = [line for line in shown if DOT_DECIMAL.search(line)]
    assert not dotted, dotted[:3]
    if DOT_DECIMAL.search(english.output):  # the same numbers, now with a comma
        assert re.search(r"\d,\d", "\n".join(shown)), swedish.output[:500]


DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_swedish_import_writes_its_note_and_summary_in_swedish(swedish, journal_path):
    """What an import writes into the journal is in the importer's language: the lowest mood
    of a merged day, as a Swedish user reads it in the check-in's note."""
    result = run(journal_path, "import", str(DATA / "daylio" / "current.csv"))
    assert result.exit_code == 0, result.output
    entries = run(journal_path, "entries", "--json")
    notes = {c["date"]: c["note"] for c in json.loads(entries.output)}
    assert notes["2026-06-10"].startswith(
        "Dagens lägsta stämning: 5 kl. 08:15 (2 registreringar; stämningen är deras medelvärde)."
    )


def test_a_wearable_import_answers_in_swedish(swedish, journal_path):
    run(journal_path, "log", "--mood", "5", "--sleep", "6,5", "--date", "2026-06-02")
    result = run(journal_path, "import", str(DATA / "wearables" / "apple_export.xml"))
    assert result.exit_code == 0, result.output
    assert "Nätter i filen: 2 (2 nya)" in result.output
    assert "2026-06-02 sömn: du skrev 6,5 h, Apple Health mätte 7,25 h (ditt värde behålls)" in (
        result.output
    )
    refused = DATA / "wearables" / "oura_data.json"
    broken = journal_path.parent / "oura.json"
    broken.write_text(
        refused.read_text(encoding="utf-8").replace('"2026-06-02T06:55', '"soon', 1),
        encoding="utf-8",
    )
    result = run(journal_path, "import", str(broken))
    assert result.exit_code == 2
    assert "är inte en tidpunkt som 2024-01-02T07:00:00 (fick 'soon" in result.output


def test_a_file_inside_a_backup_is_named_in_swedish(swedish, journal_path, tmp_path):
    import zipfile

    backup = tmp_path / "eMoods backup.emoods"
    with zipfile.ZipFile(backup, "w") as archive:
        archive.writestr("entry.csv", (DATA / "emoods" / "malformed.csv").read_text("utf-8"))
    result = run(journal_path, "import", str(backup))
    assert result.exit_code == 2, result.output
    assert f"entry.csv i {backup}" in result.output

"""What a Swedish user met walking every command (issue 21): each answer in Swedish, each
number with a decimal comma, and what the message says is allowed is what is accepted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from trdjournal.cli import main


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


@pytest.fixture
def swedish(monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")


def test_childhood_adversity_takes_the_ja_its_refusal_asks_for(swedish, journal_path):
    assert (
        "måste vara ja eller nej"
        in run(journal_path, "background", "set", "childhood-adversity", "kanske").output
    )
    result = run(journal_path, "background", "set", "childhood-adversity", "ja")
    assert result.exit_code == 0, result.output
    assert "childhood-adversity: ja" in result.output
    result = run(journal_path, "background", "set", "childhood-adversity", "Nej")
    assert result.exit_code == 0, result.output
    assert "childhood-adversity: nej" in result.output


def test_a_logged_life_event_names_its_impact_in_swedish(swedish, journal_path):
    result = run(journal_path, "event", "add", "--impact", "-2", "Bråk", "på", "jobbet")
    assert result.exit_code == 0, result.output
    assert "2026-06-15: Bråk på jobbet (påverkan -2), id 1." in result.output
    assert "impact" not in result.output


@pytest.mark.parametrize("hours, shown", [("25", "fick 25)"), ("24,1", "fick 24,1)")])
def test_refused_sleep_hours_are_read_back_with_a_decimal_comma(
    swedish, journal_path, hours, shown
):
    result = run(journal_path, "log", "--mood", "6", "--sleep", hours)
    assert result.exit_code == 2
    assert shown in result.output and "som 7 eller 6,75" in result.output
    assert ".0" not in result.output and "24.1" not in result.output


def test_a_lab_reference_range_takes_decimal_commas(swedish, journal_path):
    result = run(journal_path, "lab", "add", "TSH", "2,1", "mIU/L", "--range", "0,4-4,0")
    assert result.exit_code == 0, result.output
    assert "TSH 2,1 mIU/L (referens 0,4-4 mIU/L, inom intervallet)" in result.output
    refused = run(journal_path, "lab", "add", "TSH", "2,1", "mIU/L", "--range", "låg")
    assert refused.exit_code == 2
    assert "som 0,4-4,0 (fick 'låg')" in refused.output


@pytest.mark.parametrize(
    "option, value", [("--activity", "2,5"), ("--mood", "6,5"), ("--steps", "1,5")]
)
def test_a_decimal_where_a_whole_number_is_asked_is_refused_as_not_a_whole_number(
    swedish, journal_path, option, value
):
    result = run(journal_path, "log", "--mood", "6", option, value)
    assert result.exit_code == 2
    assert f"'{value}' är inte ett giltigt heltal." in result.output


def test_a_whole_number_refusal_still_names_the_type_in_english(journal_path):
    result = run(journal_path, "log", "--mood", "6", "--activity", "2.5")
    assert "'2.5' is not a valid integer." in result.output


def test_staging_counts_one_month_and_one_failure_in_the_singular(swedish, journal_path):
    run(journal_path, "background", "set", "episode-start", "2026-05-10")
    run(journal_path, "log", "--mood", "3")
    result = run(journal_path, "stage")
    assert "1 full månad sedan 2026-05-10" in result.output
    assert "0 misslyckade adekvata antidepressiva" in result.output


def test_staging_names_one_failed_antidepressant_in_the_singular(swedish, demo_journal):
    result = run(demo_journal, "stage")
    assert "1 misslyckat adekvat antidepressivum: venlafaxine" in result.output
    assert "1 misslyckade" not in result.output


def test_elevated_mood_agrees_with_its_noun_in_the_summary(swedish, journal_path):
    for day in ("2026-06-14", "2026-06-15"):
        run(journal_path, "log", "--date", day, "--mood", "3", "--elevated", "2")
    result = run(journal_path, "summary")
    assert "Förhöjd stämning loggad under 2 dagar (högst: måttlig)" in result.output


def test_family_history_takes_the_swedish_words_it_shows(swedish, journal_path):
    result = run(
        journal_path, "background", "set", "family-history", "depression:mamma, diabetes:Pappa"
    )
    assert result.exit_code == 0, result.output
    assert "family-history: depression (mamma), diabetes (pappa)" in result.output
    saved = run(journal_path, "background", "show", "--json").output
    assert '"relation": "mother"' in saved, "stored by its English key, as the GUI stores it"
    refused = run(journal_path, "background", "set", "family-history", "depression:granne")
    assert refused.exit_code == 2


def test_a_restore_says_so_in_swedish(swedish, journal_path, tmp_path):
    run(journal_path, "log", "--mood", "6")
    copy = tmp_path / "kopia.sqlite3"
    assert run(journal_path, "backup", "-o", str(copy)).exit_code == 0
    result = run(journal_path, "restore", str(copy))
    assert result.exit_code == 0, result.output
    assert f"Återställde {journal_path} från {copy}." in result.output
    assert "Restored" not in result.output


def test_the_background_profile_heads_its_pharmacogenomics_in_swedish(swedish, journal_path):
    run(journal_path, "background", "pgx", "CYP2D6", "poor")
    result = run(journal_path, "background", "show")
    assert result.exit_code == 0, result.output
    assert "farmakogenetik:" in result.output and "pharmacogenomics" not in result.output
    assert "CYP2D6 långsam metaboliserare" in result.output


def test_lab_names_are_shown_and_typed_in_swedish(swedish, journal_path):
    result = run(journal_path, "lab", "add", "D-vitamin", "45,5", "nmol/L")
    assert result.exit_code == 0, result.output
    assert "D-vitamin 45,5 nmol/L" in result.output
    assert run(journal_path, "lab", "add", "free T4", "15", "pmol/L").exit_code == 0
    listed = run(journal_path, "lab", "list").output
    assert "fritt T4 15 pmol/L" in listed and "free T4" not in listed
    assert '"name": "vitamin D"' in run(journal_path, "lab", "list", "--json").output
    tests = run(journal_path, "lab", "tests").output
    assert "folat: enheter ng/mL, nmol/L" in tests
    assert "litiumkoncentration: enhet mmol/L;" in tests and "TSH: enhet mIU/L;" in tests
    refused = run(journal_path, "lab", "add", "Foobar", "2", "mg").output
    assert "fritt T4, fritt T3, D-vitamin, B12, folat, CRP, litiumkoncentration" in refused


def test_every_lab_name_the_table_spells_in_english_is_marked():
    from trdjournal.domain import labs

    english_words = {"free T4", "free T3", "vitamin D", "folate", "lithium level"}
    assert {n for n in labs.lab_names() if n in english_words} <= set(labs.TRANSLATED_NAMES)
    assert set(labs.lab_names()) - set(labs.TRANSLATED_NAMES) == {"TSH", "B12", "CRP"}


def test_treatment_sessions_are_listed_by_their_swedish_names(swedish, journal_path):
    added = run(journal_path, "treatment", "add", "psychotherapy", "--detail", "CBT")
    assert added.exit_code == 0, added.output
    assert "(KBT)" in added.output
    run(journal_path, "treatment", "add", "ect", "--detail", "right unilateral")
    listed = run(journal_path, "treatment", "list").output
    assert "2026-06-15  psykoterapi (KBT)" in listed
    assert "ECT (höger unilateral)" in listed
    assert "psychotherapy" not in listed and "CBT" not in listed


@pytest.mark.parametrize("typed", ["PHQ-9", "phq-9", "phq9"])
def test_a_questionnaire_is_named_as_the_app_writes_it(swedish, journal_path, typed):
    result = run(journal_path, "questionnaire", typed, "--answers", "1,1,1,1,1,1,1,1,0")
    assert result.exit_code == 0, result.output
    assert "PHQ-9 den 2026-06-15: totalt 8 (lindrig)" in result.output
    refused = run(journal_path, "questionnaire", "BDI", "--answers", "1")
    assert refused.exit_code == 2 and "'BDI' är inte en av 'phq9'" in refused.output


def test_a_spreadsheet_saved_in_swedish_with_semicolons_imports(swedish, journal_path, tmp_path):
    """Excel and LibreOffice in Swedish save CSV with ';' between columns, as ',' is the
    decimal sign (the public RFC 4180 layout with another separator)."""
    sheet = tmp_path / "humör.csv"
    sheet.write_text(
        'Datum;Humör;Anteckning\n2026-06-01;3,5;"bra dag; sol"\n2026-06-02;4;\n', "utf-8"
    )
    result = run(
        journal_path, "import", str(sheet), "--format", "csv", "--date-column", "Datum",
        "--mood-column", "Humör", "--note-column", "Anteckning", "--mood-scale", "1-5",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "dagsanteckningar: 2 tillagda" in result.output
    saved = run(journal_path, "entries", "--json").output
    assert '"note": "bra dag; sol"' in saved and '"mood": 8' in saved


def test_a_lab_edit_names_what_changed_in_swedish(swedish, journal_path):
    run(journal_path, "lab", "add", "D-vitamin", "40", "nmol/L")
    result = run(
        journal_path, "lab", "edit", "1", "--name", "fritt T4", "--unit", "pmol/L",
        "--value", "14,2", "--range", "10-20",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "namn 'D-vitamin' -> 'fritt T4'" in result.output
    assert "-> 'från ditt provsvar'" in result.output
    assert "entered" not in result.output and "free T4" not in result.output


def test_a_deleted_medication_event_is_named_by_its_swedish_kind(swedish, journal_path):
    run(journal_path, "med", "start", "sertraline", "--dose", "50", "--date", "2026-06-01")
    run(journal_path, "med", "change", "sertraline", "--dose", "100")
    result = run(journal_path, "med", "delete", "2")
    assert result.exit_code == 0, result.output
    assert "(2026-06-15 ändring sertraline)" in result.output


def test_an_import_that_does_not_fit_names_the_field_in_swedish(swedish, tmp_path):
    exported, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    run(exported, "med", "start", "citalopram", "--dose", "20", "--date", "2026-06-01")
    run(exported, "export", "-o", str(tmp_path / "a.json"))
    run(other, "med", "start", "citalopram", "--dose", "10", "--date", "2026-05-01")
    result = run(other, "import", str(tmp_path / "a.json"))
    assert result.exit_code == 2
    assert "passar inte journalens (läkemedel: citalopram pågår redan" in result.output
    assert "(drug:" not in result.output


def test_a_refused_file_whose_reason_asks_ends_with_the_question(swedish, journal_path, tmp_path):
    sheet = tmp_path / "inte-daylio.csv"
    sheet.write_text("Datum;Humör\n2026-06-01;3\n", "utf-8")
    result = run(journal_path, "import", str(sheet), "--format", "daylio")
    assert result.exit_code == 2
    assert "(More > Export entries > CSV)? Inget importerades." in result.output
    assert "?." not in result.output
    line = tmp_path / "trasig.csv"
    line.write_text("Datum;Humör\nigår;3\n", "utf-8")
    bad_date = run(
        journal_path, "import", str(line), "--format", "csv", "--date-column", "Datum",
        "--mood-column", "Humör",
    )  # fmt: skip
    assert bad_date.exit_code == 2
    assert bad_date.output.rstrip().endswith(". Inget importerades.")
    assert ".. Inget" not in bad_date.output


def test_the_screenshot_scale_takes_a_decimal_comma(swedish, journal_path):
    from trdjournal.i18n import use_locale
    from trdjournal.ui.shell.screenshot import _scale

    with use_locale("sv"):  # as the CLI sets it
        assert _scale("1,5") == 1.5 and _scale("1.25") == 1.25
    result = run(journal_path, "screenshot", "--scale", "3,5", str(journal_path.parent / "png"))
    assert result.exit_code == 2 and "3,5 ligger inte inom intervallet 1-3" in result.output
    help_text = run(journal_path, "screenshot", "--help").output
    assert "(1,25)" in help_text and "(1.5)" not in help_text


def test_adherence_is_a_percentage_beside_its_percentage_cut_off(swedish, demo_journal):
    result = run(demo_journal, "trials")
    assert result.exit_code == 0, result.output
    line = " ".join(result.output.split())
    assert re.search(r"venlafaxine från 2025-08-02: taget 9\d % av dagarna \(5 dagar med", line)
    assert "följsamhet 0" not in line and "(minst 80 %)" in line


def test_med_list_and_stop_write_the_stop_reason_in_swedish(monkeypatch, journal_path):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    from click.testing import CliRunner

    from trdjournal.cli import main

    def run(*args):
        return CliRunner().invoke(main, ["--db", str(journal_path), *args])

    assert run("med", "start", "sertraline", "--dose", "50", "--date", "2026-05-01").exit_code == 0
    stopped = run("med", "stop", "sertraline", "--reason", "side-effects", "--date", "2026-06-01")
    assert stopped.exit_code == 0 and "(biverkningar)" in stopped.output, stopped.output
    listed = run("med", "list").output
    assert "(biverkningar)" in listed and "side-effects" not in listed, listed


def test_option_placeholders_in_help_are_swedish(monkeypatch):
    from click.testing import CliRunner

    from trdjournal.cli import main

    english = CliRunner().invoke(main, ["log", "--help"]).output
    assert "--mood INTEGER" in english and "--date YYYY-MM-DD" in english
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    swedish = CliRunner().invoke(main, ["log", "--help"]).output
    assert "--mood HELTAL" in swedish and "--date ÅÅÅÅ-MM-DD" in swedish, swedish
    assert "--note TEXT" in swedish  # "text" is Swedish too
    lab = CliRunner().invoke(main, ["lab", "add", "--help"]).output
    assert "--range LÅG-HÖG" in lab and "NAME VALUE UNIT" in lab  # arguments stay as named

"""The check that cannot rot: under the pseudo-locale every message of the core, the CLI and
the PDF comes back [bracketed·····], so any English word left outside brackets is a string
that never went through the catalogue (trdjournal.i18n ``_``/``ngettext``).

Allowed outside brackets: method, scale and drug names, units, numbers, dates (babel writes
month names in the pseudo-locale's English), and what the journal's user typed.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pseudo_text import unbracketed_words

from trdjournal.cli import main

ROOT = Path(__file__).resolve().parents[2]

MONTHS_AND_DAYS = {
    *["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    *["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
}

# Each a command a user runs on a journal, with its text output (not --json, not --help).
COMMANDS = [
    ["log", "--mood", "11"],
    ["log", "--mood", "5", "--sleep", "seven"],
    ["log", "--mood", "5", "--date", "2026-13-40"],
    ["log", "--mood", "5", "--side-effect", "nausea"],
    ["log", "--mood", "5", "--tag", "!!"],
    ["log"],
    ["log", "--mood", "6", "--sleep", "7.5", "--date", "2026-06-14"],
    ["log", "--mood", "7", "--date", "2026-06-14"],
    ["entries", "--from", "2026-06-10"],
    ["entries", "--from", "2026-06-10", "--to", "2026-06-01"],
    ["med", "start", "sertraline", "--dose", "-5"],
    ["med", "stop", "bupropion"],
    ["med", "current"],
    ["questionnaire", "phq9", "--answers", "0,1,2"],
    ["questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1,1", "--date", "2026-06-13"],
    ["trials"],
    ["stage"],
    ["summary"],
    ["report", "-o", "{tmp}/r.pdf", "--sections", "nothing"],
    ["report", "-o", "{tmp}/r.pdf", "--from", "2026-06-01", "--to", "2026-06-15"],
    ["background", "show"],
    ["background", "set", "childhood_adversity", "maybe"],
    ["lab", "list"],
    ["lab", "add", "TSH", "2,5", "--unit", "furlongs"],
    ["event", "list"],
    ["event", "add", "Moved house", "--impact", "9"],
    ["treatment", "log", "rtms", "--date", "2026-06-10"],
    ["appointment", "--date", "2026-06-12"],
    ["med", "start", "sertraline", "--dose", "50", "--date", "2030-01-01"],
    ["questionnaire", "gad7", "--answers", "1,1,1,1,1,1,1", "--date", "2026-06-13"],
    ["questionnaire", "madrs-s", "--answers", "1,1,1"],
    ["summary", "--from", "2026-06-01"],
    ["import", "{tmp}/missing.csv"],
    ["export", "-o", "{tmp}/out.json"],
    ["backup"],
]


@pytest.fixture
def pseudo(monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "pseudo")


def unmarked(text: str, typed: set[str]) -> list[str]:
    words = unbracketed_words(text)
    return [w for w in words if w.lower() not in typed and not _calendar_word(w.lower())]


def _calendar_word(word: str) -> bool:
    """A month or day name (babel's, English in the pseudo-locale), or its start where a narrow
    table cell broke it ("Ma" of "Mar")."""
    return any(name.startswith(word) for name in MONTHS_AND_DAYS) if len(word) >= 2 else False


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_cli_output_is_all_marked(pseudo, demo_journal, typed_words, tmp_path, args):
    db = tmp_path / "journal.sqlite3"
    db.write_bytes(demo_journal.read_bytes())
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.output.strip(), "the command said something"
    # Option names, command names and file paths are the CLI's public contract, never translated.
    # `background show` lists its fields by the names `background set FIELD` takes.
    output = re.sub(r"(?m)^[a-z-]+:", " ", result.output)
    output = re.sub(r"(--?[\w-]+|(?:/[\w.-]+)+|'[\w-]+'|`[^`]*`|\b[A-Z]{3,}\b)", " ", output)
    output = re.sub(r"\bmain( [a-z-]+)*", " ", output)  # the usage line names the commands
    assert unmarked(output, typed_words) == [], result.output


def test_every_pdf_page_is_all_marked(pseudo, demo_journal, typed_words, references, tmp_path):
    from trdjournal.analysis import analyse
    from trdjournal.i18n import use_locale
    from trdjournal.report import write_report
    from trdjournal.report.options import SECTIONS, plan_request
    from trdjournal.storage import Journal

    with Journal.open(demo_journal) as journal, use_locale("pseudo"):
        request = plan_request(
            appointments=[a.date for a in journal.appointments()],
            today=journal_today(),
            report_name="",
            start=None,
            end=None,
            sections=SECTIONS,
            include_name=False,
        )
        result = write_report(analyse(journal), request, tmp_path / "pseudo.pdf")
    from pypdf import PdfReader

    pages = [without(references, page.extract_text()) for page in PdfReader(str(result.path)).pages]
    assert len(pages) >= 5
    left = {i: unmarked(text, typed_words) for i, text in enumerate(pages, start=1)}
    assert {page: words for page, words in left.items() if words} == {}


def without(references: list[str], text: str) -> str:
    """``text`` with the cited sources taken out (references stay as published)."""
    text = " ".join(text.split())
    for reference in references:
        text = text.replace(reference, " ")
    return text


def journal_today():
    from trdjournal.domain.dates import today

    return today()


DATA = ROOT / "tests" / "data"
# Imports a user runs: the summary, each parser's notes, and a file refused (issue 21).
IMPORTS = [
    ["import", str(DATA / "daylio" / "current.csv")],
    ["import", str(DATA / "daylio" / "backup.daylio"), "--dry-run"],
    ["import", str(DATA / "daylio" / "resaved_cp1252.csv"), "--dry-run"],
    ["import", str(DATA / "emoods" / "entry.csv"), "--dry-run"],
    ["import", str(DATA / "apps" / "moodsnap.json"), "--dry-run"],
    ["import", str(DATA / "apps" / "bearable.csv"), "--dry-run"],
    ["import", "{tmp}/week.zip"],
    ["import", str(DATA / "daylio" / "malformed_date.csv")],
    ["import", str(DATA / "emoods" / "malformed.csv")],
]
# App names and the file formats they write are names, like drug names.
APP_NAMES = {"daylio", "emoods", "moodsnap", "bearable", "pixels", "csv", "json"}


@pytest.mark.parametrize("args", IMPORTS, ids=lambda a: Path(a[1]).name)
def test_import_summaries_and_refusals_are_all_marked(
    pseudo, demo_journal, typed_words, tmp_path, args
):
    db = tmp_path / "journal.sqlite3"
    db.write_bytes(demo_journal.read_bytes())
    with zipfile.ZipFile(tmp_path / "week.zip", "w") as archive:
        archive.writestr("notes.txt", "neither eMoods nor Daylio")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "[" in result.output, result.output
    output = re.sub(r"(--?[\w-]+|(?:/[\w.-]+)+|\b[A-Z]{3,}\b|\b[\w-]+\.\w+\b)", " ", result.output)
    assert unmarked(output, typed_words | APP_NAMES) == [], result.output


WEARABLES = DATA / "wearables"
# Each wearable importer on its good file (the summary, conflicts with what the demo journal's
# user typed) and on a refused one (issue 21: the wearables' notes and refusals).
WEARABLE_IMPORTS = [
    *[
        ("good", name, None)
        for name in (
            "apple_export.xml",
            "apple_export.zip",
            "Daily activity metrics.csv",
            "Health Connect.zip",
            "fitbit_takeout.zip",
            "garmin_export.zip",
            "oura_data.json",
            "oura_sleep.csv",
        )
    ],
    ("good", "Gadgetbridge", None),
    ("refused", "apple_export.xml", ('value="8000"', 'value="lots"')),
    ("refused", "apple_export.xml", ('startDate="2026-06-01 23:10', 'startDate="soon')),
    ("refused", "Daily activity metrics.csv", ("74.1,5230,", "74.1,lots,")),
    ("refused", "oura_data.json", ('"bedtime_end": "2026-06-02', '"bedtime_end": "x2026-06-02')),
    ("refused", "oura_sleep.csv", (";2026-06-02T06:55", ";x2026-06-02T06:55")),
    ("refused", "fitbit_takeout.zip", None),
    ("refused", "garmin_export.zip", None),
    ("refused", "Gadgetbridge", None),
    ("refused", "health_connect_export.db", None),
]
# Device, app and product names, like drug names; the file's own field and table names
# (bedtime_end, minutesAsleep, sleep[0], XIAOMI_SLEEP_TIME_SAMPLE) are shown as the file has them.
DEVICE_NAMES = {"apple", "health", "google", "fit", "fitbit", "oura", "garmin", "connect"}
DEVICE_NAMES |= {"gadgetbridge", "healthdata", "activitysummary", "takeout", "xml"}
_FIELD_NAMES = re.compile(r"\b\w*(?:_\w*|[a-z][A-Z]\w*|\[\d+\])|<\w+>")


def _wearable_file(tmp_path: Path, kind: str, name: str, change) -> Path:
    """The test file as built, or a refused variant of it (one value made wrong)."""
    import importlib.util
    import sqlite3

    spec = importlib.util.spec_from_file_location("build", WEARABLES / "build_wearable_files.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    target = tmp_path / name
    if name == "Gadgetbridge":
        build.gadgetbridge_db(target)
        if kind == "refused":
            with sqlite3.connect(target) as conn:
                conn.execute("UPDATE XIAOMI_SLEEP_TIME_SAMPLE SET WAKEUP_TIME = 'soon'")
        return target
    if name == "health_connect_export.db":  # the database of Health Connect.zip, on its own
        build.health_connect_db(target)
        with sqlite3.connect(target) as conn:
            conn.execute("UPDATE sleep_session_record_table SET end_time = 'soon'")
        return target
    if kind == "good":
        target.write_bytes((WEARABLES / name).read_bytes())
    elif change is not None:
        text = (WEARABLES / name).read_text(encoding="utf-8")
        assert change[0] in text, change
        target.write_text(text.replace(*change, 1), encoding="utf-8")
    else:  # a zip whose first JSON member is cut short
        with zipfile.ZipFile(WEARABLES / name) as source, zipfile.ZipFile(target, "w") as out:
            first = True
            for info in source.infolist():
                data = source.read(info)
                if first and info.filename.endswith(".json"):
                    data, first = data[: len(data) // 2], False
                out.writestr(info, data)
    return target


@pytest.mark.parametrize(
    ("kind", "name", "change"),
    WEARABLE_IMPORTS,
    ids=[f"{kind}-{name}-{i}" for i, (kind, name, _c) in enumerate(WEARABLE_IMPORTS)],
)
def test_wearable_imports_and_refusals_are_all_marked(
    pseudo, demo_journal, typed_words, tmp_path, kind, name, change
):
    db = tmp_path / "journal.sqlite3"
    db.write_bytes(demo_journal.read_bytes())
    path = _wearable_file(tmp_path, kind, name, change)
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(path), "--dry-run"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert (result.exit_code == 0) == (kind == "good"), result.output
    assert "[" in result.output, result.output
    shown = result.output
    if kind == "refused":
        # The CLI wraps the refusal in one message ("Error: {message}"), which would hide an
        # unmarked reason inside its brackets: check the refusal's own parts.
        from trdjournal.exchange import importer, wearables
        from trdjournal.exchange.incoming import MalformedFile
        from trdjournal.i18n import use_locale

        with use_locale("pseudo"), pytest.raises(MalformedFile) as refused:
            wearables.parse(path, importer.detect(path))
        shown = f"{refused.value.where}: {refused.value.reason}"
    output = _FIELD_NAMES.sub(" ", shown)
    output = re.sub(r"(--?[\w-]+|(?:/[\w. -]+)+|\b[A-Z]{3,}\b|\b[\w-]+\.\w+\b)", " ", output)
    assert unmarked(output, typed_words | APP_NAMES | DEVICE_NAMES) == [], shown


# Storage refusals a user meets: a backup that is not there, a file that is not a journal,
# the journal itself given as the backup to restore.
STORAGE = [
    ["restore", "{tmp}/missing.sqlite3"],
    ["--db", "{tmp}/notes.txt", "entries"],
    ["restore", "{tmp}/journal.sqlite3"],
]


@pytest.mark.parametrize("args", STORAGE, ids=" ".join)
def test_storage_refusals_are_all_marked(pseudo, demo_journal, typed_words, tmp_path, args):
    db = tmp_path / "journal.sqlite3"
    db.write_bytes(demo_journal.read_bytes())
    (tmp_path / "notes.txt").write_text("not a journal at all, just some words\n" * 200)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exit_code != 0, result.output
    assert "[" in result.output, result.output
    output = re.sub(r"(--?[\w-]+|(?:/[\w.-]+)+|`[^`]*`|\b[A-Z]{3,}\b)", " ", result.output)
    assert unmarked(output, typed_words) == [], result.output


# --help of the commands whose help texts are marked so far (the rest: issue 21, still English).
HELP = [["log", "--help"], ["import", "--help"], ["restore", "--help"], ["backup", "--help"]]


@pytest.mark.parametrize("args", HELP, ids=" ".join)
def test_help_of_marked_commands_is_all_marked(pseudo, tmp_path, args):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "j.sqlite3"), *args])
    assert result.exit_code == 0, result.output
    # Option names, metavars (FILE, INTEGER, YYYY-MM-DD) and the command line stay as typed.
    output = re.sub(r"\bmain [a-z-]+", " ", result.output)  # the usage line names the command
    output = re.sub(r"(--?[\w-]+|(?:/[\w.-]+)+|`[^`]*`|\b[A-Z][A-Z0-9=-]{2,}\b)", " ", output)
    assert unmarked(output, set()) == [], result.output


def test_help_is_swedish_under_a_swedish_locale(monkeypatch, tmp_path):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "j.sqlite3"), "import", "--help"])
    assert "Importera en trdjournal-export" in result.output
    assert "Visa vad som skulle läggas till" in result.output  # --dry-run

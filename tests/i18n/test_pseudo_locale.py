"""The check that cannot rot: under the pseudo-locale every message of the core, the CLI and
the PDF comes back [bracketed·····], so any English word left outside brackets is a string
that never went through the catalogue (trdjournal.i18n ``_``/``ngettext``).

Allowed outside brackets: method, scale and drug names, units, numbers, dates (babel writes
month names in the pseudo-locale's English), and what the journal's user typed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from pseudo_text import unbracketed_words, unmarked_words

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
    ["med", "start", "Lamictal 25mg", "--dose", "50", "--confirm-dose"],
    ["med", "start", "Lamictal 25mg", "--confirm-dose"],
    ["med", "list"],
    ["undo"],
]


@pytest.fixture
def pseudo(monkeypatch):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "pseudo")


def unmarked(text: str, typed: set[str], *, inside: bool = False) -> list[str]:
    """English left in ``text``: words outside brackets, and with ``inside`` also English
    filled into a translated message's placeholders (pseudo_text.unmarked_words)."""
    words = unmarked_words(text) if inside else unbracketed_words(text)
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
    # The values options take (--reason no-response) are shown as typed, too.
    assert unmarked(output, typed_words | typed_values()) == [], result.output


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
    left = {i: unmarked(text, typed_words, inside=True) for i, text in enumerate(pages, start=1)}
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


def command_paths(command: click.Command, path: tuple[str, ...] = ()):
    """Every command and group under ``command``, as the words a user types to reach it."""
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            yield from command_paths(command.get_command(ctx, name), (*path, name))


COMMAND_TREE = list(command_paths(main))


def typed_values() -> set[str]:
    """What the CLI takes as typed, in every language, so --help shows it as is: the choices
    of every option and argument, --detail's values, the pgx phenotypes, background FIELDs."""
    from trdjournal.domain import course_rules
    from trdjournal.domain.pgx import genes

    values = {
        str(choice)
        for _path, command in COMMAND_TREE
        for param in command.params
        if isinstance(param.type, click.Choice)
        for choice in param.type.choices
    }
    values |= {d for rule in course_rules.rules().values() for d in rule.details}
    values |= {p for phenotypes in genes().values() for p in phenotypes}
    return {w.lower() for v in values for w in re.split(r"[\s-]+", v) if w}


def test_every_command_has_a_help_text():
    undocumented = [" ".join(path) for path, command in COMMAND_TREE if not command.help]
    assert undocumented == []
    assert len(COMMAND_TREE) > 50  # the whole tree was walked, groups and their commands


def test_every_help_text_is_in_the_swedish_catalogue():
    """The pseudo-locale brackets whatever click's help passes through the catalogue, marked
    or not; so each help text itself (command help, epilog, option help) must be a message of
    the catalogue, extracted (marked ``N_``) and translated. A ``LazyHelp`` is built from
    ``_()`` calls babel extracts; the walk below checks what it builds, and the Swedish tests
    that it is built in the language of the moment."""
    from babel.messages.pofile import read_po

    from trdjournal.cli.click_messages import is_lazy

    with open(ROOT / "resources/locale/sv/LC_MESSAGES/trdjournal.po", "rb") as po:
        catalogue = read_po(po)
    texts = {
        (" ".join(path) or "trdjournal", text)
        for path, command in COMMAND_TREE
        for text in (command.help, command.epilog, *(p.help for p in command.params))
        if text and not is_lazy(text)
    }
    untranslated = sorted(
        (where, text) for where, text in texts if not getattr(catalogue.get(text), "string", "")
    )
    assert untranslated == []
    assert len(texts) > 150


@pytest.mark.parametrize(
    "path", [path for path, _command in COMMAND_TREE], ids=lambda p: " ".join(p) or "trdjournal"
)
def test_help_of_every_command_is_all_marked(pseudo, tmp_path, path):
    """``--help`` of every command and group (walked from the click tree, so a new command is
    checked the day it is added): click's own words, the help texts, the epilogs."""
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "j.sqlite3"), *path, "--help"])
    assert result.exit_code == 0, result.output
    assert "[" in result.output, result.output
    output = re.sub(r"\bmain( [a-z-]+)*", " ", result.output)  # the usage line's command
    # A group's list of commands: the names as typed, and each one's short help, which click
    # cuts to a sentence or the line, before its closing bracket (that command's own --help,
    # checked in full, has the whole text): a short help that starts marked is left out.
    output = re.sub(r"(?m)^  [a-z][\w-]*  +\[.*$", " ", output)
    output = re.sub(r"(?m)^  [a-z][\w-]*(?=  )", " ", output)
    # Option names, metavars (FILE, ID, YYYY-MM-DD), paths and the command lines quoted.
    output = re.sub(r"(--?[\w-]+|(?:/[\w.-]+)+|``?[^`]*``?|\b[A-Z][A-Z0-9=_-]+\b)", " ", output)
    assert unmarked(output, typed_values()) == [], result.output


def test_help_is_swedish_under_a_swedish_locale(monkeypatch, tmp_path):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", "sv")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "j.sqlite3"), "import", "--help"])
    assert "Importera en trdjournal-export" in result.output
    assert "Visa vad som skulle läggas till" in result.output  # --dry-run


@pytest.mark.parametrize(
    ("args", "swedish", "english"),
    [
        (["report", "--help"], "Kommaseparerad lista över delarna", "Comma list of the parts"),
        (["treatment", "add", "--help"], "administrationsväg (intravenous", "route (intravenous"),
        (["treatment", "--help"], "Lista behandlingstillfällen med deras id", "List treatment"),
        (["background", "set", "--help"], "ålder i år vid den första episoden", "age in years"),
        (["background", "pgx", "--help"], "Gener och deras fenotyper", "Genes and their"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_help_built_from_parts_follows_the_language_of_the_moment(
    monkeypatch, tmp_path, args, swedish, english
):
    """Help texts built from parts (LazyHelp) are built when shown: in one process (the
    commands defined once), Swedish, then English, then Swedish again."""
    db = ["--db", str(tmp_path / "j.sqlite3")]
    for language, expected, absent in (("sv", swedish, english), ("en", english, swedish),
                                       ("sv", swedish, english)):  # fmt: skip
        monkeypatch.setenv("TRDJOURNAL_LOCALE", language)
        output = " ".join(CliRunner().invoke(main, [*db, *args]).output.split())
        assert expected in output and absent not in output, output


def trdjournal(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The installed ``trdjournal`` command, run as a user runs it, in a clean environment."""
    script = Path(sys.executable).with_name("trdjournal")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "trdjournal"]
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    clean.pop("TRDJOURNAL_LOCALE", None)
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env={**clean, **env}, timeout=120
    )


@pytest.mark.parametrize(
    "env",
    [{"TRDJOURNAL_LOCALE": "sv"}, {"LANG": "sv_SE.UTF-8"}, {"LC_MESSAGES": "sv_SE.UTF-8"}],
    ids=lambda e: next(iter(e)),
)
def test_trdjournal_help_is_swedish_from_the_real_command(env, tmp_path):
    """`trdjournal --help` itself (the group's help, which click shows before any callback
    runs): click's headings, the program's description, the options and the commands."""
    result = trdjournal("--db", str(tmp_path / "j.sqlite3"), "--help", **env)
    assert result.returncode == 0, result.stderr
    said = result.stdout
    assert said.startswith("Användning: trdjournal [FLAGGOR] [KOMMANDO] [ARGUMENT]..."), said
    for swedish in ("Flaggor:", "Kommandon:", "Visa detta meddelande och avsluta.",
                    "behandlingsresistent depression", "Journalfil att använda",
                    "Lista dagsanteckningar, äldst först."):  # fmt: skip
        assert swedish in said, said
    for english in ("Usage:", "Options:", "Show this message", "Journal file to use"):
        assert english not in said, said


def test_a_group_help_and_a_click_refusal_are_swedish_from_the_real_command(tmp_path):
    db = str(tmp_path / "j.sqlite3")
    group = trdjournal("--db", db, "med", "--help", TRDJOURNAL_LOCALE="sv")
    assert group.returncode == 0, group.stderr
    assert "Läkemedel: insättningar, dosändringar och utsättningar." in group.stdout
    assert "Sätt ut ett pågående läkemedel DRUG." in group.stdout  # `med stop` in the list
    refused = trdjournal("--db", db, "nosuchcommand", TRDJOURNAL_LOCALE="sv")
    assert refused.returncode == 2
    assert "Fel: Inget sådant kommando: 'nosuchcommand'." in refused.stderr, refused.stderr
    english = trdjournal("--db", db, "med", "--help", LANG="C")
    assert "Medication starts, dose changes and stops." in english.stdout
    assert "Usage: trdjournal med [OPTIONS] COMMAND [ARGS]..." in english.stdout

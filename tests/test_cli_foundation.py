"""The public command line of the foundation: every command, and every refusal."""

from __future__ import annotations

import json

import pytest


def test_log_creates_then_replaces_the_days_checkin(cli):
    first = cli("log", "--date", "2026-06-01", "--mood", "4", "--sleep", "6.5", "--tag", "Walk")
    assert first.exit_code == 0, first.output
    assert "Saved" in first.output
    second = cli(
        "log",
        "--date",
        "2026-06-01",
        "--mood",
        "6",
        "--anxiety",
        "3",
        "--energy",
        "5",
        "--sleep",
        "7.25",
        "--sleep-quality",
        "4",
        "--activity",
        "45",
        "--steps",
        "4321",
        "--tag",
        "daylight",
        "--side-effect",
        "nausea=1",
        "--note",
        "Better afternoon, kändes bra",
        "--for-doctor",
    )
    assert "Updated" in second.output and "mood 4 -> 6" in second.output  # log updates (issue 14)
    rows = json.loads(cli("entries", "--json").output)
    assert rows == [
        {
            "date": "2026-06-01",
            "mood": 6,
            "anxiety": 3,
            "energy": 5,
            "sleep_hours": 7.25,
            "sleep_quality": 4,
            "activity_minutes": 45,
            "elevated": None,
            "irritability": None,
            "steps": 4321,
            "tags": ["daylight"],
            "side_effects": {"nausea": 1},
            "note": "Better afternoon, kändes bra",
            "for_doctor": True,
        }
    ]


def test_log_defaults_to_today(cli):
    cli("log", "--mood", "5")
    assert json.loads(cli("entries", "--json").output)[0]["date"] == "2026-06-15"


def test_entries_filters_by_range_and_prints_a_table(cli):
    for day, mood in [("2026-05-01", 3), ("2026-05-10", 5), ("2026-05-20", 7)]:
        cli("log", "--date", day, "--mood", str(mood), "--note", f"note {mood}")
    rows = json.loads(cli("entries", "--from", "2026-05-05", "--to", "2026-05-15", "--json").output)
    assert [r["date"] for r in rows] == ["2026-05-10"]
    table = cli("entries").output
    assert "2026-05-20" in table and "note 7" in table


def test_medication_course_by_brand_name(cli):
    assert cli("med", "start", "Zoloft", "--dose", "50", "--date", "2026-01-05").exit_code == 0
    assert (
        cli("med", "change", "sertraline", "--dose", "100", "--date", "2026-02-01").exit_code == 0
    )
    out = cli("med", "stop", "ZOLOFT", "--date", "2026-04-01", "--reason", "no-response")
    assert out.exit_code == 0, out.output
    events = json.loads(cli("med", "list", "--json").output)
    assert [(e["drug"], e["kind"], e["dose"], e["role"]) for e in events] == [
        ("sertraline", "start", 50.0, "antidepressant"),
        ("sertraline", "change", 100.0, "antidepressant"),
        ("sertraline", "stop", None, "antidepressant"),
    ]
    assert events[-1]["reason"] == "no-response"


def test_unknown_drug_is_allowed_as_other_and_augmentation_role_comes_from_the_table(cli):
    # issue 15: a name the table lacks is logged on purpose with --unlisted
    cli("med", "start", "Herbal Calm", "--dose", "300", "--date", "2026-03-01", "--unlisted")
    cli("med", "start", "Abilify", "--dose", "5", "--date", "2026-03-02")
    listing = cli("med", "list").output
    assert "herbal calm 300 mg/day (other)" in listing
    assert "aripiprazole 5 mg/day (augmentation)" in listing


def test_treatment_questionnaire_and_appointment(cli):
    assert (
        cli("treatment", "add", "rtms", "--date", "2026-06-01", "--note", "session 1").exit_code
        == 0
    )
    out = cli("questionnaire", "phq9", "--answers", "2,2,2,2,1,1,1,1,0", "--date", "2026-06-02")
    assert out.exit_code == 0
    assert "total 12 (moderate)" in out.output
    gad = cli("questionnaire", "gad7", "--answers", "3,3,3,3,3,3,3")
    assert "total 21 (severe)" in gad.output
    future = cli("appointment", "add", "--date", "2026-07-01", "--clinician", "Dr. Berg")
    assert future.exit_code == 0 and "Dr. Berg" in future.output


def test_phq9_item_9_shows_crisis_resources(cli):
    out = cli("questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1,1")
    assert "988" in out.output and "Samaritans" in out.output
    calm = cli("questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1,0")
    assert "988" not in calm.output


BAD_INPUTS = [
    (["log", "--mood", "11"], "--mood", "0 to 10"),
    (["log", "--mood", "5", "--date", "2026-02-30"], "--date", "YYYY-MM-DD"),
    (["log", "--mood", "5", "--sleep", "7.1"], "--sleep", "quarter hours"),
    (["log", "--mood", "5", "--date", "2026-06-16"], "--date", "future"),
    (["med", "start", "fluoxetine", "--dose", "-5"], "--dose", "above 0"),
    (["med", "stop", "bupropion"], "DRUG", "not running"),
    (
        ["med", "change", "sertraline", "--dose", "100", "--date", "2026-01-01"],
        "DRUG",
        "not running",
    ),
    (["med", "start", "sertraline", "--dose", "50", "--date", "2026-06-20"], "--date", "future"),
    (["questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1"], "--answers", "9 questions"),
    (["questionnaire", "phq9", "--answers", "1,1,1,1,1,1,1,1,4"], "answer 9", "0 to 3"),
    (
        ["questionnaire", "gad7", "--answers", "1,1,1,1,1,1,1", "--date", "2027-01-01"],
        "--date",
        "future",
    ),
    (["treatment", "add", "rtms", "--date", "2026-07-01"], "--date", "future"),
    (["treatment", "add", "hypnosis"], "KIND", "rtms"),
    (["med", "stop", "sertraline", "--reason", "bored"], "--reason", "no-response"),
]


@pytest.mark.parametrize(("args", "field", "allowed"), BAD_INPUTS)
def test_bad_input_exits_2_names_the_field_and_changes_nothing(
    cli, journal_path, args, field, allowed
):
    cli("log", "--date", "2026-06-01", "--mood", "5")
    cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-02-01")
    before = journal_path.read_bytes()
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert field in result.output
    assert allowed in result.output
    assert journal_path.read_bytes() == before


def test_every_command_has_help():
    from click.testing import CliRunner

    from trdjournal.cli import COMMANDS, main

    runner = CliRunner()
    for name in COMMANDS:
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command.help or command.short_help, f"{name} has no help"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        for sub in getattr(command, "commands", {}):
            result = runner.invoke(main, [name, sub, "--help"])
            assert result.exit_code == 0 and "Usage" in result.output, (name, sub)


def test_version():
    from click.testing import CliRunner

    from trdjournal import __version__
    from trdjournal.cli import main

    assert __version__ in CliRunner().invoke(main, ["--version"]).output


def test_version_does_not_load_the_journal_stack():
    """``trdjournal --version`` stays quick: sqlite-utils (which imports numpy) waits for a command."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from trdjournal.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('sqlite_utils', 'numpy', 'trdjournal.storage') if m in sys.modules))\n"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(src), "PATH": ""},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_default_journal_lives_in_the_private_data_folder(isolated_environment):
    from click.testing import CliRunner

    from trdjournal.cli import main

    result = CliRunner().invoke(main, ["log", "--mood", "5"])
    assert result.exit_code == 0, result.output
    folder = isolated_environment / "trdjournal"
    assert (folder / "journal.sqlite3").exists()
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert oct((folder / "journal.sqlite3").stat().st_mode & 0o777) == "0o600"


def test_db_env_variable_selects_the_journal(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from trdjournal.cli import main

    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("TRDJOURNAL_DB", str(target))
    assert CliRunner().invoke(main, ["log", "--mood", "5"]).exit_code == 0
    assert target.exists()


def test_list_commands_print_lines_or_say_none_and_refuse_a_reversed_period(cli):
    assert cli("event", "list").output == "No life events logged in this period.\n"
    assert cli("lab", "list").output == "No lab results logged in this period.\n"
    assert cli("entries").output == "No check-ins in this period.\n"
    cli("event", "add", "--date", "2026-06-10", "--impact", "-3", "lost", "my", "job")
    cli("lab", "add", "TSH", "2.1", "mIU/L", "--date", "2026-06-01")
    assert cli("event", "list").output == "   1  2026-06-10  -3  lost my job\n"
    assert cli("lab", "list", "--name", "tsh").output.startswith("   1  2026-06-01  TSH 2.1 mIU/L")
    for args in (("entries",), ("event", "list"), ("lab", "list")):
        result = cli(*args, "--from", "2026-06-10", "--to", "2026-06-01")
        assert result.exit_code == 2, result.output
        assert "Invalid value for --from: 2026-06-10 is after --to 2026-06-01" in result.output
    result = cli("summary", "--from", "2026-06-20")
    assert result.exit_code == 2
    assert "Invalid value for --from: 2026-06-20 is after --to 2026-06-15" in result.output


def test_med_lines_show_dose_per_day_and_stop_reason(cli):
    started = cli("med", "start", "sertraline", "--dose", "50", "--date", "2026-01-05")
    assert started.output.startswith("2026-01-05: start sertraline 50 mg/day.\n")
    stopped = cli("med", "stop", "sertraline", "--date", "2026-04-01", "--reason", "no-response")
    assert stopped.output == "2026-04-01: stop sertraline (no response).\n"
    history = cli("med", "list").output.split("History:\n")[1]
    assert history == (
        "  2026-01-05  start  sertraline 50 mg/day  (id 1)\n"
        "  2026-04-01  stop   sertraline (no response)  (id 2)\n"
    )  # the ids are for `med edit ID` and `med delete ID` (issue 14)


def test_background_show_json_has_every_field(cli):
    cli("background", "set", "episode-start", "2025-01-10")
    cli("background", "set", "family-history", "depression:mother")
    cli("background", "set", "childhood-adversity", "no")
    cli("background", "set", "other-conditions", "thyroid disease")
    assert json.loads(cli("background", "show", "--json").output) == {
        "episode_start": "2025-01-10",
        "age_at_first_episode": None,
        "earlier_episodes": None,
        "family_history": [{"condition": "depression", "relation": "mother"}],
        "childhood_adversity": False,
        "childhood_adversity_note": "",
        "other_conditions": ["thyroid disease"],
        "pgx": [],  # pharmacogenomic results (issue 19), none logged
    }


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["log", "--mood", "5", "--side-effect", "nausea"], "--side-effect"),
        (["entries", "--from", "2026-06-10", "--to", "2026-06-01"], "--from"),
    ],
)
def test_messages_name_the_option_the_user_typed(cli, args, named):
    result = cli(*args)
    assert result.exit_code == 2
    assert f"Invalid value for {named}:" in result.output


def test_a_journal_in_a_folder_of_the_users_leaves_that_folders_mode_alone(tmp_path):
    """`--db /tmp/x.sqlite3` once made /tmp owner-only (apt then failed to write there): the
    app's own files are 0600 and backups/ is 0700, but a folder the user chose keeps its mode."""
    from click.testing import CliRunner

    from trdjournal.cli import main

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    runner = CliRunner()
    journal = shared / "journal.sqlite3"
    assert runner.invoke(main, ["--db", str(journal), "log", "--mood", "5"]).exit_code == 0
    assert runner.invoke(main, ["--db", str(journal), "backup"]).exit_code == 0
    assert oct(shared.stat().st_mode & 0o7777) == "0o1777"
    assert oct(journal.stat().st_mode & 0o777) == "0o600"
    assert oct((shared / "backups").stat().st_mode & 0o777) == "0o700"

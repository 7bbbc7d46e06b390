"""`trdjournal encrypt` / `decrypt` and every other command on an encrypted journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.crypto.journal_helpers import (
    PASSPHRASE,
    SECRET_NOTES,
    every_row,
    files_and_bytes,
    secrets_found,
)

from trdjournal.storage.cipher import is_encrypted

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(journal_path, monkeypatch):
    """``trdjournal --db <temp journal> ARGS`` with optional typed input and environment."""
    from trdjournal.cli import main

    def invoke(*args: str, input: str | None = None, env: dict | None = None):
        monkeypatch.delenv("TRDJOURNAL_PASSPHRASE", raising=False)
        monkeypatch.delenv("TRDJOURNAL_NEW_PASSPHRASE", raising=False)
        return CliRunner().invoke(
            main, ["--db", str(journal_path), *args], input=input, env=env or {}
        )

    return invoke


@pytest.fixture
def logged(run, journal_path):
    for day, note in [("2026-06-01", SECRET_NOTES[0]), ("2026-06-02", SECRET_NOTES[1])]:
        assert run("log", "--date", day, "--mood", "4", "--note", note).exit_code == 0
    assert run("med", "start", "sertraline", "--dose", "50", "--date", "2026-05-01").exit_code == 0
    return json.loads(run("entries", "--json").output)


def test_encrypt_asks_twice_then_every_command_asks_once(run, journal_path, logged):
    done = run("encrypt", input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert done.exit_code == 0, done.output
    assert "Encrypted" in done.output and "Keep the passphrase safe" in done.output
    assert PASSPHRASE not in done.output  # typed hidden
    assert is_encrypted(journal_path)
    assert secrets_found(journal_path.read_bytes()) == []
    shown = run("entries", "--json", input=f"{PASSPHRASE}\n")
    assert shown.exit_code == 0, shown.output
    assert "Passphrase for" in shown.output
    assert json.loads(shown.output[shown.output.index("[") :]) == logged


def test_mistyped_confirmation_asks_again(run, journal_path, logged):
    done = run("encrypt", input=f"{PASSPHRASE}\ntypo\n{PASSPHRASE}\n{PASSPHRASE}\n")
    assert done.exit_code == 0, done.output
    assert "do not match" in done.output
    run_env = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE}
    assert json.loads(run("entries", "--json", env=run_env).output) == logged


def test_a_wrong_passphrase_exits_1_and_changes_nothing(run, journal_path, logged):
    run("encrypt", env={"TRDJOURNAL_PASSPHRASE": PASSPHRASE})
    before = files_and_bytes(journal_path.parent)
    for args in (["entries"], ["log", "--mood", "5"], ["decrypt"], ["encrypt"]):
        result = run(*args, env={"TRDJOURNAL_PASSPHRASE": "wrong"})
        assert result.exit_code == 1, args
        assert "Wrong passphrase" in result.output
        assert "Traceback" not in result.output
    assert files_and_bytes(journal_path.parent) == before


def test_encrypt_decrypt_round_trip_through_the_cli(run, journal_path, logged):
    rows = every_row(journal_path, None)
    assert run("encrypt", env={"TRDJOURNAL_PASSPHRASE": PASSPHRASE}).exit_code == 0
    out = run("decrypt", env={"TRDJOURNAL_PASSPHRASE": PASSPHRASE})
    assert out.exit_code == 0, out.output
    assert "Decrypted" in out.output
    assert json.loads(run("entries", "--json").output) == logged
    assert every_row(journal_path, None) == rows


def test_changing_the_passphrase_from_a_script(run, journal_path, logged):
    run("encrypt", env={"TRDJOURNAL_PASSPHRASE": PASSPHRASE})
    env = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE, "TRDJOURNAL_NEW_PASSPHRASE": "second"}
    changed = run("encrypt", env=env)
    assert changed.exit_code == 0, changed.output
    assert "Changed the passphrase" in changed.output
    assert run("entries", env={"TRDJOURNAL_PASSPHRASE": PASSPHRASE}).exit_code == 1
    shown = run("entries", "--json", env={"TRDJOURNAL_PASSPHRASE": "second"})
    assert json.loads(shown.output) == logged


def test_decrypting_a_plain_journal_has_nothing_left_to_do(run, logged):
    result = run("decrypt")  # issue 14: a run with nothing left to do says so, exit 0
    assert result.exit_code == 0
    assert "not encrypted" in result.output and "nothing left to do" in result.output


def test_no_journal_no_question(run, journal_path):
    for command in ("encrypt", "decrypt"):
        result = run(command)
        assert result.exit_code == 1
        assert "There is no journal" in result.output and "passphrase" not in result.output
    assert not journal_path.exists()


def test_a_plain_journal_never_loads_sqlcipher(cli_with_blocked_imports):
    """Block sqlcipher3 outright: plain journals work exactly as before, start-up included."""
    for args in (["demo", "--days", "30"], ["entries", "--json"], ["log", "--mood", "4"]):
        result = cli_with_blocked_imports(("sqlcipher3",), *args)
        assert result.returncode == 0, result.stderr

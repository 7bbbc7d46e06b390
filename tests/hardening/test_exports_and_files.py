"""Finding 11 (CSV export safe for spreadsheets, JSON exact), finding 12 (everything written is
0600; folders we make are 0700; the user's folder keeps its mode) and finding 15 (backup
--list with a wrong passphrase is refused, not "damaged")."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile

import pytest

PASSPHRASE = "correct horse battery staple"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_csv_export_defuses_formulas_and_has_a_bom(cli, tmp_path):
    for day, note in (
        ("2026-06-01", '=HYPERLINK("http://x")'),
        ("2026-06-02", "+1"),
        ("2026-06-03", "-2"),
        ("2026-06-04", "@SUM(A1)"),
        ("2026-06-05", "ångest"),
    ):
        assert cli("log", "--date", day, "--mood", "5", "--note", note).exit_code == 0
    assert cli("event", "add", "--date", "2026-06-01", "--impact", "-3", "moved").exit_code == 0
    out = tmp_path / "x.zip"
    assert cli("export", "--format", "csv", "-o", str(out)).exit_code == 0
    with zipfile.ZipFile(out) as archive:
        raw = archive.read("checkins.csv")
        events = archive.read("life_events.csv").decode("utf-8-sig")
    assert raw.startswith(b"\xef\xbb\xbf")
    notes = [row["note"] for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))]
    assert notes == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "ångest"]
    assert next(csv.DictReader(io.StringIO(events)))["impact"] == "-3"  # a number stays one
    # The JSON export stays exact.
    assert cli("export", "-o", str(tmp_path / "x.json")).exit_code == 0
    document = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert [c["note"] for c in document["checkins"]][:4] == [
        "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)",
    ]  # fmt: skip


def test_everything_written_is_owner_only_and_the_users_folder_keeps_its_mode(
    cli, journal_path, tmp_path
):
    old = os.umask(0o022)
    try:
        assert cli("log", "--date", "2026-06-14", "--mood", "4").exit_code == 0
        assert cli("log", "--mood", "5").exit_code == 0  # the daily backup
        chosen = tmp_path / "shared"
        chosen.mkdir(mode=0o755)
        os.chmod(chosen, 0o755)
        written = {
            "report": chosen / "r.pdf",
            "json": chosen / "x.json",
            "csv": chosen / "x.zip",
            "backup": chosen / "b.sqlite3",
        }
        runs = {
            "report": ("report", "-o", str(written["report"]), "--from", "2026-06-01"),
            "json": ("export", "-o", str(written["json"])),
            "csv": ("export", "--format", "csv", "-o", str(written["csv"])),
            "backup": ("backup", "-o", str(written["backup"])),
        }
        for name, args in runs.items():
            result = cli(*args)
            assert result.exit_code == 0, (name, result.output)
        assert cli("backup").exit_code == 0
    finally:
        os.umask(old)
    for name, path in written.items():
        assert _mode(path) == 0o600, name
    assert _mode(chosen) == 0o755  # not widened, not changed
    assert sorted(p.name for p in chosen.iterdir()) == sorted(p.name for p in written.values())
    backups = journal_path.parent / "backups"
    assert _mode(backups) == 0o700
    assert {_mode(p) for p in backups.iterdir()} == {0o600}
    assert _mode(journal_path) == 0o600


@pytest.mark.parametrize("where", ["-o", "report"])
def test_writing_into_a_missing_folder_is_an_input_error(cli, tmp_path, where):
    assert cli("log", "--mood", "5").exit_code == 0
    target = str(tmp_path / "missing" / "out.file")
    args = {"-o": ("export", "-o", target), "report": ("report", "-o", target)}[where]
    result = cli(*args)
    assert result.exit_code == 2
    assert "does not exist" in result.output
    result = cli("backup", "-o", target)  # backup -o makes its folder, as it always did
    assert result.exit_code == 0, result.output
    assert _mode(tmp_path / "missing") == 0o700 and _mode(target) == 0o600


def test_backup_list_with_a_wrong_passphrase_says_so(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from trdjournal.cli import main

    path = tmp_path / "journal.sqlite3"
    runner = CliRunner()
    env = {"TRDJOURNAL_PASSPHRASE": PASSPHRASE}
    assert runner.invoke(main, ["--db", str(path), "log", "--mood", "4"], env=env).exit_code == 0
    assert runner.invoke(main, ["--db", str(path), "encrypt"], env=env).exit_code == 0
    assert runner.invoke(main, ["--db", str(path), "backup"], env=env).exit_code == 0
    right = runner.invoke(main, ["--db", str(path), "backup", "--list"], env=env)
    assert right.exit_code == 0 and "(encrypted)" in right.output
    wrong = runner.invoke(
        main, ["--db", str(path), "backup", "--list"], env={"TRDJOURNAL_PASSPHRASE": "nope"}
    )
    assert wrong.exit_code == 1
    assert "Wrong passphrase" in wrong.output
    assert "damaged" not in wrong.output

"""Hostile and broken files (issue 14, findings 5 and 6): each refused naming the file, where and
the limit, exit 2, the journal untouched, never a traceback."""

from __future__ import annotations

import zipfile

import pytest

from trdjournal.exchange import limits

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


@pytest.fixture
def logged(cli, journal_path):
    cli("log", "--date", "2026-05-01", "--mood", "5")
    return journal_path.read_bytes()


def _refused(cli, journal_path, before, path, *words):
    result = cli("import", str(path))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert str(path) in result.output
    for word in words:
        assert word in result.output, result.output
    assert journal_path.read_bytes() == before
    return result


def test_a_zip_bomb_is_refused_by_its_ratio_before_inflating(cli, journal_path, logged, tmp_path):
    bomb = tmp_path / "bomb.emoods"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("entry.csv", b"ID,DATE (YYYY-MM-DD)\n" + b"0" * (20 * limits.MB))
    assert bomb.stat().st_size < 100_000
    _refused(cli, journal_path, logged, bomb, "entry 'entry.csv'", "limit of 100 to 1")


def test_a_zip_declaring_more_than_the_limit_is_refused(
    cli, journal_path, logged, tmp_path, monkeypatch
):
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 1000)
    big = tmp_path / "big.emoods"
    with zipfile.ZipFile(big, "w") as archive:
        archive.writestr("entry.csv", "x" * 5000)
    _refused(cli, journal_path, logged, big, "over the import limit of 0 MB")


def test_a_zip_entry_named_outside_the_archive_is_refused(cli, journal_path, logged, tmp_path):
    evil = tmp_path / "evil.daylio"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("backup.daylio", "e30=")
        archive.writestr("../../outside.txt", "x")
    _refused(cli, journal_path, logged, evil, "entry '../../outside.txt'", "points outside")


def test_a_truncated_zip_is_refused(cli, journal_path, logged, data, tmp_path):
    cut = tmp_path / "cut.daylio"
    cut.write_bytes((data / "daylio" / "backup.daylio").read_bytes()[:-30])
    result = cli("import", str(cut))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert journal_path.read_bytes() == logged


def test_a_field_over_128_kb_is_refused_with_its_line(cli, journal_path, logged, tmp_path):
    huge = tmp_path / "huge.csv"
    huge.write_text(
        HEADER + f'2026-06-01,June 1,Monday,9:00 pm,good,"","","{"x" * 200_000}"\n',
        encoding="utf-8",
    )
    _refused(cli, journal_path, logged, huge, "line 2", "longer than 128 KB")


def test_a_file_over_the_size_limit_is_refused_naming_it(
    cli, journal_path, logged, data, monkeypatch
):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 100)
    _refused(cli, journal_path, logged, data / "daylio" / "current.csv", "over the import limit")


def test_bytes_that_are_not_text_are_refused(cli, journal_path, logged, tmp_path):
    nul = tmp_path / "nul.csv"
    nul.write_bytes(HEADER.encode() + b"2026-06-01,June 1,Monday,9:00 pm,good,\x00,,\n")
    _refused(cli, journal_path, logged, nul, "NUL bytes")


def test_a_bare_backup_that_is_not_base64_json_is_refused(cli, journal_path, logged, tmp_path):
    broken = tmp_path / "broken.daylio"
    broken.write_bytes(b"eyJkYXlFbnRyaWVzIjogWw")  # base64 of '{"dayEntries": [' cut short
    _refused(cli, journal_path, logged, broken, "the backup")


def test_a_backup_entry_with_an_unknown_mood_names_the_entry(cli, journal_path, logged, tmp_path):
    import base64
    import json

    document = {"customMoods": [{"id": 1, "mood_group_id": 1}], "tags": [], "dayEntries": [
        {"year": 2026, "month": 0, "day": 2, "hour": 9, "minute": 0, "mood": 1, "tags": []},
        {"year": 2026, "month": 0, "day": 3, "hour": 9, "minute": 0, "mood": 8, "tags": []},
    ]}  # fmt: skip
    backup = tmp_path / "backup.daylio"
    backup.write_bytes(base64.b64encode(json.dumps(document).encode()))
    _refused(cli, journal_path, logged, backup, "dayEntries[1].mood", "mood id 8")


def test_format_daylio_on_a_backup_reads_the_backup(cli, data):
    result = cli("import", str(data / "daylio" / "backup.daylio"), "--format", "daylio")
    assert result.exit_code == 0, result.output
    assert "(Daylio backup)" in result.output

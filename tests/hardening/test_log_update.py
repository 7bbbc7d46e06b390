"""Finding 2: `log` on a day already logged changes only the fields given, and says what."""

from __future__ import annotations

import datetime as dt

from trdjournal.storage import Journal

DAY = "2026-06-14"


def _full_day(cli) -> None:
    result = cli(
        "log", "--date", DAY, "--mood", "4", "--anxiety", "6", "--tag", "walk",
        "--side-effect", "nausea=2", "--note", "for the doctor", "--for-doctor",
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def test_log_on_a_logged_day_changes_only_the_fields_given(cli, journal_path):
    _full_day(cli)
    result = cli("log", "--date", DAY, "--mood", "7")
    assert result.exit_code == 0, result.output
    assert "mood 4 -> 7" in result.output
    assert "anxiety" not in result.output  # unchanged fields are not listed
    with Journal.open(journal_path) as journal:
        day = journal.checkin(dt.date.fromisoformat(DAY))
    assert (day.mood, day.anxiety, day.tags) == (7, 6, ("walk",))
    assert day.side_effects == {"nausea": 2}
    assert (day.note, day.for_doctor) == ("for the doctor", True)


def test_log_update_prints_every_change_and_can_be_undone(cli, journal_path):
    _full_day(cli)
    result = cli("log", "--date", DAY, "--anxiety", "2", "--note", "", "--not-for-doctor")
    assert result.exit_code == 0, result.output
    assert "anxiety 6 -> 2" in result.output
    assert "note 'for the doctor' -> (empty)" in result.output
    assert "for the doctor yes -> no" in result.output
    assert cli("undo").exit_code == 0
    with Journal.open(journal_path) as journal:
        day = journal.checkin(dt.date.fromisoformat(DAY))
    assert (day.anxiety, day.note, day.for_doctor) == (6, "for the doctor", True)


def test_log_replace_keeps_the_old_full_replacement(cli, journal_path):
    _full_day(cli)
    result = cli("log", "--date", DAY, "--mood", "7", "--replace")
    assert result.exit_code == 0, result.output
    assert "Replaced the check-in" in result.output
    with Journal.open(journal_path) as journal:
        day = journal.checkin(dt.date.fromisoformat(DAY))
    assert (day.mood, day.anxiety, day.tags, day.note, day.for_doctor) == (7, None, (), "", False)


def test_a_new_day_still_needs_a_mood_and_nothing_is_written(cli, journal_path):
    result = cli("log", "--date", DAY, "--anxiety", "3")
    assert result.exit_code == 2
    assert "--mood" in result.output
    with Journal.open(journal_path) as journal:
        assert journal.checkins() == []


def test_log_with_nothing_new_changes_nothing(cli, journal_path):
    _full_day(cli)
    result = cli("log", "--date", DAY, "--mood", "4")
    assert result.exit_code == 0
    assert "nothing was changed" in result.output
    with Journal.open(journal_path) as journal:
        assert len(journal.revisions()) == 1


def test_log_help_explains_update_and_replace(cli):
    text = cli("log", "--help").output
    assert "only the fields you give change" in text
    assert "--replace" in text

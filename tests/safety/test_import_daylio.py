"""Importing Daylio CSV exports, from real files on disk, through the command line."""

from __future__ import annotations

import datetime as dt

import pytest

from trdjournal.storage import Journal

D = dt.date
VARIANTS = ["current.csv", "no_title.csv", "year.csv"]


@pytest.mark.parametrize("name", VARIANTS)
def test_each_header_variant_gives_the_same_days(days_of, cli, data, name):
    result = cli("import", str(data / "daylio" / name))
    assert result.exit_code == 0, result.output
    assert "Daylio CSV" in result.output
    assert "check-ins: 3 added, 0 replaced, 0 skipped" in result.output
    days = days_of(cli)
    assert sorted(days) == ["2026-06-08", "2026-06-09", "2026-06-10"]
    # 8:15 am meh (5) and 10:00 pm good (7) on one day: mean 6, activities of both, in order
    assert days["2026-06-10"]["mood"] == 6
    assert days["2026-06-10"]["tags"] == ["work", "friends", "movies and tv"]
    assert days["2026-06-09"]["mood"] == 1  # 12:30 am / 00:30 awful
    assert days["2026-06-09"]["tags"] == ["bad sleep"]
    assert days["2026-06-09"]["note"] == "Could not sleep"
    assert days["2026-06-08"]["mood"] == 9
    assert days["2026-06-08"]["tags"] == ["nature walk", "sport"]
    expected_note = "Saw Ana.\nFelt lighter."
    if name == "current.csv":  # the variant with note titles keeps the title above the note
        expected_note = "Evening\n" + expected_note
        assert days["2026-06-08"]["note"] == "Hike"
    # Two entries that day: the lowest mood is kept in the note, each note after its time.
    lowest = "Lowest mood of the day: 5 at 08:15 (2 entries; the mood is their mean)."
    assert days["2026-06-10"]["note"] == f"{lowest}\n\n[22:00] {expected_note}"
    assert "entries in the file: 4; check-ins written: 3; days merged: 1" in result.output
    assert "1 day had several entries (merged: mood = the mean" in result.output


def test_several_entries_a_day_average_with_halves_rounded_up(days_of, cli, tmp_path):
    export = tmp_path / "daylio.csv"
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2026-06-02,June 2,Tuesday,11:00 pm,meh,"","","evening"\n'
        '2026-06-02,June 2,Tuesday,3:00 pm,meh,"","","afternoon"\n'
        '2026-06-02,June 2,Tuesday,7:00 am,bad,"","","morning"\n'
        '2026-06-01,June 1,Monday,20:00,fine,"","",""\n'
        '2026-06-01,June 1,Monday,09:00,good,"","",""\n',
        encoding="utf-8",
    )
    result = cli("import", str(export), "--mood-map", "fine=8")
    assert result.exit_code == 0, result.output
    days = days_of(cli)
    assert days["2026-06-01"]["mood"] == 8  # (7 + 8) / 2 = 7.5 -> 8
    assert days["2026-06-02"]["mood"] == 4  # (3 + 5 + 5) / 3 = 4.33 -> 4
    assert days["2026-06-02"]["note"] == (
        "Lowest mood of the day: 3 at 07:00 (3 entries; the mood is their mean).\n\n"
        "[07:00] morning\n\n[15:00] afternoon\n\n[23:00] evening"
    )
    assert days["2026-06-01"]["note"] == (
        "Lowest mood of the day: 7 at 09:00 (2 entries; the mood is their mean)."
    )
    assert "entries in the file: 5; check-ins written: 2; days merged: 2" in result.output


def test_unknown_labels_stop_the_import_and_say_how_to_map_them(days_of, cli, data, journal_path):
    cli("log", "--date", "2026-05-01", "--mood", "5")
    before = journal_path.read_bytes()
    export = data / "daylio" / "renamed_labels.csv"
    result = cli("import", str(export))
    assert result.exit_code == 2
    assert '"super" (2 entries, first on line 2)' in result.output
    assert '"so-so" (1 entry, first on line 4)' in result.output
    assert '--mood-map "super=N,so-so=N"' in result.output
    assert "Nothing was imported" in result.output
    assert journal_path.read_bytes() == before
    result = cli("import", str(export), "--mood-map", "Super=10, so-so=5")
    assert result.exit_code == 0, result.output
    days = days_of(cli)
    assert [days[d]["mood"] for d in ("2026-05-31", "2026-06-01", "2026-06-02", "2026-06-03")] == [
        10,
        5,
        7,
        10,
    ]


def test_a_bad_mood_map_is_refused_naming_the_option(cli, data):
    result = cli("import", str(data / "daylio" / "current.csv"), "--mood-map", "great=11")
    assert result.exit_code == 2
    assert "--mood-map" in result.output and "0 (worst) to 10 (best)" in result.output


@pytest.mark.parametrize(
    ("name", "where", "reason"),
    [
        # the first row's note spans three lines, so the bad row starts on line 5
        ("malformed_time.csv", "line 5", 'the time "25:61"'),
        ("malformed_date.csv", "line 3", 'full_date "2026-02-30" is not a date'),
    ],
)
def test_a_malformed_row_stops_the_import_with_its_line(
    cli, data, journal_path, name, where, reason
):
    cli("log", "--date", "2026-05-01", "--mood", "5")
    before = journal_path.read_bytes()
    result = cli("import", str(data / "daylio" / name))
    assert result.exit_code == 2
    assert f"{name}, {where}: {reason}" in result.output
    assert "Nothing was imported" in result.output
    assert journal_path.read_bytes() == before
    with Journal.open(journal_path) as journal:
        assert [c.date for c in journal.checkins()] == [D(2026, 5, 1)]


def test_a_row_with_missing_fields_is_malformed(cli, tmp_path):
    export = tmp_path / "short.csv"
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note\n2026-06-01,June 1,Monday,9:00 pm,good\n",
        encoding="utf-8",
    )
    result = cli("import", str(export))
    assert result.exit_code == 2
    assert "line 2: has 5 fields; the header has 7" in result.output


def test_importing_the_same_file_twice_adds_nothing(cli, data, journal_path):
    export = data / "daylio" / "current.csv"
    assert cli("import", str(export)).exit_code == 0
    with Journal.open(journal_path) as journal:
        revisions = len(journal.revisions())
    before = journal_path.read_bytes()
    result = cli("import", str(export))
    assert result.exit_code == 0
    assert "Nothing new" in result.output
    assert "check-ins: 0 added, 0 replaced, 3 skipped" in result.output
    assert journal_path.read_bytes() == before
    with Journal.open(journal_path) as journal:
        assert len(journal.revisions()) == revisions


def test_a_day_already_logged_keeps_what_daylio_does_not_record(days_of, cli, data, journal_path):
    cli("log", "--date", "2026-06-09", "--mood", "4", "--sleep", "5.5", "--anxiety", "8")
    result = cli("import", str(data / "daylio" / "current.csv"), "--dry-run")
    # A day logged here is not overwritten without asking: kept and listed.
    assert (
        "check-ins: 2 to add, 0 to replace, 0 skipped (already in the journal), 1 in conflict"
        in (result.output)
    )
    assert "in conflict, kept as they are" in result.output and "2026-06-09" in result.output
    assert "nothing was written" in result.output
    assert list(days_of(cli)) == ["2026-06-09"]
    cli("import", str(data / "daylio" / "current.csv"))
    assert days_of(cli)["2026-06-09"]["mood"] == 4
    result = cli("import", str(data / "daylio" / "current.csv"), "--overwrite")
    assert "check-ins: 0 added, 1 replaced" in result.output
    day = days_of(cli)["2026-06-09"]
    assert (day["mood"], day["sleep_hours"], day["anxiety"]) == (1, 5.5, 8)
    # The replaced day's previous version is kept in the history.
    with Journal.open(journal_path) as journal:
        replaced = [r for r in journal.revisions() if r.action == "update"]
        assert [(r.row_key, r.before["mood"], r.after["mood"]) for r in replaced] == [
            ("2026-06-09", 4, 1)
        ]


def test_the_format_is_recognised_without_format(cli, data, tmp_path):
    assert "Daylio CSV" in cli("import", str(data / "daylio" / "year.csv"), "--dry-run").output
    assert "eMoods" in cli("import", str(data / "emoods" / "entry.csv"), "--dry-run").output
    other = tmp_path / "other.csv"
    other.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    result = cli("import", str(other))
    assert result.exit_code == 2
    assert "give --format trdjournal, daylio, daylio-backup, emoods" in result.output
    assert "--format csv with --date-column and --mood-column" in result.output

"""Every export people bring (issue 16): each variant from a file built for it, through the CLI.

For each file the summary says how many entries the file held, how many check-ins were
written and how many days were merged; the tests hold it to those numbers and to what the
journal then shows.
"""

from __future__ import annotations

import dataclasses

import pytest

from trdjournal.storage import Journal

CASES = {
    # file (under tests/data), extra options: (format named, entries, written, merged, encoding)
    "daylio/scales_html.csv": ((), "Daylio CSV", 3, 3, 0, "UTF-8"),
    "daylio/old_polish.csv": (("--mood-map", "dobrze=7,źle=3"), "Daylio CSV", 3, 3, 0, "UTF-8"),
    "daylio/old_german.csv": (("--mood-map", "gut=7,schlecht=3"), "Daylio CSV", 3, 3, 0, "UTF-8"),
    "daylio/backup.daylio": ((), "Daylio backup", 4, 3, 1, None),
    "daylio/backup_bare.daylio": ((), "Daylio backup", 4, 3, 1, None),
    "daylio/resaved_cp1252.csv": ((), "Daylio CSV", 2, 2, 0, "Windows-1252 (cp1252)"),
    "daylio/resaved_utf16.csv": ((), "Daylio CSV", 2, 2, 0, "UTF-16"),
    "daylio/resaved_utf8_bom.csv": ((), "Daylio CSV", 2, 2, 0, "UTF-8 with a byte-order mark"),
    "daylio/current.csv": ((), "Daylio CSV", 4, 3, 1, "UTF-8"),
    "emoods/entry.csv": ((), "eMoods", 5, 4, 0, "UTF-8"),
    "apps/bearable.csv": ((), "Bearable CSV", 3, 2, 1, "UTF-8"),
    "apps/pixels.json": ((), "Pixels JSON", 4, 3, 1, None),
    "apps/moodsnap.json": ((), "MoodSnap JSON", 4, 2, 1, None),
    "apps/generic.csv": (
        ("--date-column", "Datum", "--mood-column", "Stimmung", "--note-column", "Notiz")
        + ("--mood-scale", "1-5", "--date-format", "%d/%m/%Y"),
        "CSV (your columns)",
        3,
        2,
        1,
        "UTF-8",
    ),  # fmt: skip
}


@pytest.mark.parametrize("name", CASES)
def test_each_file_imports_with_its_counts_in_the_summary(days_of, cli, data, name):
    options, kind, entries, written, merged, encoding = CASES[name]
    result = cli("import", str(data / name), *options)
    assert result.exit_code == 0, result.output
    assert f"({kind})" in result.output
    assert (
        f"entries in the file: {entries}; check-ins written: {written}; days merged: {merged}"
        in (result.output)
    )
    if encoding:
        assert f"Read as {encoding}." in result.output
    if merged:
        assert f"{merged} day{'s' if merged > 1 else ''} had several entries (merged:" in (
            result.output
        )
    assert len(days_of(cli)) == written
    again = cli("import", str(data / name), *options)
    assert "Nothing new" in again.output and "check-ins written: 0" in again.output


def test_the_scales_column_fills_sleep_and_html_notes_become_text(days_of, cli, data):
    result = cli("import", str(data / "daylio" / "scales_html.csv"))
    assert "Columns ignored (not Daylio's known ones): mood_score." in result.output
    assert "Scales without a check-in field, kept in the note: Energy." in result.output
    days = days_of(cli)
    assert (days["2026-06-12"]["sleep_hours"], days["2026-06-12"]["sleep_quality"]) == (7.5, 4)
    assert (days["2026-06-11"]["sleep_hours"], days["2026-06-11"]["sleep_quality"]) == (6.25, 2)
    assert days["2026-06-12"]["note"] == (
        "Dinner\nWe cooked together.\nFelt calm & present.\n- pasta\n- salad\nScales: Energy 3"
    )
    assert days["2026-06-11"]["note"] == "Short night.\nHeadache."
    assert days["2026-06-10"]["sleep_hours"] is None


@pytest.mark.parametrize(
    ("name", "labels", "expected"),
    [
        (
            "old_polish.csv",
            "dobrze=7,źle=3",
            {"2025-09-07": (7, "Spacer po parku"), "2025-09-06": (3, ""), "2025-02-14": (7, "")},
        ),
        (
            "old_german.csv",
            "gut=7,schlecht=3",
            {"2025-05-18": (7, "Grillen im Garten"), "2025-03-07": (3, "Müde"), "2025-12-03": (7, "Plätzchen gebacken")},
        ),
    ],
)  # fmt: skip
def test_month_names_in_the_phones_language(days_of, cli, data, name, labels, expected):
    result = cli("import", str(data / "daylio" / name), "--mood-map", labels)
    assert result.exit_code == 0, result.output
    days = days_of(cli)
    assert {d: (c["mood"], c["note"]) for d, c in days.items()} == expected


@pytest.mark.parametrize("name", ["backup.daylio", "backup_bare.daylio"])
def test_a_daylio_backup_maps_moods_by_level_with_no_mood_map(days_of, cli, data, name):
    result = cli("import", str(data / "daylio" / name))
    assert result.exit_code == 0, result.output
    assert "Not imported: the photos of 1 entry" in result.output
    days = days_of(cli)
    # "super" is level 1 (rad, 9); "drained" a custom mood of level 4 (bad, 3); so-so level 3.
    assert days["2026-05-03"]["mood"] == 9
    assert days["2026-05-03"]["tags"] == ["friends and family"]
    assert days["2026-05-03"]["note"] == "Walk with L.\nSlept well after"
    assert days["2026-05-02"]["mood"] == 4  # (3 + 5) / 2
    assert days["2026-05-02"]["tags"] == ["bad sleep", "work"]
    assert days["2026-05-02"]["note"] == (
        "Lowest mood of the day: 3 at 07:15 (2 entries; the mood is their mean).\n\n"
        "[07:15] Woke at 4.\n\n[22:00] Evening\nCalmer.\nRead a bit."
    )
    assert days["2026-04-30"]["mood"] == 1


def test_other_apps_map_into_the_journals_fields(days_of, cli, data):
    assert cli("import", str(data / "apps" / "bearable.csv")).exit_code == 0
    assert cli("import", str(data / "apps" / "pixels.json")).exit_code == 0
    result = cli("import", str(data / "apps" / "moodsnap.json"))
    assert "Not imported: 1 snap without a mood" in result.output
    days = days_of(cli)
    # Bearable: moods 4 and 7 of 1-10 -> 3 and 7 -> 5; sleep 6:45; energy 2 of 1-5 -> 3
    bearable = days["2026-03-02"]
    assert (bearable["mood"], bearable["sleep_hours"], bearable["energy"]) == (5, 6.75, 3)
    assert bearable["note"].startswith("Lowest mood of the day: 3 at 08:10")
    assert days["2026-03-01"]["mood"] == 8 and days["2026-03-01"]["note"] == "Good walk"
    # Pixels: 2 of 5 -> 3; 4 and 3 -> 7 and 5 -> 6; the older "mood" shape too
    assert (days["2026-01-05"]["mood"], days["2026-01-05"]["tags"]) == (3, ["tired", "anxious"])
    assert days["2026-01-06"]["mood"] == 6
    assert days["2026-01-07"]["mood"] == 9 and days["2026-01-07"]["tags"] == ["calm"]
    # MoodSnap: depression 3 and 1 -> moods 3 and 7 -> 5; anxiety 2 and 1 -> latest 1 -> 2 or 3
    assert days["2026-02-10"]["mood"] == 5
    assert days["2026-02-10"]["anxiety"] == 2  # the latest entry's (20:00, anxiety 1 -> 2.5 -> 2)
    assert days["2026-02-11"]["mood"] == 9 and days["2026-02-11"]["note"] == "Good day"


def test_a_newer_export_adds_only_the_new_days(days_of, cli, data, journal_path):
    first = cli("import", str(data / "daylio" / "export_week1.csv"))
    assert "check-ins: 3 added" in first.output
    # Edited in trdjournal since: April 1 is the user's now.
    with Journal.open(journal_path) as journal:
        day = next(c for c in journal.checkins() if c.date.isoformat() == "2026-04-01")
        journal.save_checkin(dataclasses.replace(day, mood=4, note="Long day, better evening"))
    result = cli("import", str(data / "daylio" / "export_week2.csv"))
    assert result.exit_code == 0, result.output
    # April 4 and 5 are new; April 2 changed in Daylio (a note added) and not here: updated;
    # April 3 is unchanged; April 1 was changed here: kept and listed.
    assert (
        "check-ins: 2 added, 1 replaced, 1 skipped (already in the journal), 1 in conflict (kept)"
        in result.output
    )
    assert "in conflict, kept as they are" in result.output and "2026-04-01" in result.output
    days = days_of(cli)
    assert sorted(days) == [f"2026-04-0{n}" for n in range(1, 6)]
    assert (days["2026-04-01"]["mood"], days["2026-04-01"]["note"]) == (
        4,
        "Long day, better evening",
    )
    assert days["2026-04-02"]["note"] == "Added later in Daylio"
    again = cli("import", str(data / "daylio" / "export_week2.csv"), "--overwrite")
    assert "check-ins: 0 added, 1 replaced" in again.output
    assert days_of(cli)["2026-04-01"]["mood"] == 3


def test_a_day_whose_notes_overflow_a_check_in_is_cut_and_listed(days_of, cli, tmp_path):
    export = tmp_path / "long.csv"
    rows = [
        f'2026-06-01,June 1,Monday,{hour}:00,good,"","","{"Wrote a lot. " * 300}"'
        for hour in range(10, 20)
    ]
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n" + "\n".join(rows), "utf-8"
    )
    result = cli("import", str(export))
    assert result.exit_code == 0, result.output
    assert "Notes cut at 10000 characters (what a check-in holds) on 2026-06-01" in result.output
    note = days_of(cli)["2026-06-01"]["note"]
    assert len(note) <= 10_000 and note.endswith("a check-in holds 10000.]")
    assert note.startswith("[10:00] Wrote a lot.")

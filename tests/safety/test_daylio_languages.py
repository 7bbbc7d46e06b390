"""A Daylio export in the phone's language: its predefined mood names (resources/
daylio_moods.json) are read as the levels they are, without --mood-map; a renamed label is
still asked about. The files are built from Daylio's CSV format (REFERENCE.md) with invented
entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trdjournal.exchange import mood_labels
from trdjournal.exchange.daylio import default_labels

TABLE = Path(__file__).resolve().parents[2] / "resources" / "daylio_moods.json"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "old_polish_defaults.csv",  # old format: year, localised "12 października"
            {
                "2025-10-12": (9, "Długi spacer nad rzeką", ["przyjaciele", "spacer"]),
                "2025-10-11": (7, "", ["rodzina"]),
                "2025-10-10": (5, "Zwykły dzień", ["praca"]),
                "2025-10-09": (3, "Mało snu", ["praca", "zły sen"]),
                "2025-10-08": (1, "Ciężki wieczór", []),
            },
        ),
        (
            "french_defaults.csv",
            {
                "2026-03-05": (9, "Belle soirée", ["amis", "sport"]),
                "2026-03-04": (7, "", ["famille"]),
                "2026-03-03": (5, "Journée ordinaire", ["travail"]),
                "2026-03-02": (3, "", ["travail"]),
                "2026-03-01": (1, "Nuit difficile", []),
            },
        ),
    ],
)
def test_an_export_in_the_phones_language_needs_no_mood_map(days_of, cli, data, name, expected):
    result = cli("import", str(data / "daylio" / name))
    assert result.exit_code == 0, result.output
    assert "check-ins: 5 added" in result.output
    days = days_of(cli)
    assert {d: (c["mood"], c["note"], c["tags"]) for d, c in days.items()} == expected


def test_a_renamed_label_beside_polish_defaults_is_still_asked_about(cli, data, tmp_path):
    text = (data / "daylio" / "old_polish_defaults.csv").read_text(encoding="utf-8")
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(text.replace(",meh,", ",nijako,"), encoding="utf-8")
    result = cli("import", str(renamed))
    assert result.exit_code == 2, result.output
    assert '"nijako" (1 entry, first on line 4)' in result.output
    assert "okropnie" not in result.output.split("--mood-map")[0]
    # The one level missing among the file's predefined names is the renamed label's.
    known = {"super", "dobrze", "źle", "okropnie"}
    assert mood_labels.suggest("nijako", known, ["nijako"]) == 5
    result = cli("import", str(renamed), "--mood-map", "nijako=4")
    assert result.exit_code == 0, result.output


def test_a_mood_map_wins_over_a_predefined_name(days_of, cli, data):
    result = cli("import", str(data / "daylio" / "french_defaults.csv"), "--mood-map", "super=10")
    assert result.exit_code == 0, result.output
    assert days_of(cli)["2026-03-05"]["mood"] == 10


def test_each_language_names_five_levels_once_and_its_source():
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    for language in table["languages"]:
        assert sorted(language["labels"].values()) == [1, 3, 5, 7, 9], language["name"]
        assert language["source"].strip() and isinstance(language["verify"], bool)
    levels: dict[str, set[int]] = {}
    for language in table["languages"]:
        for label, level in language["labels"].items():
            levels.setdefault(label.lower(), set()).add(level)
    assert {label: found for label, found in levels.items() if len(found) > 1} == {}
    assert default_labels()["mouais"] == 5 and default_labels()["okropnie"] == 1


def test_one_foreign_name_in_an_english_export_is_asked_about_not_assumed(cli, tmp_path):
    """ "super" among English labels is the user's renaming (of rad, or of anything): asked."""
    export = tmp_path / "daylio.csv"
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        '2026-06-03,June 3,Wednesday,21:00,super,"","",""\n'
        '2026-06-02,June 2,Tuesday,21:00,good,"","",""\n',
        encoding="utf-8",
    )
    result = cli("import", str(export))
    assert result.exit_code == 2, result.output
    assert '"super" (1 entry, first on line 2)' in result.output

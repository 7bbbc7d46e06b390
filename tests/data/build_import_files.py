"""Builds the import test files that are not plain UTF-8 text (encodings, zips, base64) from
the descriptions in each importer's docstring. Invented entries only: no real person's data.

    python tests/data/build_import_files.py
"""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
DAYLIO = HERE / "daylio"

# A spreadsheet re-save of an old-style English export with accents and curly quotes.
RESAVED = (
    "full_date,date,weekday,time,mood,activities,note_title,note\r\n"
    '2026-05-12,May 12,Tuesday,21:10,good,"café | friends","","Ångest lättare, “bättre” idag"\r\n'
    '2026-05-11,May 11,Monday,08:05,bad,"work","","Müde; ça va"\r\n'
)

# customMoods: Daylio's five levels, two renamed ("super" rad, "so-so" meh) and an extra
# custom mood on level 4 ("drained"); a renamed mood needs no mapping in a backup.
BACKUP = {
    "version": 15,
    "customMoods": [
        {
            "id": 1,
            "custom_name": "super",
            "mood_group_id": 1,
            "mood_group_order": 0,
            "predefined_name_id": 1,
        },
        {
            "id": 2,
            "custom_name": "",
            "mood_group_id": 2,
            "mood_group_order": 0,
            "predefined_name_id": 2,
        },
        {
            "id": 3,
            "custom_name": "so-so",
            "mood_group_id": 3,
            "mood_group_order": 0,
            "predefined_name_id": 3,
        },
        {
            "id": 4,
            "custom_name": "",
            "mood_group_id": 4,
            "mood_group_order": 0,
            "predefined_name_id": 4,
        },
        {
            "id": 5,
            "custom_name": "",
            "mood_group_id": 5,
            "mood_group_order": 0,
            "predefined_name_id": 5,
        },
        {
            "id": 17,
            "custom_name": "drained",
            "mood_group_id": 4,
            "mood_group_order": 1,
            "predefined_name_id": -1,
        },
    ],
    "tags": [
        {"id": 1, "name": "work", "id_tag_group": 1},
        {"id": 2, "name": "Friends & family", "id_tag_group": 1},
        {"id": 3, "name": "bad sleep", "id_tag_group": 2},
    ],
    "dayEntries": [
        {
            "id": 4,
            "year": 2026,
            "month": 4,
            "day": 3,
            "hour": 21,
            "minute": 30,
            "datetime": 1777843800000,
            "timeZoneOffset": 7200000,
            "mood": 1,
            "note_title": "",
            "note": "Walk with L.<br>Slept <b>well</b> after",
            "tags": [2],
            "assets": [],
        },
        {
            "id": 3,
            "year": 2026,
            "month": 4,
            "day": 2,
            "hour": 22,
            "minute": 0,
            "datetime": 1777752000000,
            "timeZoneOffset": 7200000,
            "mood": 3,
            "note_title": "Evening",
            "note": "Calmer.\nRead a bit.",
            "tags": [],
            "assets": [],
        },
        {
            "id": 2,
            "year": 2026,
            "month": 4,
            "day": 2,
            "hour": 7,
            "minute": 15,
            "datetime": 1777698900000,
            "timeZoneOffset": 7200000,
            "mood": 17,
            "note_title": "",
            "note": "Woke at 4.",
            "tags": [3, 1],
            "assets": [],
        },
        {
            "id": 1,
            "year": 2026,
            "month": 3,
            "day": 30,
            "hour": 20,
            "minute": 0,
            "datetime": 1777572000000,
            "timeZoneOffset": 7200000,
            "mood": 5,
            "note_title": "",
            "note": "",
            "tags": [1],
            "assets": [1],
        },
    ],
}


def main() -> None:
    (DAYLIO / "resaved_cp1252.csv").write_bytes(RESAVED.encode("cp1252"))
    (DAYLIO / "resaved_utf16.csv").write_bytes(RESAVED.encode("utf-16"))  # with its BOM
    (DAYLIO / "resaved_utf8_bom.csv").write_bytes(RESAVED.encode("utf-8-sig"))
    encoded = base64.b64encode(json.dumps(BACKUP, ensure_ascii=False).encode("utf-8"))
    (DAYLIO / "backup_bare.daylio").write_bytes(encoded)
    with zipfile.ZipFile(DAYLIO / "backup.daylio", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("backup.daylio", encoded)
        archive.writestr("assets/photos/1.jpg", b"not a real photo")


if __name__ == "__main__":
    main()

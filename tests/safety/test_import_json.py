"""Every JSON import (trdjournal, Daylio backup, MoodSnap, Pixels, the watches' exports) is
read by one reader (exchange/text_input.parse_json): a broken document names its line, NaN is
refused, and nothing is written."""

from __future__ import annotations

import base64
import json
import zipfile

import pytest


def _cut(text: str) -> str:
    """The document cut short after its third line, as a copy interrupted leaves it."""
    return "\n".join(text.splitlines()[:3]) + "\n"


def _files(data, tmp_path) -> dict[str, tuple]:
    """name -> (path of a broken file, the line the refusal names)."""
    out = {}
    for name in ("moodsnap.json", "pixels.json"):
        path = tmp_path / name
        path.write_text(_cut((data / "apps" / name).read_text(encoding="utf-8")), "utf-8")
        out[name] = (path, "line 4")
    export = tmp_path / "export.json"
    export.write_text('{\n "format": "trdjournal",\n "checkins": [\n', encoding="utf-8")
    out["trdjournal"] = (export, "line 4")
    backup = tmp_path / "backup.daylio"
    backup.write_bytes(base64.b64encode(b'{\n"dayEntries": [\n{"id": 1,\n'))
    out["daylio backup"] = (backup, "the backup, line 4")
    fitbit = tmp_path / "fitbit.zip"
    with zipfile.ZipFile(fitbit, "w") as archive:
        archive.writestr("Fitbit/Global Export Data/sleep-2026-06-01.json", '[\n{"a": 1},\n{\n')
    out["fitbit zip"] = (fitbit, "Fitbit/Global Export Data/sleep-2026-06-01.json, line 4")
    return out


@pytest.mark.parametrize(
    "kind", ["moodsnap.json", "pixels.json", "trdjournal", "daylio backup", "fitbit zip"]
)
def test_a_cut_json_file_names_its_line_the_same_way_in_every_import(cli, data, tmp_path, kind):
    path, where = _files(data, tmp_path)[kind]
    result = cli("import", str(path))
    assert result.exit_code == 2, result.output
    assert f"{where}: is not valid JSON (column" in result.output
    assert "it may be truncated: export it again" in result.output
    assert cli("entries", "--json").output.strip() == "[]"


def test_nan_is_refused_in_every_json_import(cli, data, tmp_path):
    snaps = json.loads((data / "apps" / "moodsnap.json").read_text(encoding="utf-8"))
    text = json.dumps(snaps).replace('"depression": 3', '"depression": NaN', 1)
    moodsnap = tmp_path / "moodsnap.json"
    moodsnap.write_text(text, encoding="utf-8")
    sleep = tmp_path / "sleep-2026-06-01.json"
    sleep.write_text('[{"dateOfSleep": "2026-06-02", "minutesAsleep": NaN}]', encoding="utf-8")
    for path in (moodsnap, sleep):
        result = cli("import", str(path))
        assert result.exit_code == 2, result.output
        assert "NaN is not a number JSON allows" in result.output

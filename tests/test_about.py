"""Help > About: what a user (or their clinician) can read about this copy of trdjournal."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from trdjournal import LICENSE, __version__

ROOT = Path(__file__).resolve().parents[1]


def test_licence_constant_matches_the_package_metadata():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == LICENSE


def test_about_shows_version_journal_licence_and_every_table_source(qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    from trdjournal.ui.dialogs.about_dialog import AboutDialog

    journal_path = tmp_path / "journal.sqlite3"
    dialog = AboutDialog(journal_path)
    qtbot.addWidget(dialog)
    shown = dialog.text.text()
    listed = dialog.sources.toPlainText()
    assert __version__ in shown
    assert str(journal_path) in shown
    assert LICENSE in shown
    for table in sorted((ROOT / "resources").glob("*.json")):
        data = json.loads(table.read_text(encoding="utf-8"))
        cited = [data["source"]] if "source" in data else []
        for rows in (v for v in data.values() if isinstance(v, list)):
            for row in (r for r in rows if isinstance(r, dict)):
                cited += [row["source"]] if "source" in row else row.get("sources", [])
                cited += [row["reference"]] if row.get("reference") else []
                # a course minimum's reasoning is not a source: it is shown translated
                assert "rule" not in row or row["rule"] not in listed, table.name
        assert cited, f"{table.name} names no source"
        for source in cited:
            assert source in listed, table.name
    assert "Perera et al., The Clinical TMS Society Consensus Review" in listed
    assert not dialog.logo.pixmap().isNull(), "the app icon is found in resources/icons"

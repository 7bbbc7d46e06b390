"""Help > About: what a user (or their clinician) can read about this copy of trdjournal."""

from __future__ import annotations

import json
import tomllib
from html import escape
from pathlib import Path

import pytest

from trdjournal import LICENSE, __version__

ROOT = Path(__file__).resolve().parents[1]


def test_licence_constant_matches_the_package_metadata():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == LICENSE


def test_about_shows_version_journal_licence_and_every_table_source(qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    from trdjournal.ui.about_dialog import AboutDialog

    journal_path = tmp_path / "journal.sqlite3"
    dialog = AboutDialog(journal_path)
    qtbot.addWidget(dialog)
    shown = dialog.text.text()
    assert __version__ in shown
    assert str(journal_path) in shown
    assert LICENSE in shown
    for table in sorted((ROOT / "resources").glob("*.json")):
        source = json.loads(table.read_text(encoding="utf-8"))["source"]
        assert escape(source) in shown, table.name
    assert not dialog.logo.pixmap().isNull(), "the app icon is found in resources/icons"

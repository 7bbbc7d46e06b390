"""File > Export > FHIR in the desktop app (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtWidgets import QFileDialog
from tests.fhir.conftest import resources

from trdjournal.context import AppContext
from trdjournal.ui.base import operations


@pytest.fixture
def window(qtbot, journal_path):
    from trdjournal.demo import fill_demo_journal
    from trdjournal.storage import Journal
    from trdjournal.ui.shell.app import application, open_window

    with Journal.open(journal_path) as journal:
        fill_demo_journal(journal, days=120, end=dt.date(2026, 6, 15))
    application("light")
    context = AppContext(db_path=journal_path)
    main = open_window(context, remember=False)
    qtbot.addWidget(main)
    main.show()
    yield main
    operations.wait_idle()
    context.close()


def menu_action(window, *path: str):
    """The action at File > Export > ... as the menu bar shows it (mnemonics dropped)."""
    actions = window.menuBar().actions()
    for title in path:
        [found] = [a for a in actions if a.text().replace("&", "").startswith(title)]
        if found.menu() is None:
            return found
        actions = found.menu().actions()
    raise AssertionError(f"{path} is a menu, not an action")


def test_file_export_fhir_writes_a_valid_bundle(window, tmp_path, monkeypatch):
    target = tmp_path / "for-the-clinic.json"
    asked = {}

    def save_name(_parent, caption, name, filters):
        asked.update(caption=caption, name=name, filters=filters)
        return str(target), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    menu_action(window, "File", "Export", "FHIR").trigger()
    assert operations.wait_idle()
    assert "FHIR" in asked["caption"] and asked["name"].endswith(".json")
    bundle = json.loads(target.read_text(encoding="utf-8"))
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    journal = window.ui_context.journal
    responses = resources(bundle, "QuestionnaireResponse")
    assert len(responses) == len(journal.questionnaires()) > 0
    message = window.statusBar().currentMessage()
    assert f"Exported a FHIR bundle to {target}" in message
    assert f"{len(responses)} questionnaires" in message


def test_the_whole_journal_export_is_still_under_file_export(window):
    assert menu_action(window, "File", "Export", "Whole journal") is window.export_action

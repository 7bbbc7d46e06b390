"""File > Import... and File > Export... in the desktop app (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog

from trdjournal.context import AppContext
from trdjournal.ui.base import operations


@pytest.fixture
def window(qtbot, journal_path):
    from trdjournal.ui.shell.app import application, open_window

    application("light")
    context = AppContext(db_path=journal_path)
    main = open_window(context, remember=False)
    qtbot.addWidget(main)
    main.show()
    yield main
    operations.wait_idle()
    context.close()


def test_importing_a_daylio_export_with_renamed_labels(window, data, monkeypatch, modal):
    export = data / "daylio" / "renamed_labels.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    seen = {}

    def map_labels(dialog):
        seen["labels"] = sorted(dialog.spins)
        dialog.spins["super"].setValue(10)
        dialog.spins["so-so"].setValue(4)
        modal.when(confirm)
        dialog.accept()

    def confirm(box):
        seen["plan"] = box.informativeText()
        modal.click(box, "Import")

    modal.when(map_labels)
    window.import_action.trigger()
    assert operations.wait_idle()
    assert seen["labels"] == ["so-so", "super"]
    assert "check-ins: 4 to add" in seen["plan"]
    moods = {c.date.isoformat(): c.mood for c in window.ui_context.journal.checkins()}
    assert moods == {"2026-05-31": 10, "2026-06-01": 4, "2026-06-02": 7, "2026-06-03": 10}
    assert window.statusBar().currentMessage().startswith("Imported renamed_labels.csv")
    window.show_view("journal")
    assert window.page("journal").table.model().rowCount() == 4


def test_a_malformed_file_is_reported_and_nothing_imported(window, data, monkeypatch, modal):
    bad = data / "daylio" / "malformed_time.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    seen = {}

    def read_and_close(box):
        seen["text"] = box.text()
        box.accept()

    modal.when(read_and_close)
    window.import_action.trigger()
    assert operations.wait_idle()
    assert seen["text"].startswith('malformed_time.csv, line 5: the time "25:61"')
    assert window.ui_context.journal.checkins() == []


@pytest.mark.parametrize(("name", "chosen"), [("out.json", "Whole journal"), ("out.zip", "CSV")])
def test_export_from_the_menu(window, tmp_path, monkeypatch, name, chosen):
    from trdjournal.domain import CheckIn

    window.ui_context.journal.save_checkin(CheckIn(dt.date(2026, 6, 1), 6))
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    window.export_action.trigger()
    assert operations.wait_idle()
    if name.endswith(".json"):
        assert json.loads(target.read_text(encoding="utf-8"))["checkins"][0]["mood"] == 6
    else:
        with zipfile.ZipFile(target) as archive:
            assert archive.read("checkins.csv").decode().splitlines()[1].startswith("2026-06-01,6,")
    assert f"Exported the journal to {target}" in window.statusBar().currentMessage()

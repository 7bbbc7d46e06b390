"""File > Import... and File > Export... in the desktop app (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from trdjournal.context import AppContext
from trdjournal.domain import CheckIn
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


def _import_dialog(window, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_action.trigger()
    assert operations.wait_idle()
    return window.import_dialog


def test_import_preview_map_a_renamed_label_import_and_undo(window, data, monkeypatch, qtbot):
    window.ui_context.journal.save_checkin(CheckIn(dt.date(2026, 5, 1), 6))
    dialog = _import_dialog(window, monkeypatch, data / "daylio" / "renamed_labels.csv")
    # Nothing is written by the preview; the renamed labels are in the table with suggestions.
    assert [c.date for c in window.ui_context.journal.checkins()] == [dt.date(2026, 5, 1)]
    assert sorted(dialog.spins) == ["so-so", "super"]
    suggested = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(2)}
    assert suggested == {"super": "9", "so-so": "5"}
    preview = dialog.summary.text()
    assert "Detected: Daylio CSV (read as UTF-8)" in preview
    assert "Days from 2026-05-31 to 2026-06-03" in preview
    assert "Days to add: 4; already present: 0; in conflict: 0" in preview
    # The user maps "super" to 10, not the suggested 9, and imports.
    dialog.spins["super"].setValue(10)
    qtbot.mouseClick(dialog.refresh, Qt.MouseButton.LeftButton)
    assert operations.wait_idle()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert operations.wait_idle()
    moods = {c.date.isoformat(): c.mood for c in window.ui_context.journal.checkins()}
    assert moods == {
        "2026-05-01": 6,
        "2026-05-31": 10,
        "2026-06-01": 5,
        "2026-06-02": 7,
        "2026-06-03": 10,
    }
    assert "check-ins: 4 added" in dialog.summary.text()
    assert dialog.undo_button.isVisible()
    window.show_view("journal")
    assert window.page("journal").table.model().rowCount() == 5
    # Undo right away: the journal as it was, in a window reopened on it.
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    fresh = dialog.fresh_window
    qtbot.addWidget(fresh)
    assert [c.date for c in fresh.ui_context.journal.checkins()] == [dt.date(2026, 5, 1)]
    assert fresh.statusBar().currentMessage() == "The import of renamed_labels.csv was undone."
    fresh.ui_context.app_context.close()


def test_a_day_in_conflict_is_kept_unless_the_box_is_ticked(window, data, monkeypatch, qtbot):
    window.ui_context.journal.save_checkin(CheckIn(dt.date(2026, 6, 9), 4, note="mine"))
    dialog = _import_dialog(window, monkeypatch, data / "daylio" / "current.csv")
    assert "Days to add: 2; already present: 0; in conflict: 1" in dialog.summary.text()
    assert "2026-06-09" in dialog.summary.text() and dialog.overwrite.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert operations.wait_idle()
    days = {c.date.isoformat(): c for c in window.ui_context.journal.checkins()}
    assert (days["2026-06-09"].mood, days["2026-06-09"].note) == (4, "mine")
    assert len(days) == 3


def test_a_malformed_file_is_reported_and_nothing_imported(window, data, monkeypatch):
    dialog = _import_dialog(window, monkeypatch, data / "daylio" / "malformed_time.csv")
    assert dialog.problem.text().startswith('malformed_time.csv, line 5: the time "25:61"')
    assert not dialog.import_button.isEnabled()
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


def test_a_watch_export_previews_its_device_values_and_keeps_what_was_typed(
    window, data, monkeypatch, qtbot, tmp_path
):
    journal = window.ui_context.journal
    typed = journal.save_checkin(CheckIn(dt.date(2026, 6, 2), 4, sleep_hours=6.5, note="tired"))
    dialog = _import_dialog(window, monkeypatch, data / "wearables" / "fitbit_takeout.zip")
    preview = dialog.summary.text()
    assert "Detected: Fitbit export" in preview
    assert "Days from 2026-06-02 to 2026-06-03" in preview
    assert "Device values to add: 9; already present: 0" in preview
    assert "2026-06-02 sleep: you typed 6.5 h, Fitbit measured 6.75 h" in preview
    assert journal.device_values() == []  # the preview writes nothing
    dialog.grab().save(str(tmp_path / "import_preview.png"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert operations.wait_idle()
    assert "device values (sleep, steps, activity): 9 added" in dialog.summary.text()
    assert journal.checkins() == [typed] and len(journal.device_values()) == 9
    window.show_view("journal")
    model = window.page("journal").table.model()
    assert model.rowCount() == 2
    assert model.index(0, 8).data() == "Fitbit: sleep, activity, steps"

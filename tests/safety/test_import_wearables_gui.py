"""File > Import... with a watch's export: the same preview, then only device values written,
what was typed kept, and the Journal view naming the device (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog

from trdjournal.context import AppContext
from trdjournal.domain.model import CheckIn
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


def test_importing_a_fitbit_export_from_the_menu(window, data, monkeypatch, modal):
    journal = window.ui_context.journal
    typed = journal.save_checkin(CheckIn(dt.date(2026, 6, 2), 4, sleep_hours=6.5, note="tired"))
    export = data / "wearables" / "fitbit_takeout.zip"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    seen = {}

    def confirm(box):
        seen["question"], seen["plan"] = box.text(), box.informativeText()
        modal.click(box, "Import")

    modal.when(confirm)
    window.import_action.trigger()
    assert operations.wait_idle()
    assert seen["question"] == "Import fitbit_takeout.zip (Fitbit export)?"
    assert "device values (sleep, steps, activity): 9 to add" in seen["plan"]
    assert "2026-06-02 sleep: you typed 6.5 h, Fitbit measured 6.75 h" in seen["plan"]
    assert journal.checkins() == [typed]
    assert len(journal.device_values()) == 9
    window.show_view("journal")
    model = window.page("journal").table.model()
    assert model.rowCount() == 2
    assert model.index(0, 8).data() == "Fitbit: sleep, activity, steps"

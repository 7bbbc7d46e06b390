"""operations.Operation: work on a worker thread, callbacks on the UI thread, progress shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from trdjournal.ui.base.operations import Operation, running_count, wait_idle


def test_success_callback_gets_the_result_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        progress.update(1, 2, "half way")
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    operation = Operation(None, work, label="Counting").success(done).run()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread
    assert operation.done and running_count() == 0


def test_failure_callback_gets_the_error(qtbot):
    errors = []

    def work(_progress):
        raise ValueError("the file has no header line")

    Operation(None, work, label="Importing").failure(errors.append).run()
    qtbot.waitUntil(lambda: errors != [])
    assert str(errors[0]) == "the file has no header line"


def test_progress_dialog_shows_progress_and_can_cancel(qtbot):
    gate = threading.Event()
    steps = []

    def work(progress):
        progress.update(3, 10, "Reading row 3 of 10")
        gate.wait(5)
        steps.append(progress.cancelled)
        return "stopped" if progress.cancelled else "finished"

    results = []
    operation = Operation(None, work, label="Importing", cancellable=True).success(results.append)
    operation.run()
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.value() == 3)
    assert operation.dialog.labelText() == "Reading row 3 of 10"
    cancel = operation.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    assert wait_idle(5000)
    assert results == ["stopped"]


@pytest.fixture(autouse=True)
def no_operation_left_behind():
    yield
    assert wait_idle(5000)

"""Fixtures for driving the app as a user does: a main window on a temporary journal."""

from __future__ import annotations

import pytest

from trdjournal.context import AppContext


@pytest.fixture
def app_context(journal_path):
    context = AppContext(db_path=journal_path)
    yield context
    context.close()


@pytest.fixture
def window(qtbot, app_context):
    """The main window as ``trdjournal`` opens it, state kept beside the temporary journal."""
    from PySide6.QtWidgets import QMessageBox

    from trdjournal.ui.shell.app import application, open_window

    application("light")
    main = open_window(app_context)
    # closing with typed, unsaved input asks first; at teardown, answer "discard" (tests that
    # check the question replace this)
    main.confirm_close = lambda _unsaved: QMessageBox.StandardButton.Discard
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def journal(app_context):
    """The same open journal the window writes to."""
    return app_context.journal()


@pytest.fixture
def run_python():
    """Run a Python snippet in a new process (for what needs a fresh QApplication)."""
    import os
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True)

    return run

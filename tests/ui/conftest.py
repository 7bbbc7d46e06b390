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
    from trdjournal.ui.app import application, open_window

    application("light")
    main = open_window(app_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def journal(app_context):
    """The same open journal the window writes to."""
    return app_context.journal()

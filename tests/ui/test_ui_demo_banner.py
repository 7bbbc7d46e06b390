"""The demo says so (issue 14, finding 14): in the demo journal the title and a banner on every
view say it is example data, with a button to the user's own journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from trdjournal import paths
from trdjournal.context import AppContext
from trdjournal.ui.shell.view_registry import VIEWS

DEMO_WORDS = "Demo journal: example data, not yours"


@pytest.fixture
def demo_window(qtbot):
    from trdjournal.ui.shell.app import application, open_window

    application("light")
    context = AppContext(demo=True)
    window = open_window(context, remember=False)
    window.confirm_close = lambda _unsaved: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.close()


def test_the_demo_says_so_in_the_title_and_on_every_view(demo_window):
    assert DEMO_WORDS in demo_window.windowTitle()
    for spec in VIEWS:
        demo_window.show_view(spec.key)
        assert demo_window.demo_banner.isVisible(), spec.key
        assert DEMO_WORDS in demo_window.demo_banner.message.text()


def test_your_own_journal_shows_no_demo_banner(window):
    assert "Demo" not in window.windowTitle()
    assert not hasattr(window, "demo_banner")


def test_the_banner_button_opens_your_own_journal(qtbot, demo_window):
    (button,) = demo_window.demo_banner.buttons
    assert button.text() == "Open my own journal"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    own = demo_window.own_window
    qtbot.addWidget(own)
    assert own.ui_context.app_context.journal_path == paths.default_journal_path()
    assert own.ui_context.app_context.journal_path != paths.demo_journal_path()
    assert "Demo" not in own.windowTitle() and not hasattr(own, "demo_banner")
    assert own.isVisible() and not demo_window.isVisible()
    assert own.ui_context.journal.checkins() == []  # not the demo's example days
    own.close()

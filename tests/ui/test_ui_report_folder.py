"""The report dialog is honest about where it writes (issue 14, finding 13): a default folder
that exists, "written" only when it was, and a viewer that does not open is said so."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from trdjournal.ui.base import operations


def open_dialog(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.report_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_without_a_documents_folder_the_report_goes_home(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: tmp_path / "no-such-folder")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    dialog = open_dialog(qtbot, window)
    assert Path(dialog.path.text()).parent == tmp_path / "home"


def test_with_a_documents_folder_the_report_goes_there(qtbot, window, tmp_path, monkeypatch):
    documents = tmp_path / "Dokument"
    documents.mkdir()
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: documents)
    dialog = open_dialog(qtbot, window)
    assert Path(dialog.path.text()).parent == documents


def test_a_folder_that_does_not_exist_is_refused_and_nothing_says_written(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    opened = []
    dialog.open_file = opened.append
    dialog.path.setText(str(tmp_path / "gone" / "visit.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert operations.wait_idle()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "does not exist" in dialog.error.text()
    assert "written" not in window.statusBar().currentMessage()
    assert opened == []


def test_a_viewer_that_fails_to_open_is_reported(qtbot, window, tmp_path, monkeypatch):
    tried = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: tried.append(url) or False)
    dialog = open_dialog(qtbot, window)  # with the real opener, which asks QDesktopServices
    dialog.sections["log"].setChecked(False)
    dialog.path.setText(str(tmp_path / "visit.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tried), timeout=30_000)
    assert (tmp_path / "visit.pdf").is_file()
    message = window.statusBar().currentMessage()
    assert "Report written" in message
    assert "No PDF viewer could be opened" in message


def test_the_suggested_file_name_is_in_swedish_for_a_swedish_user(qtbot, window, qapp):
    from PySide6.QtCore import QTranslator

    from trdjournal.paths import resource_path

    swedish = QTranslator()
    assert swedish.load(str(resource_path("i18n") / "trdjournal_sv.qm"))
    qapp.installTranslator(swedish)
    try:
        dialog = open_dialog(qtbot, window)
        assert Path(dialog.path.text()).name == "trdjournal-rapport-2026-06-15.pdf"
    finally:
        qapp.removeTranslator(swedish)

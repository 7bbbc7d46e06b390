"""The report dialog: Ctrl+P, choose the period and parts, the PDF is written off the UI
thread and handed to the system viewer."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from trdjournal.demo import fill_demo_journal
from trdjournal.ui.base import operations


def open_dialog(qtbot, window, opened):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.report_dialog
    qtbot.waitExposed(dialog)
    dialog.open_file = opened.append  # instead of launching a PDF viewer
    return dialog


def test_ctrl_p_writes_the_report_and_opens_it(qtbot, window, journal, tmp_path):
    fill_demo_journal(journal, days=120, end=dt.date(2026, 6, 15))
    opened = []
    dialog = open_dialog(qtbot, window, opened)
    last_visit = max(a.date for a in journal.appointments() if a.date < dt.date(2026, 6, 15))
    start = dialog.start.date()
    assert dt.date(start.year(), start.month(), start.day()) == last_visit
    dialog.sections["log"].setChecked(False)
    dialog.path.setText(str(tmp_path / "visit.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened == [tmp_path / "visit.pdf"]
    pages = [p.extract_text() for p in PdfReader(str(opened[0])).pages]
    assert pages[0].startswith("Since last visit")
    assert not any("Appendix: daily log" in p for p in pages)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Report written" in window.statusBar().currentMessage()


def test_a_backwards_period_is_refused_in_place(qtbot, window, journal, tmp_path):
    opened = []
    dialog = open_dialog(qtbot, window, opened)
    dialog.start.setDate(QDate(2026, 6, 10))
    dialog.end.setDate(QDate(2026, 6, 1))
    dialog.path.setText(str(tmp_path / "never.pdf"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert operations.wait_idle()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("From:")
    assert not (tmp_path / "never.pdf").exists()
    assert dialog.isVisible() and not opened


def test_every_control_in_the_dialog_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit

    dialog = open_dialog(qtbot, window, [])
    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    controls += dialog.findChildren(QAbstractSpinBox)
    inner = [c for c in controls if isinstance(c.parentWidget(), QAbstractSpinBox)]
    unnamed = [c for c in controls if c not in inner and not c.accessibleName()]
    assert unnamed == []

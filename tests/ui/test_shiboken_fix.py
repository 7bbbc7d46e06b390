"""The guard against shiboken6 6.12 lowering None's reference count on Python 3.11."""

from __future__ import annotations

import sys

from trdjournal.ui.base.shiboken_fix import needed


def test_the_guard_applies_only_to_python_before_3_12_with_shiboken_6_12_or_later():
    assert needed((3, 11), (6, 12))
    assert not needed((3, 12), (6, 12))
    assert not needed((3, 11), (6, 11))


def test_many_calls_returning_none_do_not_abort_the_interpreter(qtbot):
    """Without the guard, this loop ends in "Fatal Python error: none_dealloc" here."""
    from PySide6.QtWidgets import QLabel

    import trdjournal.ui  # noqa: F401 (applies the guard)

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i % 10))
    assert label.text() == "9"
    assert sys.getrefcount(None) > 1_000_000 or before - sys.getrefcount(None) < 100

"""Work-arounds for bugs in the Qt binding, applied once, when ``trdjournal.ui`` is imported
(and again, harmlessly, when the QApplication is made).

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method that
returns nothing (QLabel.setText, QTableWidget.setItem, ...), and to True on every signal
``emit``: measured here, 100 calls lower ``sys.getrefcount(None)`` (or True's) by 100. After a
few thousand calls the count reaches zero and the process aborts with "Fatal Python error:
none_dealloc" (or "bool_dealloc"). CPython 3.12 made None, True and False immortal (PEP 683),
so there the bug is harmless; on 3.11 we give them the same treatment by raising their
reference counts far out of reach. PySide6 6.11.3 does not have the bug.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40
_applied = False


def none_refcount_drops() -> bool:
    """Does a void Qt call lower None's reference count? (Measured, not guessed by version.)"""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 25


def apply() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _applied = True
    if none_refcount_drops():
        # True and False go with None: emit() loses True the same way (measured with 6.12.0)
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _IMMORTAL

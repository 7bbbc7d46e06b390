"""Work-arounds for bugs in the Qt binding, applied once when the QApplication is made.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method that
returns nothing (QLabel.setText, QTableWidget.setItem, ...): measured here, 100 calls lower
``sys.getrefcount(None)`` by 100. After a few thousand calls None's count reaches zero and
the process aborts with "Fatal Python error: none_dealloc". CPython 3.12 made None immortal
(PEP 683), so there the bug is harmless; on 3.11 we give None the same treatment by raising
its reference count far out of reach.
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
        ctypes.c_ssize_t.from_address(id(None)).value += _IMMORTAL

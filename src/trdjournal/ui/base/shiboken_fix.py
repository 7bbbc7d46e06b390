"""A guard against a reference-counting bug in shiboken6 6.12 on Python 3.11.

shiboken6 6.12 hands back None (and True/False from some calls, e.g. a signal's ``emit``)
without taking a new reference, which is only correct where those objects are immortal
(Python >= 3.12). On Python 3.11 every such call lowers their count by one, and after a few
thousand calls - a few seconds of painting a chart - the interpreter aborts with "Fatal Python
error: none_dealloc: deallocating None". PySide6 6.11.3 does not do this.

The guard raises the three counts far out of reach (2**40 calls), which is what Python 3.12
does by making them immortal. It does nothing on Python >= 3.12 or with shiboken6 < 6.12.
"""

from __future__ import annotations

import sys

_HEADROOM = 1 << 40
_applied = False


def needed(python: tuple[int, int], shiboken: tuple[int, int]) -> bool:
    return python < (3, 12) and shiboken >= (6, 12)


def protect_singletons() -> bool:
    """Apply the guard once when this interpreter and shiboken6 need it; True if applied."""
    global _applied
    if _applied:
        return True
    import shiboken6

    if not needed(sys.version_info[:2], tuple(shiboken6.__version_info__[:2])):
        return False
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    return True

"""The desktop app (PySide6 + pyqtgraph): the only package that may import Qt."""

from trdjournal.ui import pyside_fixes

pyside_fixes.apply()  # before any widget: see pyside_fixes for the binding bug it works around

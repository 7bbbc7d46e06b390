"""The desktop app (PySide6 + pyqtgraph): the only package that may import Qt."""

from trdjournal.ui.base.shiboken_fix import protect_singletons

protect_singletons()

"""The binding work-around holds from ``import trdjournal.ui`` on, for None and for True."""

from __future__ import annotations


def test_signals_and_void_calls_in_a_long_session_do_not_abort(run_python):
    """PySide6 6.12 on CPython 3.11 loses a reference to True per signal emit (and to None per
    void call); without the work-around this ends in 'bool_dealloc' or 'none_dealloc'."""
    script = (
        "import os\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "import trdjournal.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "class Source(QObject):\n"
        "    changed = Signal(int)\n"
        "app = QApplication([])\n"
        "source, label, seen = Source(), QLabel(), []\n"
        "source.changed.connect(seen.append)\n"
        "for i in range(60000):\n"
        "    source.changed.emit(i)\n"
        "    label.setText('x')\n"
        "print(len(seen))\n"
    )
    done = run_python("-c", script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "60000"

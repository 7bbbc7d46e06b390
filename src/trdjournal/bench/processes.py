"""Code run in fresh interpreters: cold start (app and floor) and peak memory.

Each script prints one number. Start-up is timed from just before the parent spawns the
process to the first turn of the event loop after the window is shown, the same way for the
app and for its floor, so the ratio compares like with like.
"""

from __future__ import annotations

import time

from trdjournal.bench.harness import median_of, run_python

FLOOR_WINDOW = """
import sys, time
began = float(sys.argv[1])
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
days = np.arange(7300, dtype=float) * 86400.0 + 1.1e9
widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
widget.plot(days, np.sin(np.arange(7300) / 30.0) * 3 + 5)
widget.resize(1280, 800)
widget.show()
def first_frame():
    print(time.time() - began)
    app.quit()
QTimer.singleShot(0, first_frame)
app.exec()
"""

APP_WINDOW = """
import sys, time
began = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QTimer
from trdjournal.context import AppContext
from trdjournal.ui.app import application, open_window
app = application()
window = open_window(AppContext(db_path=Path(sys.argv[2])), remember=False)
window.resize(1280, 800)
window.show()
def first_frame():
    print(time.time() - began)
    app.quit()
QTimer.singleShot(0, first_frame)
app.exec()
"""

APP_MEMORY = """
import resource, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from trdjournal.context import AppContext
from trdjournal.ui.app import application, open_window
from trdjournal.ui.views import VIEWS
app = application()
window = open_window(AppContext(db_path=Path(sys.argv[1])), remember=False)
window.resize(1280, 800)
window.show()
for spec in VIEWS:
    window.show_view(spec.key)
    QApplication.processEvents()
    window.grab()
charts = window.page("charts")
charts.set_preset("all")
QApplication.processEvents()
window.grab()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def _started(script: str, *args: str) -> float:
    return float(run_python(script, str(time.time()), *args).strip())


def cold_start(journal: str, runs: int) -> tuple[float, float]:
    """Median seconds to first frame: (app on ``journal``, floor), runs interleaved."""
    app_times, floor_times = [], []
    _started(FLOOR_WINDOW)  # warm the file cache for both
    _started(APP_WINDOW, journal)
    for _ in range(runs):
        floor_times.append(_started(FLOOR_WINDOW))
        app_times.append(_started(APP_WINDOW, journal))
    return median_of(app_times), median_of(floor_times)


def peak_memory(journal: str) -> float:
    """Peak resident memory in bytes with every view visited and the full-range chart."""
    return float(run_python(APP_MEMORY, journal).strip())

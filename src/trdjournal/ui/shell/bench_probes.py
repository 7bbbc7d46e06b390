"""What the benchmark measures inside Qt, kept here because only ui/ may import Qt.

``python -m trdjournal.ui.shell.bench_probes first-frame|floor-frame|memory ARGS`` runs one probe in
a fresh interpreter and prints one number; ``chart_timings`` runs in the bench's own process.
Start-up is timed from the wall-clock moment the parent passes in (just before it spawned this
process) to the first turn of the event loop after the window is shown, the same way for the
app and for its floor, so their ratio compares like with like.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _until_first_frame(app, began: float) -> float:
    from PySide6.QtCore import QTimer

    elapsed: list[float] = []

    def first_frame() -> None:
        elapsed.append(time.time() - began)
        app.quit()

    QTimer.singleShot(0, first_frame)
    app.exec()
    return elapsed[0]


def floor_frame(began: float) -> float:
    """The floor: PySide6 + numpy + pyqtgraph, one PlotWidget of 7,300 points, shown."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    days = np.arange(7300, dtype=float) * 86400.0 + 1.1e9
    widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    widget.plot(days, np.sin(np.arange(7300) / 30.0) * 3 + 5)
    widget.resize(1280, 800)
    widget.show()
    return _until_first_frame(app, began)


def _window(journal: Path):
    from trdjournal.context import AppContext
    from trdjournal.ui.shell.app import application, open_window

    app = application()
    context = AppContext(db_path=journal)
    window = open_window(context, remember=False)
    window.resize(1280, 800)
    window.show()
    return app, window, context


def first_frame(began: float, journal: Path) -> float:
    """The app on ``journal`` until its main window's first frame."""
    app, _window_, _context = _window(journal)
    return _until_first_frame(app, began)


def peak_memory(journal: Path) -> float:
    """Peak resident bytes with every view visited and the full-range chart painted."""
    from trdjournal.bench.peak import peak_rss_bytes
    from trdjournal.ui.shell.view_registry import VIEWS

    app, window, _context = _window(journal)
    for spec in VIEWS:
        window.show_view(spec.key)
        app.processEvents()
        window.grab()
    charts = window.page("charts")
    charts.set_preset("all")
    app.processEvents()
    window.grab()
    return peak_rss_bytes()


def chart_timings(journal: Path, runs: int) -> dict[str, list[float]]:
    """Seconds for the Charts view's first show, and per run for switching to the full range
    and to 90 days and painting (each switch starts from the other preset), and for the
    reload a change to the journal runs (read, analyse, rebuild the timeline) and its paint."""
    app, window, context = _window(journal)
    app.processEvents()
    while not window.preload.done:  # as a user meets it: the app has been idle after start-up
        app.processEvents()
        time.sleep(0.005)
    began = time.perf_counter()
    window.show_view("charts")  # first show: builds the plots and the timeline
    charts = window.page("charts")
    while charts.timeline is None:
        app.processEvents()
    charts.grab()
    timings: dict[str, list[float]] = {"first show": [time.perf_counter() - began]}
    for preset, other in (("all", "90d"), ("90d", "all")):
        timings[preset] = []
        for _ in range(runs + 1):  # the first run warms caches and is dropped
            charts.set_preset(other)
            app.processEvents()
            charts.grab()
            began = time.perf_counter()
            charts.set_preset(preset)
            charts.grab()  # a full paint of the view at its size
            timings[preset].append(time.perf_counter() - began)
        timings[preset] = timings[preset][1:]
    timings["reload"] = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        charts.reload()
        charts.grab()
        timings["reload"].append(time.perf_counter() - began)
    timings["reload"] = timings["reload"][1:]
    window.close()
    context.close()
    return timings


def main(argv: list[str]) -> None:
    probe, *args = argv
    if probe == "floor-frame":
        print(floor_frame(float(args[0])))
    elif probe == "first-frame":
        print(first_frame(float(args[0]), Path(args[1])))
    elif probe == "memory":
        print(peak_memory(Path(args[0])))
    else:
        raise SystemExit(f"unknown probe {probe!r}: use first-frame, floor-frame or memory")


if __name__ == "__main__":
    main(sys.argv[1:])

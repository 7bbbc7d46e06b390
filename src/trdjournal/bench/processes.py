"""Cases that need a fresh interpreter: cold start (app and floor) and peak memory.

The probes themselves live in trdjournal.ui.shell.bench_probes (only ui/ may import Qt); each prints
one number.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from trdjournal.bench.harness import bench_env

PROBES = "trdjournal.ui.shell.bench_probes"


def _probe(*args: str) -> float:
    done = subprocess.run(
        [sys.executable, "-m", PROBES, *args],
        capture_output=True,
        text=True,
        env=bench_env(),
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmark probe {args[0]} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def cold_start(journal: str, runs: int) -> tuple[float, float]:
    """Median seconds to first frame: (app on ``journal``, floor), runs interleaved."""
    _probe("floor-frame", str(time.time()))  # warm the file cache for both
    _probe("first-frame", str(time.time()), journal)
    app_times, floor_times = [], []
    for _ in range(runs):
        floor_times.append(_probe("floor-frame", str(time.time())))
        app_times.append(_probe("first-frame", str(time.time()), journal))
    return statistics.median(app_times), statistics.median(floor_times)


def peak_memory(journal: str) -> float:
    """Peak resident memory in bytes with every view visited and the full-range chart."""
    return _probe("memory", journal)

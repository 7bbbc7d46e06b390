"""The benchmark cases. Each returns Results; journals come from the demo generator."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trdjournal.bench.harness import BENCH_TODAY, Result, median_time


def analysis_case(journal_path: Path, runs: int, label: str) -> list[Result]:
    """trials + staging + a 90-day summary: from records in memory (the goal) and with the read."""
    from trdjournal.analysis import analyse, analyse_data
    from trdjournal.storage import Journal

    with Journal.open(journal_path) as journal:
        data = analyse(journal, today=BENCH_TODAY).data
        trials = len(analyse_data(data, today=BENCH_TODAY).trials)

        def compute() -> None:
            result = analyse_data(data, today=BENCH_TODAY)
            result.summary(BENCH_TODAY - dt.timedelta(days=89), BENCH_TODAY)

        def read_and_compute() -> None:
            result = analyse(journal, today=BENCH_TODAY)
            result.summary(BENCH_TODAY - dt.timedelta(days=89), BENCH_TODAY)

        computed = median_time(compute, runs)
        with_read = median_time(read_and_compute, runs)
        floor = median_time(lambda: journal.db.execute("SELECT * FROM checkins").fetchall(), runs)
    return [
        Result(
            f"analysis {label} ({trials} trials)",
            computed,
            runs,
            goal="<= 50 ms",
            met=computed <= 0.050,
        ),
        Result(
            f"analysis {label} incl. journal read",
            with_read,
            runs,
            floor_s=floor,
            goal="floor: SELECT * FROM checkins",
        ),
    ]


def registry(journals: dict[str, Path], runs: int, folder: Path, *, quick: bool):
    """(name, zero-argument callable returning Results), in the order they run."""
    return [
        ("analysis", lambda: analysis_case(journals["20y"], runs, "20y")),
    ]

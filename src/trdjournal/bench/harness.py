"""Timing, journals and the result table shared by every case."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from trdjournal.demo import fill_demo_journal
from trdjournal.storage import Journal

# A fixed "today" so every run builds the same journals and the same report periods.
BENCH_TODAY = dt.date(2026, 6, 15)


@dataclasses.dataclass
class Result:
    case: str
    median_s: float
    runs: int
    floor_s: float | None = None
    goal: str = ""
    met: bool | None = None
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        if self.floor_s:
            return self.median_s / self.floor_s
        return None

    def as_dict(self) -> dict:
        return {**dataclasses.asdict(self), "ratio": self.ratio}


def median_time(action: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def demo_journal(folder: Path, days: int) -> Path:
    """A demo journal of ``days`` days ending on BENCH_TODAY, built once per folder."""
    path = folder / f"demo-{days}.sqlite3"
    if not path.exists():
        with Journal.open(path) as journal:
            fill_demo_journal(journal, days=days, seed=1, end=BENCH_TODAY)
    return path


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TRDJOURNAL_TODAY"] = BENCH_TODAY.isoformat()
    src = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def print_table(results: list[Result]) -> None:
    header = f"{'case':<44} {'median':>10} {'floor':>10} {'ratio':>7}  goal"
    print(header)
    print("-" * len(header))
    for r in results:
        scale, unit = (1000.0, "ms") if r.unit == "s" else (1.0, r.unit)
        median = f"{r.median_s * scale:.1f} {unit}"
        floor = f"{r.floor_s * scale:.1f} {unit}" if r.floor_s else "-"
        ratio = f"{r.ratio:.2f}x" if r.ratio else "-"
        verdict = "" if r.met is None else ("  met" if r.met else "  NOT MET")
        print(f"{r.case:<44} {median:>10} {floor:>10} {ratio:>7}  {r.goal}{verdict}")


def write_json(results: list[Result], path: Path, meta: dict) -> None:
    document = {**meta, "results": [r.as_dict() for r in results]}
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")

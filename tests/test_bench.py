"""The benchmark runs in quick mode (small journals, one run) so it cannot rot. No budgets here:
timings belong to `python -m trdjournal.bench`, not to tests on a shared machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_bench_measures_every_case(tmp_path):
    out = tmp_path / "bench.json"
    env = {"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-m", "trdjournal.bench", "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    document = json.loads(out.read_text())
    cases = [r["case"] for r in document["results"]]
    for expected in (
        "cold start",
        "charts: switch to full range",
        "charts: reload after a journal change",
        "report 90 days",
        "analysis",
        "peak RSS",
        "open + read all quick, encrypted",
        "import Daylio backup quick",
        "peak RSS, import Daylio CSV of 20,000 rows",
    ):
        assert any(expected in case for case in cases), (expected, cases)
    assert all(r["median_s"] > 0 for r in document["results"])
    assert "median" in done.stdout and "floor" in done.stdout


def test_a_probe_reports_its_own_peak_memory_not_the_bench_process_one():
    """ru_maxrss carries a parent's high-water mark into a vfork+exec'd child; the probes'
    peak_rss_bytes must not, or every memory figure is the bench process's own."""
    import subprocess
    import sys

    held = bytearray(300 * 2**20)  # the bench process holding 300 MB, touched
    for i in range(0, len(held), 4096):
        held[i] = 1
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from trdjournal.bench.peak import peak_rss_bytes; print(peak_rss_bytes())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    del held
    assert float(done.stdout) < 100 * 2**20, done.stdout

"""The benchmark cases. Each returns Results; journals come from the demo generator."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path

from trdjournal.bench.harness import BENCH_TODAY, Result, median_time


def analysis_case(journal_path: Path, runs: int, label: str) -> list[Result]:
    """trials + staging + a 90-day summary: from records in memory (the goal) and with the read."""
    from trdjournal.analysis import analyse, analyse_data
    from trdjournal.storage import Journal

    with Journal.open(journal_path) as journal:
        first = analyse(journal, today=BENCH_TODAY)
        data, trials = first.data, len(first.trials)

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


def cold_start_case(journal_path: Path, runs: int, label: str) -> list[Result]:
    from trdjournal.bench.processes import cold_start

    app, floor = cold_start(str(journal_path), runs)
    return [
        Result(
            f"cold start to first frame, {label}",
            app,
            runs,
            floor_s=floor,
            goal="<= 1.3x floor (PySide6 + pyqtgraph, 7,300 points)",
            met=app <= 1.3 * floor,
        )
    ]


def memory_case(journal_path: Path, label: str) -> list[Result]:
    from trdjournal.bench.processes import peak_memory

    megabytes = peak_memory(str(journal_path)) / 1e6
    return [
        Result(
            f"peak RSS, every view visited, {label}",
            megabytes,
            1,
            goal="<= 300 MB",
            met=megabytes <= 300,
            unit="MB",
        )
    ]


def chart_case(journal_path: Path, runs: int, label: str) -> list[Result]:
    """Switch the charts view to a range preset and paint it, in a running app."""
    import importlib

    probes = importlib.import_module("trdjournal.ui.shell.bench_probes")  # by name: Qt stays in ui/
    timings = probes.chart_timings(journal_path, runs)
    full, ninety = statistics.median(timings["all"]), statistics.median(timings["90d"])
    return [
        Result(
            f"charts: first show (prepared in idle time after start-up), {label}",
            timings["first show"][0],
            1,
            goal="<= 150 ms",
            met=timings["first show"][0] <= 0.150,
        ),
        Result(
            f"charts: switch to full range + paint, {label}",
            full,
            runs,
            goal="<= 50 ms",
            met=full <= 0.050,
        ),
        Result(f"charts: switch to 90 days + paint, {label}", ninety, runs),
        Result(
            f"charts: reload after a journal change + paint, {label}",
            statistics.median(timings["reload"]),
            runs,
        ),
    ]


def report_case(journal_path: Path, runs: int, folder: Path, label: str) -> list[Result]:
    """The PDF for 90 days, 1 year and the whole journal, against plain reportlab tables."""
    from trdjournal.analysis import analyse
    from trdjournal.report.build import write_report
    from trdjournal.report.options import ReportRequest
    from trdjournal.storage import Journal

    with Journal.open(journal_path) as journal:
        analysis = analyse(journal, today=BENCH_TODAY)
        first = journal.checkins()[0].date
    results = []
    periods = {"90 days": 90, "1 year": 365, f"whole journal ({label})": None}
    goals = {"90 days": 1.0, f"whole journal ({label})": 5.0}
    for name, days in periods.items():
        start = BENCH_TODAY - dt.timedelta(days=days - 1) if days else first
        request = ReportRequest(start=start, end=BENCH_TODAY)
        out = folder / "bench-report.pdf"
        pages = write_report(analysis, request, out).pages  # also the warm-up
        median = median_time(lambda r=request, o=out: write_report(analysis, r, o), runs, warmup=0)
        floor = median_time(lambda p=pages: plain_tables_pdf(folder / "floor.pdf", p), runs)
        goal = goals.get(name)
        results.append(
            Result(
                f"report {name}, {pages} pages",
                median,
                runs,
                floor_s=floor,
                goal=f"<= {goal:g} s" if goal else "",
                met=(median <= goal) if goal else None,
            )
        )
    return results


def plain_tables_pdf(path: Path, pages: int) -> None:
    """The floor: reportlab laying out ``pages`` pages of plain 40-row tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    story: list = []
    for page in range(pages):
        rows = [
            [f"{page}-{row}", "2026-01-01", "5", "3", "7.5", "45", "walk, work"]
            for row in range(40)
        ]
        story += [Table(rows), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def import_case(days: int, runs: int, folder: Path, label: str) -> list[Result]:
    """A Daylio export of ``days`` days into an empty journal: the importer's own time."""
    from sqlite_utils import Database

    from trdjournal.bench.daylio_file import write_daylio_csv
    from trdjournal.exchange.importer import import_file
    from trdjournal.storage import Journal

    source = folder / f"daylio-{days}.csv"
    entries = write_daylio_csv(source, days, BENCH_TODAY)
    rows = [{"date": f"d{i}", "mood": 5, "tags": "[]", "note": ""} for i in range(entries)]
    timings, floors = [], []
    for run in range(runs + 1):
        target = folder / f"import-{run}.sqlite3"
        with Journal.open(target) as journal:
            began = time.perf_counter()
            report = import_file(journal, source, "daylio")
            timings.append(time.perf_counter() - began)
        floor_db = Database(folder / f"floor-{run}.sqlite3")
        began = time.perf_counter()
        floor_db["checkins"].insert_all(rows, pk="date")
        floors.append(time.perf_counter() - began)
        floor_db.close()
    median = statistics.median(timings[1:])
    return [
        Result(
            f"import Daylio {label} ({entries} entries, {report.changes} changes)",
            median,
            runs,
            floor_s=statistics.median(floors[1:]),
            goal="<= 1 s; floor: sqlite-utils insert_all of the rows",
            met=median <= 1.0,
        )
    ]


def backup_import_case(days: int, runs: int, folder: Path, label: str) -> list[Result]:
    """A Daylio backup (.daylio) of ``days`` days into an empty journal."""
    from trdjournal.bench.daylio_file import write_daylio_backup
    from trdjournal.exchange.importer import import_file
    from trdjournal.storage import Journal

    source = folder / f"daylio-{days}.daylio"
    entries = write_daylio_backup(source, days, BENCH_TODAY)
    timings = []
    for run in range(runs + 1):
        with Journal.open(folder / f"backup-import-{run}.sqlite3") as journal:
            began = time.perf_counter()
            import_file(journal, source, "daylio-backup")
            timings.append(time.perf_counter() - began)
    median = statistics.median(timings[1:])
    return [
        Result(
            f"import Daylio backup {label} ({entries} entries)",
            median,
            runs,
            goal="<= 1 s",
            met=median <= 1.0,
        )
    ]


def streaming_import_case(rows: int, folder: Path, label: str) -> list[Result]:
    """Peak memory of importing a Daylio CSV of ``rows`` rows, in a fresh interpreter."""
    import subprocess
    import sys

    from trdjournal.bench.daylio_file import write_many_rows
    from trdjournal.bench.harness import bench_env

    source = folder / f"daylio-{rows}-rows.csv"
    write_many_rows(source, rows, BENCH_TODAY)
    done = subprocess.run(
        [sys.executable, "-m", "trdjournal.bench.import_probe", str(source), str(folder / f"rows-{rows}.sqlite3")],
        capture_output=True, text=True, env=bench_env(), timeout=1800,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"import probe failed:\n{done.stderr[-2000:]}")
    entries, peak = (float(n) for n in done.stdout.split()[-2:])
    megabytes = peak / 1e6
    return [
        Result(
            f"peak RSS, import Daylio CSV of {int(entries):,} rows ({label})",
            megabytes,
            1,
            goal="<= 300 MB",
            met=megabytes <= 300,
            unit="MB",
        )
    ]


def restore_case(journal_path: Path, runs: int, folder: Path, label: str) -> list[Result]:
    """Restoring a backup over the journal (the backup checked, the journal backed up, the
    swap), against the floor of copying the backup in with SQLite's backup API."""
    import shutil

    work = folder / "restore"
    work.mkdir(exist_ok=True)
    journal = work / journal_path.name
    shutil.copyfile(journal_path, journal)
    source = _copied(journal_path, work / "chosen.sqlite3")

    from trdjournal.storage import backup

    restore_s = median_time(lambda: backup.restore(source, journal), runs)
    floor = median_time(lambda: _copied(source, work / "floor.sqlite3"), runs)
    return [
        Result(
            f"restore a backup, {label}",
            restore_s,
            runs,
            floor_s=floor,
            goal="floor: copying the backup in",
        )
    ]


def _copied(source: Path, target: Path) -> Path:
    import sqlite3

    from trdjournal.storage import backup

    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return backup.copy_database(conn, target)
    finally:
        conn.close()


def registry(journals: dict[str, Path], runs: int, folder: Path, *, quick: bool):
    """(name, zero-argument callable returning Results), in the order they run."""
    largest = journals["20y"]
    label = "quick" if quick else "20y"
    return [
        ("cold start", lambda: cold_start_case(largest, runs, label)),
        ("charts", lambda: chart_case(largest, runs, label)),
        ("report", lambda: report_case(largest, runs, folder, label)),
        ("analysis", lambda: analysis_case(largest, runs, label)),
        ("memory", lambda: memory_case(largest, label)),
        ("import", lambda: import_case(730 if quick else 7300, runs, folder, label)),
        ("import backup", lambda: backup_import_case(730 if quick else 7305, runs, folder, label)),
        (
            "import 10^6 rows",
            lambda: streaming_import_case(20_000 if quick else 10**6, folder, label),
        ),
        ("encryption", lambda: encryption_case(largest, runs, folder, label)),
        ("restore", lambda: restore_case(largest, runs, folder, label)),
        ("apple health", lambda: apple_health_case(folder, quick=quick)),
    ]


def apple_health_case(folder: Path, *, quick: bool) -> list[Result]:
    """Import a synthetic Apple Health export.xml (1 GB; 20 MB quick) in a fresh interpreter:
    its time and peak resident memory, against the goal of 300 MB (issue 23)."""
    import subprocess
    import sys

    from trdjournal.bench.apple_health_file import write_export
    from trdjournal.bench.harness import bench_env

    size = 20 * 2**20 if quick else 2**30
    export, journal = folder / "export.xml", folder / "apple-health-import.sqlite3"
    days = write_export(export, size, BENCH_TODAY)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "trdjournal.bench.apple_health_file", str(export), str(journal)],
        capture_output=True,
        text=True,
        env=bench_env(),
        timeout=3600,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"Apple Health import probe failed:\n{done.stderr[-2000:]}")
    peak = float(done.stdout.strip().splitlines()[-1])
    megabytes = f"{export.stat().st_size / 2**20:.0f} MB, {days} days"
    export.unlink()
    return [
        Result(f"import Apple Health export.xml ({megabytes})", seconds, 1),
        Result(
            f"peak RSS importing Apple Health export.xml ({megabytes})",
            peak / 2**20,
            1,
            goal="<= 300 MB",
            met=peak <= 300 * 2**20,
            unit="MB",
        ),
    ]


def encryption_case(journal_path: Path, runs: int, folder: Path, label: str) -> list[Result]:
    """What a passphrase costs: open the journal (checks included) and read every record,
    plain and encrypted; each encrypted open derives its key again, as a new process does."""
    import shutil

    from trdjournal.storage import Journal, cipher, conversion

    passphrase = "bench passphrase"
    encrypted = folder / f"encrypted-{journal_path.name}"
    shutil.copyfile(journal_path, encrypted)
    start = time.perf_counter()
    conversion.convert_everything(encrypted, current=None, new=passphrase)
    convert_s = time.perf_counter() - start

    def read_all(path: Path, secret: str | None) -> None:
        cipher.forget_keys()
        with Journal.open(path, passphrase=secret) as journal:
            journal.checkins()
            journal.med_events()
            journal.sessions()
            journal.questionnaires()
            journal.appointments()

    plain_s = median_time(lambda: read_all(journal_path, None), runs)
    encrypted_s = median_time(lambda: read_all(encrypted, passphrase), runs)
    derive_s = median_time(lambda: cipher.new_key(passphrase), runs)
    return [
        Result(f"open + read all {label}, plain", plain_s, runs),
        Result(
            f"open + read all {label}, encrypted",
            encrypted_s,
            runs,
            floor_s=plain_s,
            goal="floor: the same journal, plain",
        ),
        Result("derive the key (PBKDF2, once per open)", derive_s, runs),
        Result(f"encrypt {label} (trdjournal encrypt)", convert_s, 1),
    ]

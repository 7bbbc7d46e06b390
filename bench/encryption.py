"""What encryption costs: open and read a 20-year journal, plain and encrypted.

    PYTHONPATH=src python bench/encryption.py [--days 7300] [--repeat 5]

Prints medians (seconds) for: opening the journal (checks included) and reading every record
in-process; a whole ``trdjournal entries --json`` process; converting the journal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "bench passphrase"
ROOT = Path(__file__).resolve().parents[1]


def read_everything(path: Path, passphrase: str | None) -> int:
    from trdjournal.storage import Journal, cipher

    cipher.forget_keys()  # a cold open: the key is derived again, as in a new process

    with Journal.open(path, passphrase=passphrase) as journal:
        return sum(
            len(records)
            for records in (
                journal.checkins(),
                journal.med_events(),
                journal.sessions(),
                journal.questionnaires(),
                journal.appointments(),
                journal.revisions(),
            )
        )


def median_time(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=7300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from trdjournal.demo import fill_demo_journal
    from trdjournal.storage import Journal, encryption

    folder = Path(tempfile.mkdtemp(prefix="trdjournal-bench-"))
    try:
        plain = folder / "plain" / "journal.sqlite3"
        plain.parent.mkdir()
        with Journal.open(plain) as journal:
            fill_demo_journal(journal, days=args.days)
        encrypted = folder / "encrypted" / "journal.sqlite3"
        encrypted.parent.mkdir()
        shutil.copyfile(plain, encrypted)
        start = time.perf_counter()
        encryption.encrypt(encrypted, PASSPHRASE)
        convert_seconds = time.perf_counter() - start

        records = read_everything(plain, None)
        assert read_everything(encrypted, PASSPHRASE) == records
        print(f"{args.days} days, {records} records (revisions included)")
        print(
            f"file size: plain {plain.stat().st_size:,} B, encrypted {encrypted.stat().st_size:,} B"
        )
        print(f"encrypt the journal (trdjournal encrypt, no backups): {convert_seconds:.3f} s")
        rows = []
        for name, path, key in (("plain", plain, None), ("encrypted", encrypted, PASSPHRASE)):
            in_process = median_time(lambda p=path, k=key: read_everything(p, k), args.repeat)
            env = {
                **os.environ,
                "PYTHONPATH": str(ROOT / "src"),
                "TRDJOURNAL_PASSPHRASE": PASSPHRASE,
                "TRDJOURNAL_DB": str(path),
            }
            # The first run makes the day's automatic backup; time the runs after it.
            command = [sys.executable, "-m", "trdjournal", "entries", "--json"]
            subprocess.run(command, env=env, check=True, capture_output=True)
            whole = median_time(
                lambda c=command, e=env: subprocess.run(c, env=e, check=True, capture_output=True),
                args.repeat,
            )
            rows.append((name, in_process, whole))
        from trdjournal.storage import cipher

        kdf = median_time(lambda: cipher.new_key(PASSPHRASE), args.repeat)
        print(f"deriving the key from the passphrase (PBKDF2, once per open): {kdf:.3f} s")
        print(f"{'':10} {'open+read all (in process)':>28} {'entries --json (process)':>26}")
        for name, in_process, whole in rows:
            print(f"{name:10} {in_process:>26.3f} s {whole:>24.3f} s")
        (_, plain_in, plain_whole), (_, enc_in, enc_whole) = rows
        print(f"{'cost':10} {enc_in - plain_in:>+26.3f} s {enc_whole - plain_whole:>+24.3f} s")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()

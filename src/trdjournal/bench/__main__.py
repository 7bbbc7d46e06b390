"""Run the benchmark: ``python -m trdjournal.bench [--quick] [--json FILE]``."""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import tempfile
from pathlib import Path

from trdjournal import __version__
from trdjournal.bench import cases
from trdjournal.bench.harness import demo_journal, print_table, write_json

FULL_SIZES = {"1y": 365, "5y": 1825, "20y": 7300}
QUICK_SIZES = {"1y": 120, "5y": 240, "20y": 730}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trdjournal.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small journals, one run (for CI)")
    parser.add_argument("--runs", type=int, default=None, help="repetitions per case")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--only", action="append", help="run only cases whose name has this")
    args = parser.parse_args(argv)
    sizes = QUICK_SIZES if args.quick else FULL_SIZES
    runs = args.runs or (1 if args.quick else 7)

    with tempfile.TemporaryDirectory(prefix="trdjournal-bench-") as tmp:
        folder = Path(tmp)
        journals = {label: demo_journal(folder, days) for label, days in sizes.items()}
        results = []
        for name, case in cases.registry(journals, runs, folder, quick=args.quick):
            if args.only and not any(word in name for word in args.only):
                continue
            print(f"running {name}...", file=sys.stderr, flush=True)
            results += case()
    print_table(results)
    if args.json:
        meta = {
            "trdjournal": __version__,
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.platform(),
            "quick": args.quick,
            "runs": runs,
            "journal_days": sizes,
        }
        write_json(results, args.json, meta)
    return 0


if __name__ == "__main__":
    sys.exit(main())

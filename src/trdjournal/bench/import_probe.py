"""A fresh interpreter that imports one file into an empty journal and prints its peak resident
memory in bytes (``python -m trdjournal.bench.import_probe FILE JOURNAL``): the streaming case.
"""

from __future__ import annotations

import sys
from pathlib import Path

from trdjournal.bench.peak import peak_rss_bytes


def main() -> None:
    from trdjournal.exchange.importer import import_file
    from trdjournal.storage import Journal

    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    with Journal.open(target) as journal:
        report = import_file(journal, source, "daylio")
    assert report.entries > 0, "nothing was read"
    print(report.entries)
    print(peak_rss_bytes())


if __name__ == "__main__":
    main()

"""A large synthetic Apple Health export.xml, written on the fly for the bench (issue 23), and
the probe that imports it in a fresh interpreter and prints its peak resident memory.

The file is shaped like a real export: mostly heart-rate samples (which the import skips, as
real exports are mostly heart rate), steps every half hour from a phone and a watch, and each
night's sleep stages. ``python -m trdjournal.bench.apple_health_file FILE JOURNAL`` is the
probe: it prints peak RSS in bytes.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from trdjournal.bench.peak import peak_rss_bytes

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
    "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
    "<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n"
    '<HealthData locale="en_SE">\n <ExportDate value="2026-06-10 08:00:00 +0200"/>\n'
)
RECORD = (
    ' <Record type="{type}" sourceName="{source}" sourceVersion="17.0" unit="{unit}" '
    'creationDate="{end}" startDate="{start}" endDate="{end}" value="{value}">\n'
    '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n </Record>\n'
)
STAGES = ("AsleepCore", "AsleepDeep", "AsleepCore", "AsleepREM", "Awake", "AsleepCore")


def _t(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S +0200")


def write_export(path: Path, size_bytes: int, last_day: dt.date) -> int:
    """Write about ``size_bytes`` of export.xml ending on ``last_day``; returns the days."""
    written, days = 0, 0
    day = last_day
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        while written < size_bytes:
            chunk = []
            midnight = dt.datetime.combine(day, dt.time())
            bed = midnight - dt.timedelta(hours=1)
            for i, stage in enumerate(STAGES):
                start = bed + dt.timedelta(minutes=75 * i)
                chunk.append(
                    RECORD.format(
                        type="HKCategoryTypeIdentifierSleepAnalysis",
                        source="Watch",
                        unit="",
                        start=_t(start),
                        end=_t(start + dt.timedelta(minutes=75)),
                        value=f"HKCategoryValueSleepAnalysis{stage}",
                    )
                )
            for half_hour in range(16, 44):
                start = midnight + dt.timedelta(minutes=30 * half_hour)
                for source in ("iPhone", "Watch"):
                    chunk.append(
                        RECORD.format(
                            type="HKQuantityTypeIdentifierStepCount",
                            source=source,
                            unit="count",
                            start=_t(start),
                            end=_t(start + dt.timedelta(minutes=30)),
                            value=200,
                        )
                    )
            for minute in range(0, 1440, 2):  # heart rate every two minutes: skipped
                start = midnight + dt.timedelta(minutes=minute)
                chunk.append(
                    RECORD.format(
                        type="HKQuantityTypeIdentifierHeartRate",
                        source="Watch",
                        unit="count/min",
                        start=_t(start),
                        end=_t(start),
                        value=62,
                    )
                )
            text = "".join(chunk)
            out.write(text)
            written += len(text)
            days += 1
            day -= dt.timedelta(days=1)
        out.write("</HealthData>\n")
    return days


def probe(export: str, journal: str) -> None:
    from trdjournal.exchange.importer import import_file
    from trdjournal.storage import Journal

    with Journal.open(journal) as opened:
        report = import_file(opened, Path(export))
    assert report.added.get("device_values", 0) > 0, report.lines()
    print(peak_rss_bytes())


if __name__ == "__main__":
    probe(sys.argv[1], sys.argv[2])

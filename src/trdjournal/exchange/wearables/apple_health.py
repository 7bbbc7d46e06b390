"""Apple Health: ``export.zip`` (``apple_health_export/export.xml`` inside) or ``export.xml``.

Format, from Apple's HealthKit documentation (HKCategoryTypeIdentifierSleepAnalysis,
HKCategoryValueSleepAnalysis, HKQuantityTypeIdentifierStepCount,
HKQuantityTypeIdentifierAppleExerciseTime) and the DTD at the top of every export.xml: a
``<HealthData>`` root holding one ``<Record type=... sourceName=... startDate=... endDate=...
value=...>`` per sample, times written ``2024-01-02 06:50:00 +0100`` (local time with its
offset), and one ``<ActivitySummary dateComponents="2024-01-02" appleExerciseTime="32" ...>``
a day. An open-source reader of the same file: dogsheep/healthkit-to-sqlite (which also
streams it).

What is read:
- Sleep: records of ``HKCategoryTypeIdentifierSleepAnalysis``. The asleep values
  (``...Asleep``, ``...AsleepUnspecified``, ``...AsleepCore``, ``...AsleepDeep``,
  ``...AsleepREM``) are summed as asleep; ``...InBed`` is time in bed, kept apart; ``...Awake``
  is neither. A watch and a phone (or a sleep app) often record the same night, so each
  kind's intervals are merged (their union) before summing: nothing is counted twice.
  Intervals less than 2 hours apart form one sleep period; the rules of common.py decide
  the night (the longest period of the wake day) and the naps.
- Steps: ``HKQuantityTypeIdentifierStepCount`` summed per day of each record's start, per
  source (``sourceName``); an iPhone and a Watch count the same steps, so the day takes the
  largest source's total rather than the sum.
- Active minutes: the ``ActivitySummary``'s ``appleExerciseTime`` where present, else
  ``HKQuantityTypeIdentifierAppleExerciseTime`` records summed per day and source (largest).

The file is read streaming (``defusedxml.ElementTree.iterparse``; every element is cleared
once read), so a 1 GB export stays small in memory (bench case ``import_apple_health``);
defusedxml refuses entity expansion (billion laughs) and external entities.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from trdjournal.exchange.app_values import read_number
from trdjournal.exchange.incoming import MalformedFile
from trdjournal.exchange.wearables import files
from trdjournal.exchange.wearables.common import DayActivity, DeviceData, SleepPeriod, number
from trdjournal.i18n import _

SOURCE = "apple-health"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
STEPS = "HKQuantityTypeIdentifierStepCount"
EXERCISE = "HKQuantityTypeIdentifierAppleExerciseTime"
ASLEEP = {
    "HKCategoryValueSleepAnalysisAsleep",
    "HKCategoryValueSleepAnalysisAsleepUnspecified",
    "HKCategoryValueSleepAnalysisAsleepCore",
    "HKCategoryValueSleepAnalysisAsleepDeep",
    "HKCategoryValueSleepAnalysisAsleepREM",
}
IN_BED = "HKCategoryValueSleepAnalysisInBed"
WANTED = frozenset((SLEEP, STEPS, EXERCISE))
PERIOD_GAP = dt.timedelta(hours=2)
_TIME = "%Y-%m-%d %H:%M:%S %z"


def xml_member(names: list[str]) -> str | None:
    """The export.xml among an Apple Health export.zip's names (not export_cda.xml)."""
    found = [n for n in names if n.rsplit("/", 1)[-1] == "export.xml"]
    return min(found, key=len) if found else None


def looks_like(head: bytes) -> bool:
    return b"<HealthData" in head or b"<!DOCTYPE HealthData" in head


def _open(export: files.Export) -> IO[bytes]:
    """The export.xml as a stream: inside the zip through the importer's zip limits (no
    ``../``, no zip bomb: the bytes inflated are counted), streamed, never held whole."""
    member = xml_member(export.names) if export.archive is not None else export.path.name
    if member is None:
        raise MalformedFile(
            export.path,
            _("the zip"),
            _("holds no {name}").format(name="apple_health_export/export.xml"),
        )
    return io.BufferedReader(export.open(member, files.MAX_EXPORT_BYTES))


def _attribute(where: str, name: str) -> str:
    return _("{where}, attribute {name}").format(where=where, name=name)


def _time(path: Path, text: str | None, where: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(text or "", _TIME)
    except ValueError:
        raise MalformedFile(
            path,
            where,
            _("is not a time like 2024-01-02 06:50:00 +0100 (got {value})").format(
                value=repr(text)
            ),
        ) from None


def _records(path: Path, handle: IO[bytes]) -> Iterator[tuple[int, str, dict[str, str]]]:
    """(position, tag, attributes) of the children of <HealthData> that are read (sleep, steps,
    exercise records; activity summaries), clearing every element once read. The attributes
    are the element's own: use them before asking for the next."""
    root, position = None, 0
    try:
        for event, element in iterparse(handle, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = element
                continue
            if element is root:
                break
            tag = element.tag
            if tag == "Record":
                position += 1
                if element.get("type") in WANTED:
                    yield position, tag, element.attrib
            elif tag == "ActivitySummary":
                position += 1
                yield position, tag, element.attrib
            if len(root):
                element.clear()
                root.clear()
    except ParseError as exc:
        line = exc.position[0] if exc.position else "?"
        raise MalformedFile(
            path,
            _("line {n}").format(n=line),
            _("is not valid XML ({problem})").format(problem=exc),
        ) from None
    except DefusedXmlException as exc:
        raise MalformedFile(
            path,
            _("the XML"),
            _("uses a construct refused for safety ({problem})").format(problem=exc),
        ) from None
    if root is None or root.tag != "HealthData":
        raise MalformedFile(
            path, _("the XML"), _("is not an Apple Health export (no <HealthData>)")
        )


def _merged(intervals: list[tuple[dt.datetime, dt.datetime]]) -> list[list[dt.datetime]]:
    out: list[list[dt.datetime]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def _overlap(spans: list[list[dt.datetime]], start: dt.datetime, end: dt.datetime) -> float:
    return sum(max((min(e, end) - max(s, start)).total_seconds(), 0) for s, e in spans if s < end)


def _periods(asleep: list, in_bed: list) -> list[SleepPeriod]:
    asleep_spans, bed_spans = _merged(asleep), _merged(in_bed)
    groups: list[list[dt.datetime]] = []
    for start, end in _merged(asleep + in_bed):
        if groups and start - groups[-1][1] < PERIOD_GAP:
            groups[-1][1] = max(groups[-1][1], end)
        else:
            groups.append([start, end])
    periods = []
    for start, end in groups:
        slept = _overlap(asleep_spans, start, end)
        bed = _overlap(bed_spans, start, end) if bed_spans else None
        if slept > 0 or bed:
            # wake: the end of the last asleep interval (in bed may go on after it)
            wake = max((e for s, e in asleep_spans if start <= s < end), default=end)
            periods.append(SleepPeriod(wake, slept, bed or None))
    return periods


def parse(path: Path) -> DeviceData:
    path = Path(path)
    data = DeviceData(SOURCE)
    asleep: list[tuple[dt.datetime, dt.datetime]] = []
    in_bed: list[tuple[dt.datetime, dt.datetime]] = []
    steps: dict[tuple[dt.date, str], float] = defaultdict(float)
    exercise: dict[tuple[dt.date, str], float] = defaultdict(float)
    summary_minutes: dict[dt.date, int] = {}
    with files.Export(path) as export, _open(export) as handle:
        for index, tag, attrs in _records(path, handle):
            where = _("record {n}").format(n=index)
            if tag == "ActivitySummary":
                day, minutes = attrs.get("dateComponents"), attrs.get("appleExerciseTime")
                if day and minutes not in (None, ""):
                    try:
                        summary_minutes[dt.date.fromisoformat(day)] = round(read_number(minutes))
                    except ValueError:
                        raise MalformedFile(
                            path,
                            where,
                            _("ActivitySummary {day}: {value} is not minutes").format(
                                day=repr(day), value=repr(minutes)
                            ),
                        ) from None
                    data.entries += 1
                continue
            kind = attrs.get("type")
            data.entries += 1
            start = _time(path, attrs.get("startDate"), _attribute(where, "startDate"))
            end = _time(path, attrs.get("endDate"), _attribute(where, "endDate"))
            if kind == SLEEP:
                value = attrs.get("value")
                if end > start and value in ASLEEP:
                    asleep.append((start, end))
                elif end > start and value == IN_BED:
                    in_bed.append((start, end))
                continue
            amount = number(path, _attribute(where, "value"), attrs.get("value", ""))
            totals = steps if kind == STEPS else exercise
            totals[(start.date(), attrs.get("sourceName", ""))] += amount
    data.sleeps = _periods(asleep, in_bed)
    data.days = _days(steps, exercise, summary_minutes)
    return data


def _largest_source(totals: dict[tuple[dt.date, str], float]) -> dict[dt.date, int]:
    best: dict[dt.date, int] = {}
    for (day, _source), amount in totals.items():
        best[day] = max(best.get(day, 0), round(amount))
    return best


def _days(steps: dict, exercise: dict, summary_minutes: dict[dt.date, int]) -> list[DayActivity]:
    step_days = _largest_source(steps)
    minutes = {**_largest_source(exercise), **summary_minutes}
    return [
        DayActivity(day, step_days.get(day), minutes.get(day))
        for day in sorted(set(step_days) | set(minutes))
    ]

"""Importing a wearable export: its device values are added; check-ins are never written.

- A value is added when the journal has none for its day, field and source: a re-import (or a
  newer export that overlaps the last one) adds only the new nights and days.
- A value that differs from what the user typed for that day is stored but not shown (the
  typed value is), and listed as a conflict in the summary; so is a value that differs from
  another device's value shown for the same day and field.
- One transaction with its revisions, after an automatic backup, as every import.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

from trdjournal.domain import device
from trdjournal.domain.device import DeviceValue
from trdjournal.exchange import wearables
from trdjournal.exchange.wearables.common import to_values
from trdjournal.i18n import N_, _, format_number, ngettext
from trdjournal.storage import Journal, backup

TABLE = "device_values"
WORDS = {  # translated where shown
    "sleep_hours": N_("sleep"),
    "activity_minutes": N_("active minutes"),
    "steps": N_("steps"),
}


@dataclasses.dataclass
class DevicePlan:
    values: list[DeviceValue]  # to add
    present: int  # already in the journal (same day, field and source)
    conflicts: list[str]


def _text(field: str, value: float) -> str:
    shown = format_number(value, decimals=2)
    return _("{hours} h").format(hours=shown) if field == "sleep_hours" else shown


def plan(journal: Journal, values: list[DeviceValue]) -> DevicePlan:
    stored = journal.device_values()  # read once: both the keys and what the views show
    have = {v.key for v in stored}
    shown = device.shown(stored)
    typed = {c.date: c for c in journal.checkins()}
    fresh = [v for v in values if v.key not in have]
    conflicts = []
    for value in fresh:
        if value.field not in device.FILLS:
            continue
        checkin = typed.get(value.date)
        mine = getattr(checkin, value.field, None) if checkin is not None else None
        what = _("{day} {field}").format(day=value.date.isoformat(), field=_(WORDS[value.field]))
        if mine is not None and mine != value.value:
            conflicts.append(
                _(
                    "{what}: you typed {typed}, {source} measured {measured} (your value is kept)"
                ).format(
                    what=what,
                    typed=_text(value.field, mine),
                    source=value.source_name,
                    measured=_text(value.field, value.value),
                )
            )
            continue
        other = shown.get(value.date, {}).get(value.field)
        if mine is None and other is not None and other.value != value.value:
            conflicts.append(
                _(
                    "{what}: {first} measured {first_value}, {second} {second_value} "
                    "({first}'s is shown, imported first)"
                ).format(
                    what=what,
                    first=other.source_name,
                    first_value=_text(value.field, other.value),
                    second=value.source_name,
                    second_value=_text(value.field, value.value),
                )
            )
    return DevicePlan(fresh, len(values) - len(fresh), conflicts)


def summary_lines(found: DevicePlan, values: list[DeviceValue]) -> list[str]:
    nights = {v.date for v in values if v.field == "sleep_hours"}
    new_nights = {v.date for v in found.values if v.field == "sleep_hours"}
    days = {v.date for v in values if v.field in ("steps", "activity_minutes")}
    lines = [
        _(
            "Nights in the file: {nights} ({new} new); days with steps or active minutes: {days}"
        ).format(nights=len(nights), new=len(new_nights), days=len(days))
    ]
    if found.conflicts:
        lines.append(
            ngettext(
                "{n} conflict, nothing you typed was changed:",
                "{n} conflicts, nothing you typed was changed:",
                len(found.conflicts),
            ).format(n=len(found.conflicts))
        )
        lines += [f"  {line}" for line in found.conflicts[:20]]
        if len(found.conflicts) > 20:
            more = len(found.conflicts) - 20
            lines.append("  " + ngettext("and {n} more", "and {n} more", more).format(n=more))
    return lines


def import_device_file(journal: Journal, path: Path, fmt: str, report: Any) -> Any:
    """Import a wearable export; ``report`` is the importer's ImportReport, filled and returned
    (its ``notes`` carry the summary: nights, range, conflicts)."""
    started = time.perf_counter()
    data = wearables.parse(path, fmt)
    values = to_values(data)
    found = plan(journal, values)
    report.added[TABLE], report.skipped[TABLE] = len(found.values), found.present
    report.entries = data.entries
    if values:
        report.first_day, report.last_day = values[0].date, values[-1].date
    report.notes += summary_lines(found, values)
    report.notes += data.notes
    report.seconds["read"] = time.perf_counter() - started
    if report.dry_run or not found.values:
        return report
    started = time.perf_counter()
    report.backup = backup.backup_before(journal, "import")
    report.seconds["backup"] = time.perf_counter() - started
    started = time.perf_counter()
    journal.add_device_values(found.values)
    report.seconds["write"] = time.perf_counter() - started
    return report

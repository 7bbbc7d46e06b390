"""The Journal's device values (issue 23): what a watch, ring or phone measured, by day.

Rows are keyed by day, field and source (a unique index), so importing the same export twice,
or a newer export that overlaps the last one, adds only the days not stored yet. Each added row
gets its revision like every other write (Edit > Undo, history, export). ``daily_measures``
(the charts' read) fills the check-ins' empty numbers from these and adds the days that have
device values only, with their mood empty; typed values always win (domain/device.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from trdjournal.domain import device
from trdjournal.domain.dates import not_in_future
from trdjournal.domain.device import DeviceValue
from trdjournal.storage import rows
from trdjournal.storage.records import DailyMeasures, Records, range_where
from trdjournal.storage.revisions import now, revision_row


class DeviceValues(Records):
    def device_values(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[DeviceValue]:
        where, params = range_where(start, end)
        return self._select("device_values", where, params, order="date, id")

    def add_device_values(self, values: Iterable[DeviceValue]) -> list[DeviceValue]:
        """Store the values whose (day, field, source) is not stored yet, in one transaction;
        returns those added (with their ids). The others are left as they are."""
        values = list(values)
        for value in values:
            not_in_future(value.date, what="device value")
        with self.db.atomic():
            # Only the keys: building every stored value would cost more than the import.
            cursor = self.db.execute("SELECT date, field, source FROM device_values")
            have = {(dt.date.fromisoformat(d), f, s) for d, f, s in cursor}
            fresh: list[DeviceValue] = []
            for value in values:
                if value.key not in have:
                    have.add(value.key)
                    fresh.append(value)
            if not fresh:
                return []
            last = self.db.execute("SELECT max(id) FROM device_values").fetchone()[0] or 0
            batch = [
                rows.device_value_to_row(_with_id(v, last + i)) for i, v in enumerate(fresh, 1)
            ]
            self._write_rows("device_values", batch)
            stamp = now()
            self._write_rows(
                "revisions",
                [revision_row(stamp, "device_values", r["id"], "insert", None, r) for r in batch],
            )
        return [rows.device_value_from_row(r) for r in batch]

    def daily_measures(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[DailyMeasures]:
        return measures_with_devices(
            super().daily_measures(start, end), self.device_values(start, end)
        )


def measures_with_devices(
    typed: Iterable[DailyMeasures], values: Iterable[DeviceValue]
) -> list[DailyMeasures]:
    """The typed days with their empty numbers filled from the devices (``sources`` says which),
    and the days with device values only (mood None), by date."""
    by_day = device.shown(values)
    if not by_day:
        return list(typed)
    out = []
    for measures in typed:
        filled, sources = device.fill(measures, by_day.pop(measures.date, {}))
        out.append(filled._replace(sources=sources) if sources else filled)
    for day, found in by_day.items():  # device values only: no mood logged
        empty = DailyMeasures(day, None, None, None, None, None)  # type: ignore[arg-type]
        filled, sources = device.fill(empty, found)
        if sources:
            out.append(filled._replace(sources=sources))
    return sorted(out, key=lambda m: m.date)


def measures_of(checkin) -> DailyMeasures:
    """A check-in's numbers, as ``daily_measures`` reads them."""
    c = checkin
    return DailyMeasures(
        c.date,
        c.mood,
        c.anxiety,
        c.energy,
        c.sleep_hours,
        c.activity_minutes,
        c.elevated,
        c.irritability,
    )


def _with_id(value: DeviceValue, new_id: int) -> DeviceValue:
    return DeviceValue(value.date, value.field, value.value, value.source, id=new_id)

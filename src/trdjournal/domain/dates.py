"""Calendar helpers. ``today()`` is the single source of "now" so tests and the demo can pin it."""

from __future__ import annotations

import datetime as dt
import os

from trdjournal.domain.errors import ValidationError

TODAY_ENV = "TRDJOURNAL_TODAY"  # for reproducible scripts and tests: an ISO date


def today() -> dt.date:
    pinned = os.environ.get(TODAY_ENV)
    if pinned:
        return parse_date(pinned, field=TODAY_ENV)
    return dt.date.today()


# The days a journal can hold: the calendar arithmetic of charts and summaries (a period
# before a date, weeks after it) stays inside what Python's dates can count.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)


def parse_date(value: str | dt.date, *, field: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(
                field, f"must be a real calendar date written YYYY-MM-DD (got {value!r})"
            ) from None
    if not EARLIEST <= value <= LATEST:
        raise ValidationError(
            field,
            f"{value.isoformat()} is outside the days a journal holds "
            f"({EARLIEST.isoformat()} to {LATEST.isoformat()})",
        )
    return value


def not_in_future(day: dt.date, *, field: str = "date", what: str = "entry") -> None:
    if day > today():
        raise ValidationError(
            field, f"{day.isoformat()} is in the future; a {what} can be dated today or earlier"
        )


def check_period(start: dt.date, end: dt.date, *, field: str = "from") -> None:
    """A date range's start must not come after its end."""
    if start > end:
        raise ValidationError(
            field, f"must be on or before the end date {end.isoformat()} (got {start.isoformat()})"
        )

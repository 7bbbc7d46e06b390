"""Calendar helpers. ``today()`` is the single source of "now" so tests and the demo can pin it."""

from __future__ import annotations

import datetime as dt
import os

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _

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
                field,
                _("must be a real calendar date written YYYY-MM-DD (got {value})").format(
                    value=repr(value)
                ),
            ) from None
    if not EARLIEST <= value <= LATEST:
        raise ValidationError(
            field,
            _("{value} is outside the days a journal holds ({EARLIEST} to {LATEST})").format(
                value=value.isoformat(), EARLIEST=EARLIEST.isoformat(), LATEST=LATEST.isoformat()
            ),
        )
    return value


def not_in_future(day: dt.date, *, field: str = "date", what: str = "entry") -> None:
    if day > today():
        raise ValidationError(
            field,
            _("{day} is in the future; a {what} can be dated today or earlier").format(
                day=day.isoformat(), what=what
            ),
        )


def check_period(start: dt.date, end: dt.date, *, field: str = "from") -> None:
    """A date range's start must not come after its end."""
    if start > end:
        raise ValidationError(
            field,
            _("must be on or before the end date {end} (got {start})").format(
                end=end.isoformat(), start=start.isoformat()
            ),
        )

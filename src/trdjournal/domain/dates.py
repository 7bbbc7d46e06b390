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


def parse_date(value: str | dt.date, *, field: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            field,
            _("must be a real calendar date written YYYY-MM-DD (got {value})").format(
                value=repr(value)
            ),
        ) from None


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

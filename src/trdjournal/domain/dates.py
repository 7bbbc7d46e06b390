"""Calendar helpers. ``today()`` is the single source of "now" so tests and the demo can pin it."""

from __future__ import annotations

import datetime as dt
import os

from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import N_, _

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


# The refusal of a future date, whole for each kind of record (``what``): a translation
# inflects the noun itself (Swedish "en incheckning", "ett labbsvar"), never "a" + a fragment.
FUTURE_REFUSALS = {
    "entry": N_("{day} is in the future; an entry can be dated today or earlier"),
    "check-in": N_("{day} is in the future; a check-in can be dated today or earlier"),
    "medication event": N_(
        "{day} is in the future; a medication event can be dated today or earlier"
    ),
    "treatment session": N_(
        "{day} is in the future; a treatment session can be dated today or earlier"
    ),
    "questionnaire": N_("{day} is in the future; a questionnaire can be dated today or earlier"),
    "life event": N_("{day} is in the future; a life event can be dated today or earlier"),
    "lab result": N_("{day} is in the future; a lab result can be dated today or earlier"),
    "missed dose": N_("{day} is in the future; a missed dose can be dated today or earlier"),
    "device value": N_("{day} is in the future; a device value can be dated today or earlier"),
    "pharmacogenomic test": N_(
        "{day} is in the future; a pharmacogenomic test can be dated today or earlier"
    ),
}


def not_in_future(day: dt.date, *, field: str = "date", what: str = "entry") -> None:
    """ValidationError(field) for a day after today; ``what`` is a key of FUTURE_REFUSALS."""
    if day > today():
        message = FUTURE_REFUSALS.get(what, FUTURE_REFUSALS["entry"])
        raise ValidationError(field, _(message).format(day=day.isoformat()))


def check_period(start: dt.date, end: dt.date, *, field: str = "from") -> None:
    """A date range's start must not come after its end."""
    if start > end:
        raise ValidationError(
            field,
            _("must be on or before the end date {end} (got {start})").format(
                end=end.isoformat(), start=start.isoformat()
            ),
        )

"""What a report covers: its period, its sections and whose name it carries.

Pure Python (no reportlab), so the CLI and the GUI dialog can check a request before the
build starts and share one rule for the default period.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from trdjournal.domain.dates import check_period
from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _

SECTIONS = ("summary", "charts", "trials", "background", "log")
# "background" (family history, childhood adversity...) is sensitive: only when asked for.
DEFAULT_SECTIONS = tuple(s for s in SECTIONS if s != "background")
SECTION_TITLES = {
    "summary": "Since last visit (one page)",
    "charts": "Charts: timeline and trial overlay",
    "trials": "Trial history table",
    "background": "Background: episode, family history, other conditions (private)",
    "log": "Appendix: daily log",
}
DEFAULT_DAYS = 90


@dataclasses.dataclass(frozen=True)
class ReportRequest:
    start: dt.date
    end: dt.date
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    name: str = ""  # printed on every page; blank prints no name

    def __post_init__(self) -> None:
        check_period(self.start, self.end)
        if not self.sections:
            raise ValidationError(
                "sections", _("choose at least one of {names}").format(names=", ".join(SECTIONS))
            )
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValidationError(
                "sections",
                _("{value} is not a section; use {names}").format(
                    value=repr(unknown[0]), names=", ".join(SECTIONS)
                ),
            )
        # Fixed order whatever order they were asked in: page 1 is always the summary.
        object.__setattr__(self, "sections", tuple(s for s in SECTIONS if s in self.sections))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def parse_sections(text: str) -> tuple[str, ...]:
    """``"summary,charts"`` as typed on the command line."""
    parts = [p.strip().lower() for p in text.split(",") if p.strip()]
    if not parts:
        raise ValidationError(
            "sections", _("choose at least one of {names}").format(names=", ".join(SECTIONS))
        )
    for part in parts:
        if part not in SECTIONS:
            raise ValidationError(
                "sections",
                _("{part} is not a section; use a comma list of {names}").format(
                    part=repr(part), names=", ".join(SECTIONS)
                ),
            )
    return tuple(parts)


def default_period(appointments: Iterable[dt.date], today: dt.date) -> tuple[dt.date, dt.date]:
    """Since the last appointment before today, or the last 90 days when there is none.

    An appointment dated today is the visit this report is for, so the period starts at
    the one before it; future appointments (planned visits) do not count.
    """
    past = [day for day in appointments if day < today]
    if past:
        return max(past), today
    return today - dt.timedelta(days=DEFAULT_DAYS - 1), today


def plan_request(
    *,
    appointments: Iterable[dt.date],
    today: dt.date,
    report_name: str,
    start: dt.date | None = None,
    end: dt.date | None = None,
    sections: Iterable[str] = DEFAULT_SECTIONS,
    include_name: bool = True,
) -> ReportRequest:
    """The request the CLI and the GUI build from what the user chose (None = the default)."""
    if end is not None and end > today:
        raise ValidationError(
            "to",
            _("{end} is in the future; a report ends today or earlier").format(end=end.isoformat()),
        )
    end = end or today
    if start is None:
        start, _end = default_period(appointments, end)
    return ReportRequest(
        start=start,
        end=end,
        sections=tuple(sections),
        name=report_name.strip() if include_name else "",
    )

"""The localised ``date`` column of old Daylio CSV exports ("18 May", "7 września", "7. März").

Exports without ``full_date`` have a ``year`` column and a ``date`` written in the phone's
language. Month names come from the Unicode CLDR through babel (https://babel.pocoo.org), in
every form CLDR has (wide and abbreviated, the format form, which carries Polish and Russian
genitives like "września", and the stand-alone form), for the languages Daylio's interface
ships in. Japanese, Chinese and Korean dates ("5月18日", "5월 18일") are month and day numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from trdjournal.i18n import _

# Daylio's interface languages (its store listing); a name two of them spell alike for
# different months would be ambiguous, so the first language listed wins.
LOCALES = (
    "en", "de", "pl", "fr", "es", "it", "pt", "nl", "ru", "uk", "cs", "sk", "sv", "da", "nb",
    "fi", "hu", "ro", "tr", "el", "id", "vi", "bg", "sl", "lt", "lv", "et",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+\.?")
_NUMBER = re.compile(r"\d+")
_CJK = re.compile(r"^\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?\s*$")


def _key(name: str) -> str:
    return name.strip().lower().rstrip(".")


@functools.cache
def month_names() -> dict[str, int]:
    from babel import Locale  # loaded only for exports without full_date

    names: dict[str, int] = {}
    for code in LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names.setdefault(_key(name), number)
    return names


def parse_day(date_text: str, year_text: str | None) -> dt.date:
    """The day of a localised ``date`` and a ``year``; ValueError saying what was expected."""
    year = (year_text or "").strip()
    if not year.isdigit():
        raise ValueError(
            _(
                'the date "{date}" has no year: this export has neither full_date nor a year column'
            ).format(date=date_text)
        )
    cjk = _CJK.match(date_text)
    if cjk:
        month, day = int(cjk[1]), int(cjk[2])
    else:
        names = month_names()
        months = {names[_key(w)] for w in _WORD.findall(date_text.lower()) if _key(w) in names}
        numbers = _NUMBER.findall(date_text)
        if len(months) != 1 or len(numbers) != 1:
            raise ValueError(
                _(
                    'the date "{date}" is not a day and a month name (like "18 May" or '
                    '"7 września"); if the phone was set to another language, name it in a bug '
                    "report, or export again from a newer Daylio (which also writes full_date)"
                ).format(date=date_text)
            )
        month, day = months.pop(), int(numbers[0])
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        raise ValueError(
            _('"{date_text} {year}" is not a real calendar date').format(
                date_text=date_text, year=year
            )
        ) from None

"""The core's translations: gettext catalogues (resources/locale/<lang>/LC_MESSAGES/trdjournal.mo,
managed with babel) and babel's dates and numbers, for everything that does not come from Qt:
validation messages, analysis wording, scale texts, the command line and the PDF.

One current language per process, chosen by ``set_locale`` (the CLI and the app call it at
start-up from ``requested_locale()``); ``use_locale`` switches it for one PDF whose reader reads
another language. ``_`` looks the message up at call time, so a module-level table is marked
with ``N_`` and translated where it is shown.

    TRDJOURNAL_LOCALE=sv trdjournal log --mood 11   # Swedish whatever LANG says
    TRDJOURNAL_LOCALE=pseudo ...                    # every message [bracketed·····]

The pseudo-locale brackets and accents every message it is asked for, so a test can find any
English text that never passed through ``_``/``ngettext`` (tests/i18n).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gettext
import math
import os
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from trdjournal.paths import resource_path

LOCALE_ENV = "TRDJOURNAL_LOCALE"
DOMAIN = "trdjournal"
PSEUDO = "pseudo"
SOURCE_LANGUAGE = "en"
PSEUDO_SCALE = 1.4  # translations run 30-40% longer than English (German, Finnish, Swedish)

_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíöüýÅÉÎÖÜÝçñšž")
# Left exactly as written: {placeholders}, %1 / %n, HTML tags, entities and & mnemonics.
_KEEP = re.compile(r"\{[^}]*\}|%\w|<[^>]*>|&\w+;|&")


def stretch(text: str, scale: float = PSEUDO_SCALE) -> str:
    """The pseudo-translation of ``text``: accented, bracketed, padded to ``scale`` times."""
    if not text.strip():
        return text
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTS))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTS))
    padding = "·" * max(1, round(len(text) * (scale - 1)) - 2)
    return f"[{''.join(pieces)}{padding}]"


class PseudoTranslations(gettext.NullTranslations):
    """Answers every message with its stretched source text (plural rules of English)."""

    def gettext(self, message: str) -> str:
        return stretch(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return stretch(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:  # noqa: ARG002
        return stretch(message)


class _State:
    name = SOURCE_LANGUAGE
    translations: gettext.NullTranslations = gettext.NullTranslations()


_state = _State()


def _language(name: str) -> str:
    """``sv_SE.UTF-8`` -> ``sv``; ``C``/``POSIX``/empty -> English."""
    base = name.split(".")[0].split("@")[0]
    language = base.split("_")[0].split("-")[0].lower()
    return SOURCE_LANGUAGE if language in ("", "c", "posix") else language


def requested_locale() -> str:
    """TRDJOURNAL_LOCALE, else gettext's own order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    forced = os.environ.get(LOCALE_ENV)
    if forced:
        return forced if forced == PSEUDO else _language(forced)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return _language(value.split(":")[0])
    return SOURCE_LANGUAGE


def locale_folder():
    return resource_path("locale")


def available_locales() -> tuple[str, ...]:
    """English plus every language with a compiled catalogue."""
    folder = locale_folder()
    found = (
        sorted(p.name for p in folder.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.mo").exists())
        if folder.is_dir()
        else []
    )
    return (SOURCE_LANGUAGE, *found)


def set_locale(name: str | None = None) -> str:
    """Make ``name`` (default: requested_locale()) the current language; returns it.

    A language without a catalogue falls back to English, silently: the user gets the source
    text, never an error for their system's language.
    """
    name = name or requested_locale()
    if name == PSEUDO:
        _state.name, _state.translations = PSEUDO, PseudoTranslations()
        return name
    name = _language(name)
    _state.translations = gettext.translation(
        DOMAIN, str(locale_folder()), languages=[name], fallback=True
    )
    _state.name = name if name in available_locales() else SOURCE_LANGUAGE
    return _state.name


@contextlib.contextmanager
def use_locale(name: str | None) -> Iterator[str]:
    """Within the block, ``name`` is the current language (None: leave it as it is)."""
    saved = _state.name, _state.translations
    try:
        yield set_locale(name) if name else _state.name
    finally:
        _state.name, _state.translations = saved


def current_locale() -> str:
    """The current language: "en", "sv", ... or "pseudo"."""
    return _state.name


class _LocalFloat(float):
    """A float that formats with the current language's decimal sign ("{dose:g}" -> "7,5")."""

    def __format__(self, spec: str) -> str:
        text = float.__format__(self, spec)
        if spec[-1:] in ("", "e", "E", "f", "F", "g", "G", "%"):
            separator = decimal_separator()
            if separator != ".":
                text = text.replace(".", separator)
        return text


def _local_numbers(value):
    # bool is an int, never a float; Decimal and int keep their own formatting
    return _LocalFloat(value) if type(value) is float else value


class Message(str):
    """A translated message. Its ``format`` writes floats with the language's decimal sign, so
    "{value:g} mg" in a Swedish sentence reads "7,5 mg" without each caller calling
    format_number; in English it formats exactly as ``str.format``."""

    __slots__ = ()

    def format(self, *args, **kwargs) -> str:
        return str.format(
            self,
            *map(_local_numbers, args),
            **{key: _local_numbers(value) for key, value in kwargs.items()},
        )


def _(message: str) -> str:
    return Message(_state.translations.gettext(message))


def ngettext(singular: str, plural: str, n: int) -> str:
    return Message(_state.translations.ngettext(singular, plural, n))


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Marks a string for extraction only; translate it with ``_`` where it is shown."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Marks a plural pair for extraction; translate it with ``ngettext(*pair, n)``."""
    return singular, plural


# Dates and numbers: babel (CLDR). The pseudo-locale formats as English.


def _babel_locale() -> str:
    return SOURCE_LANGUAGE if _state.name == PSEUDO else _state.name


def format_date(day: dt.date, form: str = "long") -> str:
    """``form``: "long" (15 juni 2026 / 15 June 2026), "medium" (15 juni 2026 / 15 Jun 2026),
    "short" (2026-06-15 / 6/15/26), or a CLDR pattern such as "d MMM"."""
    from babel.dates import format_date as babel_format_date

    patterns = {"long": "d MMMM y"}
    return babel_format_date(day, patterns.get(form, form), locale=_babel_locale())


def format_signed(value: int) -> str:
    """A signed whole number as the report prints it: ``+2``, ``0``, ``−3`` (a true minus,
    U+2212, in every view alike); ``parse_number`` reads either minus back."""
    return f"{value:+d}".replace("-", "\u2212") if value else "0"


def format_number(value: float | int, decimals: int = 1) -> str:
    """``7.5`` -> "7,5" in Swedish; at most ``decimals`` decimals, trailing zeros dropped."""
    from babel.numbers import format_decimal

    pattern = "0" + ("." + "#" * decimals if decimals else "")  # no grouping: 1000 mg
    return format_decimal(value, format=pattern, locale=_babel_locale())


def shown_number(value: object) -> str:
    """A refused value as the user reads it back: a number as the locale writes it ("25,5"),
    anything else as its repr, so a Swedish refusal never echoes "25.5"."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return format_number(value, decimals=6)
    return repr(value)


def decimal_separator() -> str:
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(_babel_locale())


def parse_number(text: str) -> float:
    """A number typed by the user: the current locale's decimal sign or a dot (7,5 or 7.5).

    Raises ValueError for anything else (the caller names the field).
    """
    cleaned = str(text).strip().replace("\u2212", "-")
    separator = decimal_separator()
    if separator != "." and cleaned.count(separator) == 1 and "." not in cleaned:
        cleaned = cleaned.replace(separator, ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not number.is_finite():
        raise ValueError(text)
    return float(number)

"""Translations: Qt's own (dialog buttons) and trdjournal's resources/i18n/trdjournal_<lang>.qm,
chosen from the system locale or TRDJOURNAL_LOCALE; plus a pseudo-locale that lengthens and
accents every string, to find clipped text and strings that miss translation (Vorta's
TRANS_SCALE idea).

    TRDJOURNAL_LOCALE=sv trdjournal         # Swedish whatever the system says
    TRDJOURNAL_LOCALE=pseudo trdjournal     # [Ŧödáý·····]: every tr() string, 40% longer
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

from trdjournal import i18n as core_i18n
from trdjournal.i18n import LOCALE_ENV, PSEUDO, PSEUDO_SCALE, stretch  # noqa: F401 (re-exported)
from trdjournal.paths import resource_path

CATALOG = "trdjournal"


class PseudoTranslator(QTranslator):
    """Answers every translation request with the stretched source text."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        return stretch(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


def requested_locale() -> str:
    return os.environ.get(LOCALE_ENV) or QLocale.system().name()


class Plurals(QObject):
    """The translation context of counted strings outside a QObject: write
    ``Plurals.tr("%n check-in(s)", "", count)`` so pyside6-lupdate records the plural forms
    (it does not for ``QCoreApplication.translate(..., n)``)."""


def install_translators(app: QCoreApplication, name: str | None = None) -> str:
    """Install the translators for ``name`` (default: requested_locale()); returns the name.

    The translators are parented to ``app`` so they live as long as it does.
    """
    name = name or requested_locale()
    # The core's messages (validation, analysis wording, scale texts) in the same language.
    core_i18n.set_locale(name if name == PSEUDO else QLocale(name).name())
    if name == PSEUDO:
        app.installTranslator(PseudoTranslator(app))
        return name
    locale = QLocale(name)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English plural forms ("1 day", "2 days") for every "%n" string, whatever the language:
    # the last translator installed is asked first, so a translation still wins
    english = QTranslator(app)
    if english.load(f"{CATALOG}_en", str(resource_path("i18n"))):
        app.installTranslator(english)
    for catalog, folder in (("qtbase", qt_folder), (CATALOG, str(resource_path("i18n")))):
        translator = QTranslator(app)
        if translator.load(locale, catalog, "_", folder):
            app.installTranslator(translator)
    QLocale.setDefault(locale)  # dates and numbers in that language too
    return name


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date, pattern: str) -> str:
    """``day`` in a QDate pattern such as "ddd d MMM", with names in the user's language."""
    return QLocale().toString(_qdate(day), pattern)


def long_date(day: dt.date) -> str:
    """Like "Friday 20 November 2026" (or "fredag 20 november 2026")."""
    return format_date(day, "dddd d MMMM yyyy")


def medium_date(day: dt.date) -> str:
    """Like "Fri 20 Nov 2026"."""
    return format_date(day, "ddd d MMM yyyy")


def kept_at(moment: dt.datetime) -> str:
    """A moment in local time, like "Fri 20 Nov 2026 21:47" (when a draft was kept)."""
    local = moment.astimezone()
    return f"{medium_date(local.date())} {QLocale().toString(QTime(local.hour, local.minute), 'HH:mm')}"


def short_weekday(day: dt.date) -> str:
    """Like "Fri"."""
    return format_date(day, "ddd")


def month_names() -> list[str]:
    """January to December, abbreviated, in the user's language."""
    return [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]

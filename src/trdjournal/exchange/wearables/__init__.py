"""Sleep, steps and active minutes from the watches, rings and phones people wear (issue 23).

One module per source, each naming the public description of its format; each returns the
neutral ``common.DeviceData`` (sleep periods and days), and ``common.to_values`` turns it into
device values by one set of rules. ``detect`` recognises a file by its content (and a zip by
its members' names); ``importing.import_device_file`` writes the values without touching what
the user typed.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from pathlib import Path

from trdjournal.domain.errors import ValidationError
from trdjournal.exchange import text_input
from trdjournal.exchange.wearables import (
    apple_health,
    files,
    fitbit,
    gadgetbridge,
    garmin,
    google_fit,
    health_connect,
    oura,
)
from trdjournal.exchange.wearables.common import DeviceData
from trdjournal.i18n import N_

FORMAT_NAMES = {  # translated where shown
    "apple-health": N_("Apple Health export"),
    "google-fit": N_("Google Fit (Takeout daily activity metrics)"),
    "health-connect": N_("Health Connect export"),
    "fitbit": N_("Fitbit export"),
    "oura": N_("Oura export"),
    "garmin": N_("Garmin Connect export"),
    "gadgetbridge": N_("Gadgetbridge database"),
}
FORMATS = tuple(FORMAT_NAMES)
HEAD_BYTES = 64 * 1024  # Apple's export.xml opens with a DTD of several kilobytes


def zip_format(names: list[str]) -> str | None:
    """The wearable format of a zip holding ``names``, or None."""
    if apple_health.xml_member(names) is not None:
        return "apple-health"
    if health_connect.member(names) is not None:
        return "health-connect"
    if gadgetbridge.member(names) is not None:
        return "gadgetbridge"
    if files.matching(names, *garmin.PATTERNS):
        return "garmin"
    lower = {files.basename(n).lower() for n in names}
    if files.matching(names, *fitbit.PATTERNS):
        return "fitbit"
    if google_fit.FILE_NAME in lower:
        return "google-fit"
    if any("oura" in n.lower() for n in names) and files.matching(names, "*.json", "*.csv"):
        return "oura"
    return None


def _sqlite_format(path: Path) -> str | None:
    with files.sqlite_file(path) as conn:
        found = files.tables(conn)
    if health_connect.is_export(found):
        return "health-connect"
    if gadgetbridge.is_export(found):
        return "gadgetbridge"
    return None


def _text_format(path: Path, head: bytes) -> str | None:
    if apple_health.looks_like(head):
        return "apple-health"
    name = path.name.lower()
    if any(fnmatch.fnmatch(name, p) for p in fitbit.PATTERNS):
        return "fitbit"
    if any(fnmatch.fnmatch(name, p) for p in garmin.PATTERNS):
        return "garmin"
    encoding = text_input.detect_encoding(head[: text_input.SAMPLE_BYTES], path)
    text = head.decode(encoding, errors="replace").lstrip("\ufeff").lstrip()
    if text.startswith("{") and ('"bedtime_end"' in text or '"summary_date"' in text):
        try:
            document = text_input.load_json(path)
        except ValidationError:
            return None  # not JSON after all: the other importers say what it is not
        return "oura" if oura.looks_like_json(document) else None
    first = text.split("\n", 1)[0]
    header = {c.strip().strip('"').lower() for c in first.replace(";", ",").split(",")}
    if google_fit.looks_like(header):
        return "google-fit"
    if oura.looks_like_csv(header):
        return "oura"
    return None


def detect(path: Path, zip_names: list[str] | None = None) -> str | None:
    """The wearable format of the file at ``path``, or None when it is none of them.
    ``zip_names``: the names of the zip it is, when the caller has read them already
    (importer.detect, which asks files.zip_names once for every format)."""
    path = Path(path)
    if not path.is_file():
        return None
    names = files.zip_names(path) if zip_names is None else zip_names
    if names is not None:
        return zip_format(names)
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if head.startswith(files.SQLITE_MAGIC):
        return _sqlite_format(path)
    return _text_format(path, head)


def parse(path: Path, fmt: str) -> DeviceData:
    readers: dict[str, Callable[[Path], DeviceData]] = {
        "apple-health": apple_health.parse,
        "google-fit": google_fit.parse,
        "health-connect": health_connect.parse,
        "fitbit": fitbit.parse,
        "oura": oura.parse,
        "garmin": garmin.parse,
        "gadgetbridge": gadgetbridge.parse,
    }
    return readers[fmt](Path(path))

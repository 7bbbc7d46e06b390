"""Desktop integration files: one app id everywhere, and the freedesktop validators accept them."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from trdjournal import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_desktop_file_and_icon_are_named_by_the_app_id():
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "trdjournal"
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_metainfo_names_the_app_id_the_desktop_file_and_this_version():
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("icon") == APP_ID
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add release notes for the new version to the metainfo"
    )
    assert root.findall("screenshots/screenshot/image"), "software centres need a screenshot"


def _run_validator(tool: str, *args: str) -> subprocess.CompletedProcess:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: apt-get install {VALIDATOR_PACKAGES[tool]})")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


VALIDATOR_PACKAGES = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def test_desktop_file_validate_accepts_the_desktop_file():
    result = _run_validator("desktop-file-validate", str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_appstreamcli_validate_accepts_the_metainfo():
    # --no-net: the screenshot and homepage URLs are not fetched (tests run offline).
    result = _run_validator("appstreamcli", "validate", "--no-net", str(METAINFO_FILE))
    assert result.returncode == 0, result.stdout + result.stderr

"""Start with the session: an XDG autostart entry in ~/.config/autostart (Linux desktops).

The entry's existence is the setting, so there is nothing to keep in step: the checkbox in
Settings reads ``is_enabled()`` and writes with ``set_enabled()``. Off by default.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from trdjournal import APP_ID, APP_NAME


def supported() -> bool:
    return sys.platform.startswith("linux")


def entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_command() -> list[str]:
    """How the session should start this same trdjournal (frozen build or installed script)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    installed = shutil.which(APP_NAME)
    if installed:
        return [installed]
    return [sys.executable, "-m", "trdjournal"]


def _exec_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (double quotes, not shell's)."""
    argument = argument.replace("%", "%%")
    if not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    # The string-level escape (backslash doubled) applies on top of the Exec quoting.
    exec_value = " ".join(map(_exec_quote, command)).replace("\\", "\\\\")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Icon={APP_ID}\n"
        f"Exec={exec_value}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    return entry_path().is_file()


def set_enabled(enabled: bool) -> Path:
    path = entry_path()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry_text(launch_command()), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path

"""Shared fixtures. Every test runs with a pinned "today", a private data folder and no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

# Before any QApplication exists; setdefault so a real DISPLAY under Xvfb can still choose xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = "2026-06-15"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory, monkeypatch):
    """Never touch the real data folder; pin today so dates in tests mean the same every day."""
    data_home = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("TRDJOURNAL_TODAY", TODAY)
    monkeypatch.delenv("TRDJOURNAL_DB", raising=False)
    # The core's language follows TRDJOURNAL_LOCALE, else LANG & co: English unless a test asks.
    monkeypatch.delenv("TRDJOURNAL_LOCALE", raising=False)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    from trdjournal import i18n

    i18n.set_locale("en")
    yield data_home
    i18n.set_locale("en")


@pytest.fixture
def journal_path(tmp_path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def cli(journal_path):
    """Run ``trdjournal --db <temp journal> ARGS...`` in-process with click's CliRunner."""
    from trdjournal.cli import main

    def run(*args: str, db: Path | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(main, ["--db", str(db or journal_path), *args], catch_exceptions=False)

    return run


@pytest.fixture
def journal(journal_path):
    from trdjournal.storage import Journal

    with Journal.open(journal_path) as opened:
        yield opened


@pytest.fixture
def cli_with_blocked_imports(tmp_path):
    """Run ``trdjournal --db <temp journal> ARGS`` in a fresh interpreter in which importing any
    of ``blocked`` (top-level package names) fails, with no display: what a machine without
    those packages would see."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    db = tmp_path / "blocked.sqlite3"

    def run(blocked: tuple[str, ...], *args: str) -> subprocess.CompletedProcess:
        script = (
            "import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            f"        if name.split('.')[0] in {tuple(blocked)!r}:\n"
            "            raise ImportError('blocked in this test: ' + name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "from trdjournal.cli import main\n"
            "main()\n"
        )
        return subprocess.run(
            [sys.executable, "-c", script, "--db", str(db), *args],
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(root / "src"), "TRDJOURNAL_TODAY": TODAY},
        )

    return run

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
    return data_home


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

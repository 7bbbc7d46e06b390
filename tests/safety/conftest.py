"""Helpers for the data-safety tests: fixture files on disk and generated Daylio exports."""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
LABELS = ("rad", "good", "meh", "bad", "awful")
ACTIVITIES = ("walk", "friends", "work", "movies & tv", "bad sleep", "sport", "reading")


def write_daylio_export(path: Path, days: int, end: dt.date, *, seed: int = 1) -> Path:
    """A Daylio export (current header) of ``days`` days ending at ``end``, newest first, with
    a second entry on every fifth day and 12-hour times, as the app writes them."""
    rng = random.Random(seed)
    rows = []
    for offset in range(days):
        day = end - dt.timedelta(days=offset)
        entries = 2 if offset % 5 == 0 else 1
        for n in range(entries):
            hour = 21 - 12 * n  # 9 pm, then 9 am: newest first within the day as well
            rows.append(
                [
                    day.isoformat(),
                    f"{day:%B} {day.day}",
                    f"{day:%A}",
                    f"{(hour - 1) % 12 + 1}:{rng.randrange(60):02d} {'pm' if hour >= 12 else 'am'}",
                    rng.choice(LABELS),
                    " | ".join(rng.sample(ACTIVITIES, rng.randrange(4))),
                    "",
                    rng.choice(["", "", "ok day", 'a "quoted", note,\nover two lines']),
                ]
            )
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
        )
        writer.writerows(rows)
    return path


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def make_daylio_export():
    return write_daylio_export


@pytest.fixture
def integrity_of():
    return integrity


class Modal:
    """Answering modal dialogs as a user would: ``when(act)`` runs ``act(dialog)`` on the next
    modal dialog as soon as it is on screen; ``click(dialog, text)`` presses a button."""

    @staticmethod
    def when(act, tries: int = 250) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def poll(left: int = tries) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.isVisible():
                act(dialog)
            elif left:
                QTimer.singleShot(20, lambda: poll(left - 1))

        QTimer.singleShot(0, poll)

    @staticmethod
    def click(dialog, text: str) -> None:
        from PySide6.QtWidgets import QAbstractButton

        buttons = dialog.findChildren(QAbstractButton)
        next(b for b in buttons if b.text().replace("&", "") == text).click()


@pytest.fixture
def modal() -> Modal:
    return Modal()


@pytest.fixture
def days_of():
    """The journal's check-ins as ``trdjournal entries --json`` prints them, by date."""
    import json

    def read(cli) -> dict[str, dict]:
        result = cli("entries", "--json")
        assert result.exit_code == 0, result.output
        return {c["date"]: c for c in json.loads(result.output)}

    return read

"""Demo journals built once per module, and reading a PDF back as a reader would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

TODAY = dt.date(2026, 6, 15)  # the same day tests/conftest.py pins


def make_demo(path: Path, days: int) -> Path:
    from trdjournal.demo import fill_demo_journal
    from trdjournal.storage import Journal

    with Journal.open(path) as journal:
        fill_demo_journal(journal, days=days, seed=1, end=TODAY)
    return path


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return make_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3", 730)


@pytest.fixture
def demo_factory():
    return make_demo


@pytest.fixture
def read_pages():
    return page_texts


def page_texts(pdf: Path) -> list[str]:
    """Each page's text with whitespace collapsed (table cells come out on separate lines)."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]

"""A demo journal for the translation tests, and the words its user typed (data, not messages)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

TODAY = dt.date(2026, 6, 15)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_journal(tmp_path_factory) -> Path:
    from trdjournal.demo import fill_demo_journal
    from trdjournal.storage import Journal

    path = tmp_path_factory.mktemp("i18n") / "demo.sqlite3"
    with Journal.open(path) as journal:
        fill_demo_journal(journal, days=400, seed=1, end=TODAY)
    return path


@pytest.fixture(scope="module")
def typed_words(demo_journal) -> set[str]:
    """Every word the journal's user wrote (notes, tags, events, appointments, drug names):
    shown as typed in any language, so no translation check may count them."""
    from trdjournal.storage import Journal

    texts: list[str] = []
    with Journal.open(demo_journal) as journal:
        for c in journal.checkins():
            texts += [c.note, *c.tags, *c.side_effects]
        texts += [e.text for e in journal.life_events()]
        texts += [f"{a.clinician} {a.note}" for a in journal.appointments()]
        texts += [s.note for s in journal.sessions()]
        texts += [e.drug for e in journal.med_events()]
        texts += [lab.name for lab in journal.lab_results()]
    drugs = json.loads((ROOT / "resources" / "drugs.json").read_text(encoding="utf-8"))
    for drug in drugs["drugs"]:
        texts += [drug["generic"], *drug.get("brands", [])]
    words = {w.lower() for text in texts for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", text or "")}
    return words | {part for w in words for part in w.split("-")}


def reference_texts() -> list[str]:
    """The sources the reference tables cite (a "source", "*_source", "sources", "reference"
    or "*_reference" value): shown as written, like a reference list, so not translated. A
    course minimum's reasoning ("rule") is translated and is not among them."""
    found: list[str] = []

    def walk(value, key: str = "") -> None:
        if isinstance(value, dict):
            for child_key, child in value.items():
                if child_key != "columns":  # the table's description for developers
                    walk(child, child_key)
        elif isinstance(value, list):
            for child in value:
                walk(child, key)
        elif isinstance(value, str) and value.strip() and is_reference_key(key):
            found.append(" ".join(value.split()))

    for table in (ROOT / "resources").glob("*.json"):
        walk(json.loads(table.read_text(encoding="utf-8")))
    return sorted(set(found), key=len, reverse=True)


def is_reference_key(key: str) -> bool:
    return key in ("source", "sources", "reference") or key.endswith(("_source", "_reference"))


@pytest.fixture(scope="session")
def references() -> list[str]:
    return reference_texts()

"""The demo journal and its FHIR Bundle, built once per module (the demo is 730 days)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.conftest import TODAY

NOW = dt.datetime(2026, 6, 15, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo_journal(tmp_path_factory):
    """The demo history ending on the tests' pinned today (module-wide, so pinned here too)."""
    from trdjournal.demo import fill_demo_journal
    from trdjournal.storage import Journal

    path = tmp_path_factory.mktemp("fhir") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRDJOURNAL_TODAY", TODAY)
        with Journal.open(path) as journal:
            fill_demo_journal(journal)
            yield journal


@pytest.fixture(scope="module")
def demo_bundle(demo_journal):
    from trdjournal.exchange.fhir import build_bundle

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRDJOURNAL_TODAY", TODAY)
        return build_bundle(demo_journal, now=NOW)


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]

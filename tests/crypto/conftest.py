"""Fixtures: the same small history in an encrypted and in a plain journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.crypto.journal_helpers import PASSPHRASE, fill


@pytest.fixture
def encrypted_journal(tmp_path) -> Path:
    """A journal created encrypted, with notes, closed (so no -wal is left)."""
    from trdjournal.storage import Journal

    (tmp_path / "encrypted").mkdir()
    path = tmp_path / "encrypted" / "journal.sqlite3"
    with Journal.open(path, passphrase=PASSPHRASE) as journal:
        fill(journal)
    return path


@pytest.fixture
def plain_journal(tmp_path) -> Path:
    from trdjournal.storage import Journal

    (tmp_path / "plain").mkdir()
    path = tmp_path / "plain" / "journal.sqlite3"
    with Journal.open(path) as journal:
        fill(journal)
    return path

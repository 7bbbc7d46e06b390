"""`treatment add` says which session it logged in one sentence without brackets inside
brackets: "Loggade behandlingstillfället 2026-06-10: rTMS (10 Hz), id 1." (a reviewer read
"Loggade behandlingstillfället (rTMS (10 Hz))")."""

from __future__ import annotations

import re

import pytest


def _nested_brackets(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth > 1:
            return True
    return False


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", r"Logged the rTMS \(10 Hz\) session of 2026-06-10, id \d+\.\n"),
        ("sv", r"Loggade behandlingstillfället 2026-06-10: rTMS \(10 Hz\), id \d+\.\n"),
    ],
)
def test_a_logged_session_with_a_detail_reads_without_nested_brackets(
    cli, monkeypatch, language, said
):
    monkeypatch.setenv("TRDJOURNAL_LOCALE", language)
    result = cli("treatment", "add", "rtms", "--date", "2026-06-10", "--detail", "10 Hz")
    assert result.exit_code == 0, result.output
    assert re.fullmatch(said, result.output)
    assert not _nested_brackets(result.output)

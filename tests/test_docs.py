"""The README's promises: the test command CI runs is the one the README gives."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)\n```", readme, flags=re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_readme_lists_every_top_level_command():
    from trdjournal.cli import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    hidden = {"screenshot"}  # developer tools, documented in CONTRIBUTING.md
    for name in set(COMMANDS) - hidden:
        assert f"trdjournal {name}" in readme, name

"""The layers hold: the core never imports Qt, and the layers only import downwards."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_the_cli_runs_without_qt_installed(cli_with_blocked_imports):
    """Block PySide6 and pyqtgraph outright: the core commands must still work."""
    for args in (["demo", "--days", "60"], ["entries", "--json"], ["med", "list"]):
        result = cli_with_blocked_imports(("PySide6", "pyqtgraph"), *args)
        assert result.returncode == 0, result.stderr


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr

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


def test_the_cli_runs_without_qt_installed(tmp_path):
    """Block PySide6 and pyqtgraph outright: the core commands must still work."""
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'pyqtgraph'):\n"
        "            raise ImportError('Qt is blocked in this test: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from trdjournal.cli import main\n"
        "main()\n"
    )
    db = tmp_path / "j.sqlite3"
    for args in (["demo", "--days", "60"], ["entries", "--json"], ["med", "list"]):
        result = subprocess.run(
            [sys.executable, "-c", script, "--db", str(db), *args],
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(ROOT / "src"), "TRDJOURNAL_TODAY": "2026-06-15"},
        )
        assert result.returncode == 0, result.stderr


def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr

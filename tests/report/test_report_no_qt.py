"""``report`` needs no display and no Qt, and the report package costs nothing until used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {"PYTHONPATH": str(ROOT / "src"), "TRDJOURNAL_TODAY": "2026-06-15"}


def test_report_runs_with_qt_blocked(cli_with_blocked_imports, tmp_path):
    out = tmp_path / "r.pdf"
    for args in (["demo", "--days", "120"], ["report", "-o", str(out)]):
        result = cli_with_blocked_imports(("PySide6", "pyqtgraph"), *args)
        assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_importing_the_report_package_does_not_load_reportlab():
    probe = (
        "import sys\n"
        "import trdjournal.cli.report_command, trdjournal.report\n"
        "print('reportlab' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=ENV, check=True
    )
    assert result.stdout.strip() == "False"

"""``trdjournal screenshot``: one non-blank PNG per registered view."""

from __future__ import annotations

from PySide6.QtGui import QImage

from trdjournal.ui.shell.view_registry import VIEWS


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_screenshot_writes_one_png_per_view(qtbot, cli, tmp_path):
    assert cli("demo", "--days", "90").exit_code == 0
    out = tmp_path / "shots"
    result = cli("screenshot", str(out), "--size", "1000x700", "--theme", "dark")
    assert result.exit_code == 0, result.output
    for spec in VIEWS:
        image = QImage(str(out / f"{spec.key}.png"))
        assert (image.width(), image.height()) == (1000, 700), spec.key
        assert distinct_colours(image) > 8, f"{spec.key}.png looks blank"
    assert not (tmp_path / "ui-state.ini").exists()  # screenshots leave the user's state alone


def test_screenshot_size_is_checked(cli, tmp_path):
    result = cli("screenshot", str(tmp_path), "--size", "big")
    assert result.exit_code == 2
    assert "WIDTHxHEIGHT" in result.output
    assert "--size" in result.output  # the message names the option


def test_screenshot_at_150_percent_in_its_own_process(tmp_path):
    """QT_SCALE_FACTOR only applies to a new process: run the real command."""
    import os
    import subprocess
    import sys

    db = tmp_path / "journal.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "trdjournal", "--db", str(db)]
    subprocess.run([*command, "demo", "--days", "30"], check=True, env=env, capture_output=True)
    out = tmp_path / "shots"
    done = subprocess.run(
        [*command, "screenshot", str(out), "--scale", "1.5"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out / "today.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert "note: rendering at scale" not in done.stderr

"""`trdjournal entries | head`: the reader going away is not an error worth a message."""

from __future__ import annotations

import os
import subprocess
import sys


def test_output_into_a_closed_pipe_says_nothing(tmp_path):
    env = {**os.environ, "TRDJOURNAL_TODAY": "2026-06-15", "XDG_DATA_HOME": str(tmp_path)}
    journal = str(tmp_path / "journal.sqlite3")
    command = [sys.executable, "-m", "trdjournal", "--db", journal]
    subprocess.run([*command, "demo"], env=env, check=True, capture_output=True)
    reader, writer = os.pipe()
    process = subprocess.Popen(
        [*command, "entries"], env=env, stdout=writer, stderr=subprocess.PIPE
    )
    os.close(writer)
    os.read(reader, 100)  # the first line, as `head -1` reads it, then goes away
    os.close(reader)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.decode() == ""  # no traceback, no "stopped on a problem it did not expect"

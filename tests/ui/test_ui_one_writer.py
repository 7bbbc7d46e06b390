"""One writer per journal (issue 14, finding 1): a second app on the same journal brings the
first to the front instead of opening a second writer; the app notices what a CLI command
wrote and never overwrites it silently."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from trdjournal.domain.model import CheckIn
from trdjournal.ui.shell.single_instance import (
    JournalInstance,
    claim_or_hand_over,
    lock_path_for,
)

TODAY = dt.date(2026, 6, 15)
ROOT = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


# The first app: the real ``trdjournal`` start-up (app.run), which prints "raised" when a
# second start asks it to come to the front, and then quits.
FIRST_APP = """
import sys
from pathlib import Path
from trdjournal.context import AppContext
from trdjournal.ui.shell import app, main_window

shown = main_window.MainWindow.bring_to_front
def bring_to_front(self):
    shown(self)
    print("raised", flush=True)
    app.application().exit(0)
main_window.MainWindow.bring_to_front = bring_to_front

from PySide6.QtCore import QTimer
app.application()  # the timer needs the QApplication
QTimer.singleShot(0, lambda: print("ready", flush=True))
sys.exit(app.run(AppContext(db_path=Path(sys.argv[1]))))
"""

# The second start: ``trdjournal --db X`` as typed, counting every journal it opens.
SECOND_APP = """
import sys
from trdjournal.storage import journal
opened = []
real_open = journal.Journal.open.__func__
journal.Journal.open = classmethod(lambda cls, *a, **k: (opened.append(a), real_open(cls, *a, **k))[1])
from trdjournal.cli import main
try:
    main(["--db", sys.argv[1]])
except SystemExit as done:
    print("journals opened:", len(opened), flush=True)
    sys.exit(done.code)
"""


def wait_for_line(process: subprocess.Popen, expected: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == expected:
            return
        if not line and process.poll() is not None:
            raise AssertionError(f"exited {process.returncode}: {process.stderr.read()}")
    raise AssertionError(f"no {expected!r} within {timeout} s")


def test_a_second_app_on_the_same_journal_raises_the_first_and_opens_no_writer(tmp_path):
    journal = tmp_path / "journal.sqlite3"
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_APP, str(journal)],
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_line(first, "ready")
        assert lock_path_for(journal).exists()
        second = subprocess.run(
            [sys.executable, "-c", SECOND_APP, str(journal)],
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "journals opened: 0" in second.stdout  # never a second writer
        wait_for_line(first, "raised")  # the first came to the front
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert not lock_path_for(journal).exists()  # let go when the app quits


def test_in_one_session_the_second_start_hands_over_to_the_first(qtbot, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    first = JournalInstance(journal)
    assert first.claim()
    told = []
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert claim_or_hand_over(journal, told.append) is None
        assert told == []  # it was reached, so nothing to explain
    finally:
        first.release()


def test_where_the_first_cannot_be_reached_the_second_says_where_it_is_open(qtbot, tmp_path):
    journal = tmp_path / "journal.sqlite3"
    first = JournalInstance(journal)
    assert first.claim()
    first.server.close()  # holds the lock but answers nobody (hung, another session)
    told = []
    try:
        assert claim_or_hand_over(journal, told.append) is None
    finally:
        first.release()
    (text,) = told
    assert str(journal) in text
    assert f"process {os.getpid()}" in text
    assert "already open" in text


def test_a_lock_left_by_a_killed_app_is_recovered(tmp_path, run_python):
    journal = tmp_path / "journal.sqlite3"
    script = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = run_python("-c", script, str(lock_path_for(journal)))
    assert done.returncode == -signal.SIGKILL
    assert lock_path_for(journal).exists()  # left behind, naming a dead process
    instance = JournalInstance(journal)
    try:
        assert instance.claim()
    finally:
        instance.release()


def today_view(window):
    window.show_view("today")
    return window.page("today")


def test_the_app_shows_what_a_cli_command_wrote_within_two_seconds(qtbot, window, cli):
    view = today_view(window)
    assert view.mood.mood() is None
    assert cli("log", "--mood", "3", "--note", "from the terminal").exit_code == 0
    qtbot.waitUntil(lambda: view.mood.mood() == 3, timeout=2000)
    assert view.note.toPlainText() == "from the terminal"
    journal_view = window.page("journal")  # a table view refreshes as well
    window.show_view("journal")
    assert cli("log", "--date", "2026-06-14", "--mood", "6").exit_code == 0
    qtbot.waitUntil(lambda: "2026-06-14" in _visible_text(journal_view), timeout=2000)


def _visible_text(widget) -> str:
    from PySide6.QtWidgets import QAbstractItemView

    texts = []
    for table in widget.findChildren(QAbstractItemView):
        model = table.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data(Qt.ItemDataRole.UserRole)))
                texts.append(str(model.index(row, column).data()))
    return " ".join(texts)


def answer_the_question(qtbot, button_text: str, seen: list[str]) -> None:
    """When the next modal question appears, note its text and press ``button_text``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("answer", ["Cancel", "Replace"])
def test_saving_over_a_cli_change_asks_first(qtbot, window, journal, cli, answer):
    journal.save_checkin(CheckIn(TODAY, mood=5, note="morning"))
    window.ui_context.changed("checkins")
    view = today_view(window)
    assert view.mood.mood() == 5
    view.mood.set_mood(8)  # the user is changing the day...
    assert (
        cli("log", "--mood", "2", "--note", "from the terminal").exit_code == 0
    )  # ...and so is a script
    qtbot.wait(1200)  # the app notices; what the user typed stays on screen
    assert view.mood.mood() == 8
    seen: list[str] = []
    answer_the_question(qtbot, answer, seen)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "changed by another program" in seen[0]
    assert "mood 2/10" in seen[0]
    stored = journal.checkin(TODAY)
    if answer == "Cancel":
        assert (stored.mood, stored.note) == (2, "from the terminal")
        assert view.mood.mood() == 8  # nothing typed was thrown away either
    else:
        assert stored.mood == 8


def test_saving_a_day_nobody_else_changed_asks_nothing(qtbot, window, journal):
    journal.save_checkin(CheckIn(TODAY, mood=5))
    window.ui_context.changed("checkins")
    view = today_view(window)
    view.confirm_overwrite = lambda *_a: pytest.fail("asked although nothing changed")
    view.mood.set_mood(7)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert journal.checkin(TODAY).mood == 7

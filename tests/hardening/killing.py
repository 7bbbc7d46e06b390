"""Running a piece of trdjournal in a forked child and killing it (SIGKILL) at a chosen moment:
a fork costs milliseconds where a fresh interpreter costs a second, so many moments fit in a
bounded test. The parent must hold no open journal connection when it forks."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable


def forked(work: Callable[[], object]) -> int:
    """Run ``work`` in a child process; returns its exit status (0 when it returned)."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            work()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001 - the child reports by its exit status
            code = 70
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def killed_after(work: Callable[[], object], delay: float) -> int | None:
    """Start ``work`` in a child and SIGKILL it after ``delay`` seconds; returns its exit code
    if it finished first, else None (it was killed)."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:  # noqa: BLE001
            code = 70
        os._exit(code)
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.002)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return None if code == -signal.SIGKILL else code


def cli_main(*args: str, env: dict[str, str] | None = None) -> Callable[[], object]:
    """``trdjournal ARGS`` as a child's work (the exit code is the child's)."""

    def work() -> None:
        from trdjournal.cli import main

        os.environ.update(env or {})
        main(list(args), standalone_mode=True)

    return work

"""Being told to quit (logout, shutdown, ``kill``): keep what was typed before exiting.

SIGTERM (and SIGHUP, which a closing terminal or some session managers send) would kill the app
between two keystrokes, losing the draft the debounce had not written yet. Python runs a signal
handler only when the interpreter gets control back, which Qt's event loop, waiting in C, may
not give for a long time; so ``signal.set_wakeup_fd`` writes the signal's number into a socket
pair and a ``QSocketNotifier`` on the other end wakes the loop. The app then writes every
pending draft (ui/base/draft_keeper.py) and exits, without the "Not saved yet" question nobody
is there to answer: the next start offers the draft back.

A session manager that asks first (``QGuiApplication.commitDataRequest``, X11/SM and Windows
logout) gets the drafts written there too.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

from trdjournal.ui.base.draft_keeper import flush_all

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class QuitOnSignal(QObject):
    """Installed for the life of ``app.exec()``; ``uninstall()`` puts everything back."""

    def __init__(self, app: QApplication, on_quit: Callable[[], None] | None = None):
        super().__init__(app)
        self.app = app
        self.on_quit = on_quit or (lambda: app.exit(0))
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        # The handler itself does nothing: the byte in the socket is what wakes Qt.
        self._previous = {sig: signal.signal(sig, self._note) for sig in QUIT_SIGNALS}
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(self._commit_data)

    def _note(self, signum: int, _frame) -> None:
        self.received.append(signum)

    def _woken(self, *_args) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:  # woken with nothing to read: not a signal
            return
        if any(byte in QUIT_SIGNALS for byte in data) or self.received:
            flush_all()
            self.on_quit()

    def _commit_data(self, _manager) -> None:
        flush_all()

    def uninstall(self) -> None:
        self.notifier.setEnabled(False)
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self.app.commitDataRequest.disconnect(self._commit_data)
        self._reader.close()
        self._writer.close()

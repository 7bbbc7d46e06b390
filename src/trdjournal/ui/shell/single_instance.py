"""One app window per journal: a second ``trdjournal`` on the same journal brings the first to
the front and exits, instead of opening a second writer whose stale form would overwrite what
the first saved.

Two well-kept Qt pieces do it. ``QLockFile`` (``<journal>.lock`` beside the journal) is held for
the life of the app; it records the holder's pid and host, so a lock left by a process that
crashed or was killed is recognised as stale and taken over. A ``QLocalServer`` named from the
journal's path answers the second process, which sends ``raise``. Only when the first cannot be
reached (another user's or another machine's lock, a hung process) does the second say that the
journal is already open, and where.

The command line takes no part: ``trdjournal log`` may still write while the app is open, and
the app notices (ui/base/outside_changes.py).
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 1500


def lock_path_for(journal_path: Path) -> Path:
    return journal_path.with_name(journal_path.name + ".lock")


def server_name_for(journal_path: Path) -> str:
    """Short (a Unix socket path is limited to ~100 bytes) and per user and per journal file."""
    digest = hashlib.sha256(str(journal_path.resolve()).encode()).hexdigest()[:20]
    return f"trdjournal-{getpass.getuser()}-{digest}"


class JournalInstance(QObject):
    """The claim of this process on one journal. ``claim()`` True: this process is its app;
    ``raise_requested`` fires when another ``trdjournal`` asks it to come to the front."""

    raise_requested = Signal()

    def __init__(self, journal_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.journal_path = Path(journal_path).expanduser()
        self.lock = QLockFile(str(lock_path_for(self.journal_path)))
        # Never stale by age (the app may stay open for weeks); a dead holder is still detected
        # from the pid and host written in the file, and its lock removed.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        try:  # a new journal in a new folder (--db): the lock needs the folder first
            self.journal_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return True  # no folder to lock in: opening the journal says what is wrong
        if not self.lock.tryLock(0):
            # Held by a live process: that app has the journal. Any other failure (a read-only
            # folder) is not "already open": opening the journal then says what is wrong.
            return self.lock.error() != QLockFile.LockError.LockFailedError
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name_for(self.journal_path)
        # We hold the lock, so a socket left under this name belongs to a dead process.
        QLocalServer.removeServer(name)
        self.server.newConnection.connect(self._on_connection)
        if not self.server.listen(name):
            # Still the only writer; a second window just cannot reach this one and will say
            # where the journal is open instead.
            self.server = None
        return True

    def _on_connection(self) -> None:
        while self.server is not None and (socket := self.server.nextPendingConnection()):
            # Read at once: the second process writes one line and goes away.
            if not socket.bytesAvailable():
                socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            message = bytes(socket.readAll().data())
            socket.disconnectFromServer()
            socket.deleteLater()
            if message.startswith(RAISE.strip()):
                self.raise_requested.emit()

    def ask_holder_to_raise(self) -> bool:
        """Ask the app holding the journal to come to the front; False if it cannot be reached."""
        socket = QLocalSocket()
        socket.connectToServer(server_name_for(self.journal_path))
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def holder(self) -> str:
        """Where the journal is open, in words: the process and machine in the lock file."""
        info = self.lock.getLockInfo()  # (pid, host, app); pid 0 when unreadable
        pid, host = (info[0], info[1]) if info and len(info) == 3 else (0, "")
        if not pid:
            return QCoreApplication.translate("single_instance", "another program")
        return QCoreApplication.translate("single_instance", "process {pid} on {host}").format(
            pid=pid, host=host or "?"
        )

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()  # Qt deletes it and its sockets once events are done
            self.server = None
        self.lock.unlock()


def already_open_text(instance: JournalInstance) -> str:
    return QCoreApplication.translate(
        "single_instance",
        "{journal} is already open in trdjournal: {holder}. Only one window may write to a "
        "journal at a time, so this one will not open. Switch to that window, or close it and "
        "start trdjournal again. (If that program is gone, its lock {lock} is cleared "
        "automatically the next time.)",
    ).format(
        journal=instance.journal_path,
        holder=instance.holder(),
        lock=lock_path_for(instance.journal_path),
    )


def claim_or_hand_over(
    journal_path: Path, tell: Callable[[str], None], parent: QObject | None = None
) -> JournalInstance | None:
    """This process's claim on the journal, or None once the app that has it was asked to
    come to the front (or, when it cannot be reached, once ``tell`` said where it is open)."""
    instance = JournalInstance(journal_path, parent)
    if instance.claim():
        return instance
    if not instance.ask_holder_to_raise():
        tell(already_open_text(instance))
    return None

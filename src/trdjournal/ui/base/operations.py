"""Slow work off the UI thread (Anki's CollectionOp idea), in one helper.

    Operation(window, lambda progress: build_report(...), label="Writing the report")
        .success(lambda path: ...)      # on the UI thread, with the result
        .failure(lambda error: ...)     # on the UI thread; default: a message box
        .run()

The work function runs on a worker thread and must not touch any widget; it may call
``progress.update(done, total, text)`` and check ``progress.cancelled``. While a modal
operation runs, a progress dialog (shown only if it lasts more than half a second) keeps the
user from editing the journal underneath it, so worker and UI never write at the same time.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 500

_running: set[Operation] = set()  # keeps each operation alive until its callbacks ran


class Progress:
    """Handed to the work function: thread-safe reporting and cancellation."""

    def __init__(self, relay: _Relay):
        self._relay = relay
        self._cancelled = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Lives on the UI thread; signals emitted by the worker arrive here queued."""

    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, relay: _Relay):
        super().__init__()
        self.work, self.progress, self.relay = work, progress, relay

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # handed to the failure callback on the UI thread
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.finished.emit(result)


class Operation(QObject, Generic[T]):
    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress], T],
        *,
        label: str = "",
        modal: bool = True,
        cancellable: bool = False,
    ):
        super().__init__(None)
        self.parent_widget, self.work = parent, work
        self.label = label or self.tr("Working")
        self.modal, self.cancellable = modal, cancellable
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self.relay = _Relay(self)
        self.progress = Progress(self.relay)
        self.dialog: QProgressDialog | None = None
        self.done = False

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Operation[T]:
        self._on_failure = callback
        return self

    def run(self) -> Operation[T]:
        self.relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        if self.modal:
            self.dialog = QProgressDialog(
                self.label, self.tr("Cancel") if self.cancellable else "", 0, 0, self.parent_widget
            )
            self.dialog.setWindowTitle(self.label)
            self.dialog.setAccessibleName(self.label)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(SHOW_AFTER_MS)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not self.cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.progress.cancel)
            self.dialog.setValue(0)
        _running.add(self)
        QThreadPool.globalInstance().start(_Job(self.work, self.progress, self.relay))
        return self

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setRange(0, max(total, 0))
            self.dialog.setValue(done)
            if text:
                self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _finished(self, result: T) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object, str)
    def _failed(self, error: BaseException, details: str) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(error)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.label,
            self.tr("{label} did not work.").format(label=self.label),
            parent=self.parent_widget,
        )
        box.setInformativeText(str(error) or type(error).__name__)
        box.setDetailedText(details)
        box.setAccessibleName(self.tr("{label} failed").format(label=self.label))
        box.open()


def running_count() -> int:
    return len(_running)


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Process events until every operation has called back (screenshots, tests). True if idle."""
    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10)
    QCoreApplication.processEvents()
    return not _running

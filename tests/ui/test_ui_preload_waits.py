"""The Charts view's idle preload never reads the journal while an operation on a worker thread
(encrypt, change of passphrase, restore, import) may have it closed: it waits for the operation.
Under load the preload used to fire mid-encryption and print "Cannot operate on a closed
database" from a timer."""

from __future__ import annotations

import threading


def test_the_preload_waits_while_an_operation_has_the_journal(window, qtbot):
    from trdjournal.ui.base.operations import Operation, wait_idle

    release = threading.Event()
    journal = window.ui_context.journal
    assert not window.preload.done
    # a conversion's moment: the journal closed on the worker thread, the UI's timers running
    operation = Operation(window, lambda _progress: release.wait(10), label="Encrypting").run()
    journal.close()
    try:
        for _ in range(20):  # more ticks than the preload has steps
            window.preload._next()  # a timer tick; reading now would raise
        assert not window.preload.done
    finally:
        release.set()
        assert wait_idle(10_000) and operation.done
    journal.reopen()  # the operation done, the journal open again: the preload goes on
    window.preload.run()
    assert window.preload.done
    assert window.page("charts").timeline is not None

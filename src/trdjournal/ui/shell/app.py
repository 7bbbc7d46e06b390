"""Start the desktop app: ``run(app_context)`` is what ``trdjournal`` with no command calls."""

from __future__ import annotations

import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication

from trdjournal import APP_ID, APP_NAME
from trdjournal.context import AppContext

THEME_ENV = "TRDJOURNAL_THEME"  # system (default), light or dark


def application(theme: str | None = None):
    """The QApplication, created once, with the app's names and theme."""
    from PySide6.QtWidgets import QApplication

    from trdjournal.ui.base.i18n import install_translators
    from trdjournal.ui.base.theme import THEMES, apply_theme
    from trdjournal.ui.dialogs.about_dialog import app_icon

    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    if not app.property("trdjournal-translators"):  # once per process (tests share one app)
        install_translators(app)
        app.setProperty("trdjournal-translators", True)
    chosen = theme or os.environ.get(THEME_ENV, "system")
    apply_theme(app, chosen if chosen in THEMES else "system")
    return app


def open_window(app_context: AppContext, *, remember: bool = True):
    """The main window on the context's journal, or a JournalError for the caller to show.
    ``remember``: restore and save window state (geometry, last view) beside the journal."""
    from trdjournal.ui.shell import main_window  # imported when a window opens, not at start

    return main_window.open_window(app_context, remember=remember)


def has_display() -> bool:
    """False on a Linux machine with no desktop, where Qt would abort with a cryptic message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(app_context: AppContext) -> int:
    if not has_display():
        sys.stderr.write(
            "trdjournal: no graphical desktop here (DISPLAY is not set), so the app cannot open.\n"
            "Everything can also be done from the command line: trdjournal --help\n"
        )
        return 1
    app = application()
    from trdjournal.ui.shell.start_up import claim_journal, open_started_window

    # Before the journal is opened: a second window on it must not become a second writer.
    instance, told = claim_journal(app_context)
    if instance is None:  # the app that has this journal came to the front, or was named
        if told:
            sys.stderr.write(f"trdjournal: {told[0]}\n")
        return 1 if told else 0
    try:
        window = open_started_window(app_context, instance, open_window)
        if window is None:
            return 1
        sys.excepthook = _show_unexpected
        from trdjournal.ui.shell.quit_signals import QuitOnSignal

        window.show()
        quitting = QuitOnSignal(app)  # SIGTERM at logout: keep the draft, then exit
        try:
            return app.exec()
        finally:
            quitting.uninstall()
    finally:
        instance.release()


def _show_unexpected(kind, value, tb) -> None:
    """An error nobody planned for: say so and keep the window (and what was typed) open."""
    from PySide6.QtWidgets import QMessageBox

    text = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(text)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("app", "Something went wrong"),
        str(value) or kind.__name__,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "The journal was not changed by this error. Details are below; "
            "please include them if you report the problem.",
        )
    )
    box.setDetailedText(text)
    box.exec()

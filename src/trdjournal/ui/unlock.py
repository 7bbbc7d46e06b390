"""Opening an encrypted journal in the app: TRDJOURNAL_PASSPHRASE if set, else a dialog that
asks until the passphrase is right (or the user cancels)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from trdjournal.context import AppContext, passphrase_from_env
from trdjournal.domain.errors import ValidationError
from trdjournal.storage import JournalError, WrongPassphraseError
from trdjournal.storage.cipher import is_encrypted
from trdjournal.ui.passphrase_dialog import PassphraseDialog

WRONG = "Wrong passphrase. Nothing was changed; try again."


def try_passphrase(app_context: AppContext, passphrase: str) -> str:
    """Open the context's journal with ``passphrase``: "" if it opened, else what to show."""
    app_context.passphrase_source = lambda _path: passphrase
    try:
        app_context.journal()
    except WrongPassphraseError:
        return WRONG
    except ValidationError as exc:
        return f"The passphrase {exc.message}."
    except JournalError as exc:
        return str(exc)
    finally:
        app_context.passphrase_source = None  # the app never prompts on a terminal
    return ""


def unlock_dialog(app_context: AppContext, parent: QWidget | None = None) -> PassphraseDialog:
    path = app_context.journal_path
    return PassphraseDialog(
        "Open encrypted journal",
        f"This journal is encrypted. Enter its passphrase to open it.\n{path}",
        lambda current, _new: try_passphrase(app_context, current),
        accept_text="Open",
        parent=parent,
    )


def open_journal(app_context: AppContext) -> bool:
    """True once the journal is open; False if the user cancelled the passphrase dialog.

    A plain journal opens as before, without a question (its errors are the caller's).
    """
    path = app_context.journal_path
    if not is_encrypted(path):
        app_context.journal()
        return True
    from_env = passphrase_from_env()
    if from_env and not try_passphrase(app_context, from_env):
        return True
    dialog = unlock_dialog(app_context)
    if from_env:
        dialog.error.setText(WRONG)
        dialog.error.show()
    return dialog.exec() == QDialog.DialogCode.Accepted

"""Opening an encrypted journal in the app: TRDJOURNAL_PASSPHRASE if set, else a dialog that
asks until the passphrase is right (or the user cancels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from trdjournal.context import AppContext, passphrase_from_env
from trdjournal.domain.errors import ValidationError
from trdjournal.storage import (
    DamagedJournalError,
    JournalError,
    NotAJournalError,
    WrongPassphraseError,
)
from trdjournal.storage.cipher import is_encrypted
from trdjournal.ui.base import qtutils
from trdjournal.ui.dialogs.passphrase_dialog import PassphraseDialog, wrong


def try_passphrase(
    app_context: AppContext, passphrase: str, damaged: list[JournalError] | None = None
) -> str:
    """Open the context's journal with ``passphrase``: "" if it opened, else what to show.

    A journal the passphrase opens but that is damaged (or not a journal) goes into
    ``damaged``, when given, and counts as done: its backups are offered next.
    """
    app_context.passphrase_source = lambda _path: passphrase
    try:
        app_context.journal()
    except WrongPassphraseError:
        return wrong()
    except (DamagedJournalError, NotAJournalError) as exc:
        if damaged is None:
            return str(exc)
        damaged.append(exc)
    except ValidationError as exc:
        return QCoreApplication.translate("unlock", "The passphrase {problem}.").format(
            problem=exc.message
        )
    except JournalError as exc:
        return str(exc)
    finally:
        app_context.passphrase_source = None  # the app never prompts on a terminal
    return ""


def unlock_dialog(
    app_context: AppContext,
    parent: QWidget | None = None,
    damaged: list[JournalError] | None = None,
) -> PassphraseDialog:
    path = app_context.journal_path
    explanation = QCoreApplication.translate(
        "unlock", "This journal is encrypted. Enter its passphrase to open it."
    )
    return PassphraseDialog(
        QCoreApplication.translate("unlock", "Open encrypted journal"),
        f"{explanation}\n{path}",
        lambda current, _new: try_passphrase(app_context, current, damaged),
        accept_text=QCoreApplication.translate("unlock", "Open"),
        parent=parent,
    )


def open_journal(app_context: AppContext) -> bool:
    """True once the journal is open; False if the user cancelled the passphrase dialog.

    A plain journal opens as before, without a question (its errors are the caller's). So
    does an encrypted one the passphrase opens but that is damaged: the DamagedJournalError
    (or NotAJournalError) is raised once the passphrase is known, so its backups can be
    offered.
    """
    path = app_context.journal_path
    if not is_encrypted(path):
        app_context.journal()
        return True
    damaged: list[JournalError] = []
    from_env = passphrase_from_env()
    problem = try_passphrase(app_context, from_env, damaged) if from_env else ""
    if damaged:
        raise damaged[0]
    if from_env and not problem:
        return True
    dialog = unlock_dialog(app_context, damaged=damaged)
    if problem:
        qtutils.set_error(dialog.error, problem)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if damaged:
        raise damaged[0]
    return accepted

"""`trdjournal encrypt` and `trdjournal decrypt`: a passphrase for the journal, or none.

Both convert the journal and its backups as one recoverable operation (storage/conversion.py):
interrupted, the same command run again with the same passphrase finishes it.
"""

from __future__ import annotations

from pathlib import Path

import click

from trdjournal.cli.common import AppContext, ask_new_passphrase, ask_passphrase, pass_app
from trdjournal.context import PASSPHRASE_ENV, passphrase_from_env
from trdjournal.i18n import N_, NN_, _, ngettext
from trdjournal.storage import JournalError, backup, cipher, conversion

NEW_PASSPHRASE_ENV = "TRDJOURNAL_NEW_PASSPHRASE"

FORGET_WARNING = N_(
    "Keep the passphrase safe: without it nobody can open this journal or its backups, "
    "you included."
)
# Whole sentences for each action (an action's name put into one sentence stays English in a
# translation); "rekey" is a change of passphrase.
FINISHED = {
    "encrypt": NN_(
        "Finished the interrupted encryption of {path} and its {count} backup.",
        "Finished the interrupted encryption of {path} and its {count} backups.",
    ),
    "decrypt": NN_(
        "Finished the interrupted decryption of {path} and its {count} backup.",
        "Finished the interrupted decryption of {path} and its {count} backups.",
    ),
    "rekey": NN_(
        "Finished the interrupted change of the passphrase of {path} and its {count} backup.",
        "Finished the interrupted change of the passphrase of {path} and its {count} backups.",
    ),
}
BACKUPS_DONE = {
    "encrypt": NN_(
        "Its {count} backup was encrypted too.", "Its {count} backups were encrypted too."
    ),
    "decrypt": NN_(
        "Its {count} backup was decrypted too.", "Its {count} backups were decrypted too."
    ),
    "rekey": NN_(
        "Its {count} backup was encrypted with the new passphrase too.",
        "Its {count} backups were encrypted with the new passphrase too.",
    ),
}


ENCRYPT_HELP = N_("""Encrypt the journal with a passphrase, or change the passphrase of an encrypted one.

The passphrase is typed twice, hidden. For scripts: TRDJOURNAL_PASSPHRASE is the new
passphrase of a plain journal; to change a passphrase, TRDJOURNAL_PASSPHRASE is the current
one and TRDJOURNAL_NEW_PASSPHRASE the new one. Run again after an interruption (a crash,
a power cut), with the same passphrase, it finishes the job; with nothing left to do it
says so.
""")


@click.command(help=ENCRYPT_HELP)
@pass_app
def encrypt(app: AppContext) -> None:
    import os

    app.close()
    path = app.journal_path
    if _finished(path, lambda action: _passphrase_being_set(path, action), "encrypt"):
        return
    _require_journal(path)
    if cipher.is_encrypted(path):
        current = ask_passphrase(path)
        # Prove the current passphrase before asking for a new one.
        cipher.connect(path, current, read_only=True).close()
        if passphrase_from_env() and not os.environ.get(NEW_PASSPHRASE_ENV):
            # A script re-running `encrypt` with the journal's passphrase: finish, or say so.
            _encrypt_plain_backups(path, current)
            return
        new = ask_new_passphrase(NEW_PASSPHRASE_ENV)
        done, backups = conversion.convert_everything(path, current=current, new=new)
        click.echo(_("Changed the passphrase of {path}.").format(path=done.path))
    else:
        current, new = None, ask_new_passphrase(PASSPHRASE_ENV)
        cipher.check_passphrase(new)
        done, backups = conversion.convert_everything(path, current=None, new=new)
        click.echo(_("Encrypted {path}.").format(path=done.path))
    _report_backups(backups, done.action)
    click.echo(_(FORGET_WARNING))


DECRYPT_HELP = N_("""Remove the passphrase: the journal becomes a plain SQLite file again.

Asks for the current passphrase (or reads TRDJOURNAL_PASSPHRASE). Run again after an
interruption, it finishes the job; with nothing left to do it says so.
""")


@click.command(help=DECRYPT_HELP)
@pass_app
def decrypt(app: AppContext) -> None:
    app.close()
    path = app.journal_path
    if _finished(path, lambda action: None, "decrypt"):
        return
    _require_journal(path)
    if not cipher.is_encrypted(path):
        encrypted = [b for b in backup.list_backups(path) if cipher.is_encrypted(b.path)]
        if not encrypted:
            click.echo(
                _("{path} and its backups are not encrypted: nothing left to do.").format(path=path)
            )
            return
        current = ask_passphrase(encrypted[0].path)
        result = conversion.convert_backups(path, current=current, new=None)
        _report_backups(result, "decrypt")
        return
    current = ask_passphrase(path)
    done, backups = conversion.convert_everything(path, current=current, new=None)
    click.echo(
        _("Decrypted {path}: anyone who can read the file can now read the journal.").format(
            path=done.path
        )
    )
    _report_backups(backups, "decrypt")


def _passphrase_being_set(path, action: str) -> str:
    if action == "rekey":
        return ask_new_passphrase(NEW_PASSPHRASE_ENV)
    return passphrase_from_env() or click.prompt(
        _("The passphrase the interrupted encryption of {path} was setting").format(path=path),
        hide_input=True,
        err=True,
    )


def _finished(path, passphrase_for, command: str) -> bool:
    """Finish an interrupted conversion of `path`; True if one was finished here."""
    interrupted = conversion.pending(path)
    if interrupted is None or interrupted.phase != "swapping":
        return False
    if ("decrypt" if interrupted.action == "decrypt" else "encrypt") != command:
        conversion.refuse_if_half_swapped(path)  # names the command that finishes it
    conversion.finish(path, passphrase_for(interrupted.action))
    count = sum(1 for f in interrupted.files if f != Path(path).expanduser())  # backups
    click.echo(ngettext(*FINISHED[interrupted.action], count).format(path=path, count=count))
    return True


def _encrypt_plain_backups(path, passphrase: str) -> None:
    plain = [b for b in backup.list_backups(path) if not cipher.is_encrypted(b.path)]
    if not plain:
        click.echo(
            _(
                "{path} and its backups are already encrypted with this passphrase: nothing left to do."
            ).format(path=path)
        )
        return
    result = conversion.convert_backups(path, current=None, new=passphrase)
    click.echo(_("{path} was already encrypted; its plain backups were not.").format(path=path))
    _report_backups(result, "encrypt")


def _require_journal(path) -> None:
    """Before asking for any passphrase."""
    if cipher.file_kind(path) == "new":
        raise JournalError(_("There is no journal at {path}.").format(path=path))


def _report_backups(result: conversion.BackupConversion, action: str) -> None:
    count = len(result.converted)
    if count:
        click.echo(ngettext(*BACKUPS_DONE[action], count).format(count=count))
    for path, reason in result.skipped.items():
        click.echo(
            _("Warning: the backup {path} was left as it was: {reason}").format(
                path=path, reason=reason
            ),
            err=True,
        )

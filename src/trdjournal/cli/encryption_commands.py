"""`trdjournal encrypt` and `trdjournal decrypt`: a passphrase for the journal, or none."""

from __future__ import annotations

import click

from trdjournal.cli.common import AppContext, ask_new_passphrase, ask_passphrase, pass_app
from trdjournal.context import PASSPHRASE_ENV
from trdjournal.i18n import _
from trdjournal.storage import JournalError, cipher, encryption

NEW_PASSPHRASE_ENV = "TRDJOURNAL_NEW_PASSPHRASE"

FORGET_WARNING = (
    "Keep the passphrase safe: without it nobody can open this journal or its backups, "
    "you included."
)


@click.command()
@pass_app
def encrypt(app: AppContext) -> None:
    """Encrypt the journal with a passphrase, or change the passphrase of an encrypted one.

    The passphrase is typed twice, hidden. For scripts: TRDJOURNAL_PASSPHRASE is the new
    passphrase of a plain journal; to change a passphrase, TRDJOURNAL_PASSPHRASE is the current
    one and TRDJOURNAL_NEW_PASSPHRASE the new one.
    """
    app.close()
    path = app.journal_path
    _require_journal(path)
    if cipher.is_encrypted(path):
        current = ask_passphrase(path)
        # Prove the current passphrase before asking for a new one.
        cipher.connect(path, current, read_only=True).close()
        new = ask_new_passphrase(NEW_PASSPHRASE_ENV)
        done = encryption.encrypt(path, new, current=current)
        click.echo(_("Changed the passphrase of {path}.").format(path=done.path))
    else:
        current, new = None, ask_new_passphrase(PASSPHRASE_ENV)
        done = encryption.encrypt(path, new)
        click.echo(f"Encrypted {done.path}.")
    _report_backups(encryption.convert_backups(path, current=current, new=new), "encrypted")
    click.echo(FORGET_WARNING)


@click.command()
@pass_app
def decrypt(app: AppContext) -> None:
    """Remove the passphrase: the journal becomes a plain SQLite file again.

    Asks for the current passphrase (or reads TRDJOURNAL_PASSPHRASE).
    """
    app.close()
    path = app.journal_path
    _require_journal(path)
    current = ask_passphrase(path) if cipher.is_encrypted(path) else None
    done = encryption.convert(path, current=current, new=None)
    click.echo(
        _("Decrypted {path}: anyone who can read the file can now read the journal.").format(
            path=done.path
        )
    )
    _report_backups(encryption.convert_backups(path, current=current, new=None), "decrypted")


def _require_journal(path) -> None:
    """Before asking for any passphrase."""
    if cipher.file_kind(path) == "new":
        raise JournalError(_("There is no journal at {path}.").format(path=path))


def _report_backups(result: encryption.BackupConversion, done: str) -> None:
    if result.converted:
        click.echo(
            _("Its {count} backups were {done} too.").format(count=len(result.converted), done=done)
        )
    for path, reason in result.skipped.items():
        click.echo(
            _("Warning: the backup {path} was left as it was: {reason}").format(
                path=path, reason=reason
            ),
            err=True,
        )

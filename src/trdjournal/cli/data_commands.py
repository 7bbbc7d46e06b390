"""Your data: `backup`, `restore`, `export` and `import`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from trdjournal.cli.common import (
    AppContext,
    InvalidInput,
    check_period,
    not_the_journal,
    pass_app,
    period_options,
    warn_if_plaintext_copy,
)
from trdjournal.domain import wording
from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import N_, _
from trdjournal.storage import JournalError, WrongPassphraseError, backup, cipher

FILE = click.Path(dir_okay=False, path_type=Path)


@click.command(
    "backup",
    help=N_("""Back up the journal (SQLite's online backup: safe while the app is open)."""),
)
@click.option(
    "-o",
    "--output",
    type=FILE,
    help=N_("Write the backup here (default: backups/ beside the journal)."),
)
@click.option(
    "--list", "listing", is_flag=True, help=N_("List this journal's backups, newest first.")
)
@pass_app
def backup_command(app: AppContext, output: Path | None, listing: bool) -> None:
    if listing:
        found = backup.list_backups(app.journal_path)
        if not found:
            click.echo(
                _("No backups in {backup}.").format(backup=backup.backups_dir_for(app.journal_path))
            )
        encrypted = [item for item in found if cipher.is_encrypted(item.path)]
        # Encrypted backups are checked with the journal's passphrase, asked once.
        passphrase = app.passphrase_for(encrypted[0].path) if encrypted else None
        good = {item.path for item in found if backup.is_good(item.path, passphrase)}
        if encrypted:
            _check_listing_passphrase(app, passphrase, encrypted, good)
        for item in found:
            if item.path in good:
                state = "  (encrypted)" if item in encrypted else ""
            elif item in encrypted:
                state = _("  (damaged, or encrypted with another passphrase)")
            else:
                state = "  (damaged)"
            click.echo(f"{item.made_at:%Y-%m-%d %H:%M:%S}  {item.reason:<15} {item.path}{state}")
        return
    if output is not None:
        # A missing folder is made (0700), as backup -o always did; export and report refuse.
        output = not_the_journal(app, output, make_folder=True)
    journal = app.journal()
    if output is None:
        target = backup.backup_connection(
            journal.db.conn, app.journal_path, "manual", passphrase=journal.key
        )
    else:
        target = backup.copy_database(journal.db.conn, output, passphrase=journal.key)
    click.echo(
        _("Backed up {journal_path} to {target}.").format(
            journal_path=app.journal_path, target=target
        )
    )


def _check_listing_passphrase(app: AppContext, passphrase, encrypted, good) -> None:
    """A wrong passphrase is not a folder of damaged backups: refuse it, exit 1."""
    if cipher.is_encrypted(app.journal_path):
        cipher.connect(app.journal_path, passphrase, read_only=True).close()  # wrong: raises
    elif not any(item.path in good for item in encrypted):
        raise WrongPassphraseError(
            _(
                "Wrong passphrase: it opens none of the {count} encrypted backups in {backup}. Nothing was changed."
            ).format(count=len(encrypted), backup=backup.backups_dir_for(app.journal_path))
        )


@click.command(
    help=N_("""Replace the journal with a backup FILE.

    The backup is checked first (SQLite integrity and schema); the journal as it is now is
    backed up (a damaged one is moved into backups/ untouched); then the backup replaces it
    in one atomic step. A journal that is not damaged is never moved aside without --force,
    and a restore that fails leaves the journal where and as it was.
    """)
)
@click.argument("file", type=FILE, required=False)
@click.option("--newest", is_flag=True, help=N_("Restore the newest good automatic backup."))
@click.option(
    "--force",
    is_flag=True,
    help=N_(
        "Replace a journal that is not damaged even when no copy of it can be made first "
        "(it is then moved into backups/ as it is)."
    ),
)
@pass_app
def restore(app: AppContext, file: Path | None, newest: bool, force: bool) -> None:
    if (file is None) == (not newest):
        raise InvalidInput(_("Give a backup FILE or --newest (not both)."))
    journal_key = app.passphrase_for(app.journal_path)
    if newest:
        found = backup.newest_good_backup(app.journal_path, journal_key)
        if found is None and journal_key is not None:
            # None opens with this passphrase: say so if it is not the journal's either.
            cipher.connect(app.journal_path, journal_key, read_only=True).close()
        if found is None:
            raise JournalError(
                _("There is no good backup in {backup}.").format(
                    backup=backup.backups_dir_for(app.journal_path)
                )
            )
        file = found.path
    passphrase = journal_key or app.passphrase_for(file.expanduser())
    app.close()  # the journal must not be open while it is replaced
    result = backup.restore(file, app.journal_path, passphrase=passphrase, force=force)
    click.echo(
        _("Restored {journal} from {backup}.").format(
            journal=app.journal_path, backup=result.restored_from
        )
    )
    if journal_key is not None and not cipher.is_encrypted(app.journal_path):
        click.echo(
            _(
                "Warning: that backup is not encrypted, so neither is the journal now; `trdjournal encrypt` encrypts it again."
            ),
            err=True,
        )
    if result.previous_saved_as is not None:
        click.echo(
            _("The journal as it was is kept in {previous_saved_as}.").format(
                previous_saved_as=result.previous_saved_as
            )
        )


EXPORT_HELP = N_("""Export the whole journal: records, settings and the history of every change.

--format fhir writes the treatment history (scales, daily ratings, medication, sessions,
appointments) as a FHIR R4 Bundle instead; --from and --to limit it to a period.

An export is a plain file anyone can read: exporting an encrypted journal needs
--plaintext.
""")


@click.command(help=EXPORT_HELP)
@click.option("-o", "--output", type=FILE, required=True, help=N_("File to write."))
@click.option(
    "--plaintext",
    is_flag=True,
    help=N_("Needed to export an encrypted journal: the export is NOT encrypted."),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "fhir"]),
    default="json",
    show_default=True,
    help=N_(
        "json: the whole journal, lossless (import it back); csv: a zip of CSVs for "
        "spreadsheets; fhir: an HL7 FHIR R4 Bundle of the treatment history for a clinic's record."
    ),
)
@period_options(
    N_("fhir only: records from this day on."), N_("fhir only: records up to this day.")
)
@pass_app
def export(
    app: AppContext,
    output: Path,
    fmt: str,
    plaintext: bool,
    start: dt.date | None,
    end: dt.date | None,
) -> None:
    from trdjournal.exchange.document import write_export

    if fmt != "fhir" and (start or end):
        option = "--from" if start else "--to"
        raise InvalidInput(
            _("Invalid value for {option}: a period applies to --format fhir only.").format(
                option=option
            )
        )
    check_period(start, end)
    if cipher.is_encrypted(app.journal_path) and not plaintext:
        raise InvalidInput(
            _(
                "Invalid value for --plaintext: the journal is encrypted and an export is not; add --plaintext to export it anyway."
            )
        )
    output = not_the_journal(app, output)
    journal = app.journal()
    if fmt == "fhir":
        from trdjournal.exchange.fhir import write_fhir

        try:
            kinds = write_fhir(journal, output, start, end)
        except OSError as exc:  # no such folder, no permission: the user's choice of -o
            raise InvalidInput(
                _("Invalid value for -o: cannot write {output}: {strerror}.").format(
                    output=output, strerror=exc.strerror
                )
            ) from exc
        warn_if_plaintext_copy(journal, output)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        click.echo(
            _("Exported a FHIR R4 Bundle ({summary}) to {output}.").format(
                summary=summary, output=output
            )
        )
        return
    counts = write_export(journal, output, fmt)
    warn_if_plaintext_copy(journal, output)
    summary = ", ".join(
        (_("a background profile") if n else _("no background profile"))
        if table == "background"
        else wording.records(table, n)
        for table, n in counts.items()
    )
    click.echo(_("Exported {summary} to {output}.").format(summary=summary, output=output))


IMPORT_FORMATS = (
    "trdjournal", "daylio", "daylio-backup", "emoods", "bearable", "pixels", "moodsnap", "csv",
)  # fmt: skip
# exchange/wearables' formats, named here so the CLI starts without importing the parsers
WEARABLE_FORMATS = (
    "apple-health",
    "google-fit",
    "health-connect",
    "fitbit",
    "oura",
    "garmin",
    "gadgetbridge",
)


@click.command(
    "import",
    help=N_("""Import a trdjournal export, or another app's export: Daylio (CSV or .daylio backup),
    eMoods, Bearable, Pixels, MoodSnap, or any CSV (all or nothing); or sleep, steps and active
    minutes from Apple Health, Google Fit, Health Connect, Fitbit, Oura, Garmin Connect or
    Gadgetbridge (they fill only empty fields: what you typed is kept).

    A newer export of the same app adds only the new days; a day changed in trdjournal since
    the last import is kept and listed unless --overwrite is given."""),
)
@click.argument("file", type=FILE)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*IMPORT_FORMATS, *WEARABLE_FORMATS]),
    help=N_(
        "The file's format (default: recognised from its content). csv is any CSV, with "
        "--date-column and --mood-column."
    ),
)
@click.option(
    "--mood-map",
    help=N_(
        "Daylio mood labels as LABEL=N (0 worst to 10 best), comma separated; "
        "added to the defaults rad=9,good=7,meh=5,bad=3,awful=1."
    ),
)
@click.option(
    "--dry-run",
    is_flag=True,
    help=N_("Report what would be added, replaced or skipped; write nothing."),
)
@click.option(
    "--overwrite",
    is_flag=True,
    help=N_(
        "Replace days changed in trdjournal since the last import (kept and listed otherwise)."
    ),
)
@click.option("--date-column", help=N_("--format csv: the column holding the date."))
@click.option("--mood-column", help=N_("--format csv: the column holding the mood (a number)."))
@click.option("--note-column", help=N_("--format csv: a column holding a note."))
@click.option(
    "--mood-scale",
    help=N_("--format csv: the mood column's scale as LOW-HIGH, LOW the worst (default 0-10)."),
)
@click.option(
    "--date-format",
    help=N_("--format csv: the date layout in strptime codes, e.g. %d/%m/%Y (default YYYY-MM-DD)."),
)
@pass_app
def import_command(
    app: AppContext,
    file: Path,
    fmt: str | None,
    mood_map: str | None,
    dry_run: bool,
    overwrite: bool,
    date_column: str | None,
    mood_column: str | None,
    note_column: str | None,
    mood_scale: str | None,
    date_format: str | None,
) -> None:
    from trdjournal.exchange import daylio, generic_csv, importer
    from trdjournal.exchange.incoming import MalformedFile

    if not file.expanduser().is_file():
        raise InvalidInput(
            _("Invalid value for FILE: there is no file at {file}.").format(file=file)
        )
    try:
        columns = None
        if date_column or mood_column:
            if not (date_column and mood_column):
                raise ValidationError(
                    "--date-column", _("--date-column and --mood-column go together")
                )
            low, high = generic_csv.parse_scale(mood_scale)
            columns = generic_csv.Columns(
                date_column, mood_column, note_column, low, high, date_format=date_format
            )
        report = importer.import_file(
            app.journal(),
            file,
            fmt or ("csv" if columns else None),
            daylio.parse_mood_map(mood_map) if mood_map else None,
            dry_run=dry_run,
            overwrite=overwrite,
            columns=columns,
        )
    except MalformedFile as exc:
        raise InvalidInput(
            _("{file}, {where}: {sentence} Nothing was imported.").format(
                file=exc.file, where=exc.where, sentence=exc.sentence
            )
        ) from exc
    except ValidationError as exc:
        if exc.field in ("FILE", "--format", "--mood-map", "--date-column", "--mood-scale"):
            raise InvalidInput(
                _("Invalid value for {field}: {message}").format(
                    field=exc.field, message=exc.message
                )
            ) from exc
        raise
    except OSError as exc:
        raise click.ClickException(
            _("Could not read {file}: {value}. Nothing was imported.").format(
                file=file, value=exc.strerror or exc
            )
        ) from exc
    kind = _(importer.FORMAT_NAMES[report.format])
    if dry_run:
        click.echo(
            _("Dry run of importing {file} ({kind}); nothing was written.").format(
                file=file, kind=kind
            )
        )
    elif report.changes:
        click.echo(_("Imported {file} ({kind}).").format(file=file, kind=kind))
    else:
        click.echo(
            _("Nothing new in {file} ({kind}); the journal was not changed.").format(
                file=file, kind=kind
            )
        )
    for line in report.lines():
        click.echo(f"  {line}")
    for note in report.notes:
        click.echo(f"  {note}")
    if report.conflicts:
        click.echo(
            _("Import again with --overwrite to replace the days in conflict with the file's.")
        )
    if report.backup is not None:
        click.echo(
            _("The journal as it was before the import is backed up in {backup}.").format(
                backup=report.backup
            )
        )

"""What `list`, `delete ID` and `edit ID` share across the record groups (med, treatment,
appointment, event, lab, questionnaires): finding a record by id, changing only the fields
given, and saying what changed. Every change goes through the Journal's one write path, so it
is in the history and `trdjournal undo` takes it back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import click

from trdjournal.cli.click_messages import LazyHelp
from trdjournal.cli.common import (
    ID,
    AppContext,
    check_period,
    echo_records,
    json_option,
    pass_app,
    period_options,
    shown,
)
from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import N_, _


@dataclasses.dataclass(frozen=True)
class Kind:
    """One kind of record as its command group offers it."""

    what: str  # N_("treatment session"), translated where shown
    plural: str  # N_("treatment sessions")
    group: str  # the command group: "treatment"
    table: str  # the journal's table: "sessions"
    remove: Callable[[Any], Callable[[int], None]]  # journal -> its delete method
    describe: Callable[[Any], str]  # a record in a few words, for "Deleted ..."

    def find(self, journal: Any, record_id: int) -> Any:
        """The record `record_id` (read by its primary key), or exit 2 naming the list."""
        found = journal.record(self.table, record_id)
        if found is None:
            raise ValidationError(
                "id",
                _("there is no {what} {record_id}; `trdjournal {group} list` shows the ids").format(
                    what=_(self.what), record_id=record_id, group=self.group
                ),
            )
        return found


def list_command(
    group: click.Group,
    kind: Kind,
    read: Callable[[Any, Any, Any], Sequence[Any]],
    line: Callable[[Any], str],
) -> click.Command:
    """`GROUP list [--from D] [--to D] [--json]`: the records with their ids."""

    def help_text() -> str:
        return _("List {plural} with their ids, oldest first.").format(plural=_(kind.plural))

    @group.command(name="list", help=LazyHelp(help_text))
    @period_options()
    @json_option()
    @pass_app
    def list_(app: AppContext, start, end, as_json: bool) -> None:
        check_period(start, end)
        records = read(app.journal(), start, end)
        echo_records(
            records,
            as_json,
            line=line,
            empty=_("No {plural} in this period.").format(plural=_(kind.plural)),
        )

    return list_


def delete_command(group: click.Group, kind: Kind) -> click.Command:
    """`GROUP delete ID`: in the history, so `trdjournal undo` brings it back."""

    def help_text() -> str:
        return _("Delete {what} ID (see `{group} list`); `undo` brings it back.").format(
            what=_(kind.what), group=kind.group
        )

    @group.command(help=LazyHelp(help_text))
    @click.argument("record_id", metavar="ID", type=ID)
    @pass_app
    def delete(app: AppContext, record_id: int) -> None:
        journal = app.journal()
        found = kind.find(journal, record_id)
        kind.remove(journal)(record_id)
        click.echo(
            _("Deleted the {what} {record_id} ({kind}); `trdjournal undo` brings it back.").format(
                what=_(kind.what), record_id=record_id, kind=kind.describe(found)
            )
        )

    return delete


# The fields `edit` may change, as "old -> new" names them (translated where shown).
FIELD_WORDS = {
    "date": N_("date"),
    "clinician": N_("clinician"),
    "note": N_("note"),
    "drug": N_("drug"),
    "dose": N_("dose"),
    "role": N_("role"),
    "reason": N_("reason"),
    "kind": N_("kind"),
    "detail": N_("detail"),
    "text": N_("text"),
    "impact": N_("impact"),
    "name": N_("name"),
    "value": N_("value"),
    "unit": N_("unit"),
    "ref_low": N_("reference range low"),
    "ref_high": N_("reference range high"),
    "ref_source": N_("reference range source"),
    "answers": N_("answers"),
}


def _field(name: str) -> str:
    return _(FIELD_WORDS[name]) if name in FIELD_WORDS else name.replace("_", " ")


def edit(
    record: Any,
    changes: dict[str, Any],
    save: Callable[[Any], Any],
    what: str,
    words: Callable[[str, Any], Any] = lambda _name, value: value,
) -> None:
    """Save `record` with `changes` (the options given) and print old -> new;
    `words(field, value)`: a stored value as the user's language writes it."""
    given = {name: value for name, value in changes.items() if value is not None}
    if not given:
        raise click.UsageError(_("Give at least one field to change (see --help)."))
    updated = dataclasses.replace(record, **given)
    lines = [
        f"{_field(name)} {shown(words(name, getattr(record, name)))} -> "
        f"{shown(words(name, getattr(updated, name)))}"
        for name in given
        if getattr(record, name) != getattr(updated, name)
    ]
    if not lines:
        click.echo(
            _("The {what} {id} already says that; nothing was changed.").format(
                what=what, id=record.id
            )
        )
        return
    save(updated)
    click.echo(
        _("Edited the {what} {id}: {names}.").format(
            what=what, id=record.id, names="; ".join(lines)
        )
    )

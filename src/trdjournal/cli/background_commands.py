"""`background show|set|pgx|pgx-remove`: the optional background profile (episode, family
history...) and pharmacogenomic test results."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from trdjournal.cli.click_messages import LazyHelp
from trdjournal.cli.common import (
    DATE,
    NUMBER,
    AppContext,
    echo_json,
    json_option,
    pass_app,
    shown,
)
from trdjournal.domain.background import FAMILY_CONDITIONS, RELATIONS, FamilyHistory
from trdjournal.domain.dates import parse_date
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import to_json_dict
from trdjournal.domain.pgx import PgxResult, gene_name, genes, latest_by_gene
from trdjournal.i18n import N_, _

# The Swedish refusal asks for "ja eller nej", so those words are taken too, in any language.
YES = {"yes", "y", "true", "1", "ja", "j"}
NO = {"no", "n", "false", "0", "nej"}

# FIELD as typed -> (record attribute, what VALUE looks like; translated where shown)
FIELDS = {
    "episode-start": ("episode_start", N_("the date the current episode began, YYYY-MM-DD")),
    "age-at-first-episode": ("age_at_first_episode", N_("age in years at the first episode")),
    "earlier-episodes": ("earlier_episodes", N_("number of episodes before the current one")),
    "family-history": (
        "family_history",
        N_(
            "CONDITION:RELATION entries separated by commas, e.g. 'depression:mother, "
            "diabetes:father'"
        ),
    ),
    "childhood-adversity": ("childhood_adversity", N_("yes or no")),
    "childhood-adversity-note": ("childhood_adversity_note", N_("free text (optional)")),
    "other-conditions": (
        "other_conditions",
        N_("conditions separated by commas, e.g. 'thyroid disease, sleep apnoea'"),
    ),
}


def _value(value: Any) -> str:
    return shown(value, empty="-", quote=False)


def _items(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def _key(typed: str, names: tuple[str, ...]) -> str:
    """A condition or relation typed in the CLI's language ("mamma") -> its stored English
    name ("mother"), as `background show` writes it back; anything else as typed, for the
    record's own check to refuse."""
    wanted = typed.strip().casefold()
    for name in names:
        if wanted == _(name).casefold():
            return name
    return typed


def _parse(field: str, value: str) -> Any:
    """VALUE as typed -> the record's value; an empty VALUE clears the field."""
    attribute = FIELDS[field][0]
    text = value.strip()
    if attribute in ("family_history", "other_conditions"):
        if attribute == "other_conditions":
            return tuple(_items(text))
        entries = []
        for item in _items(text):
            condition, sep, relation = item.rpartition(":")
            if not sep:
                raise ValidationError(
                    field,
                    _(
                        "{item} is not CONDITION:RELATION; conditions: {names}; relations: {names2}"
                    ).format(
                        item=repr(item),
                        names=", ".join(FAMILY_CONDITIONS),
                        names2=", ".join(RELATIONS),
                    ),
                )
            entries.append(
                FamilyHistory(_key(condition, FAMILY_CONDITIONS), _key(relation, RELATIONS))
            )
        return tuple(entries)
    if attribute == "childhood_adversity_note":
        return text
    if not text:
        return None
    if attribute == "episode_start":
        return parse_date(text, field=field)
    if attribute == "childhood_adversity":
        if text.casefold() in YES | NO:
            return text.casefold() in YES
        raise ValidationError(field, _("must be yes or no (got {value})").format(value=repr(value)))
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            field, _("must be a whole number (got {value})").format(value=repr(value))
        ) from None


BACKGROUND_HELP = N_("""The optional background profile: episode, family history, other conditions.

Everything here is private and optional; the report leaves it out unless you ask for it.
""")


@click.group(help=BACKGROUND_HELP)
def background() -> None:
    pass


@background.command(help=N_("Show the background profile."))
@json_option()
@pass_app
def show(app: AppContext, as_json: bool) -> None:
    journal = app.journal()
    profile = journal.background()
    results = journal.pgx_results()
    if as_json:
        echo_json({**to_json_dict(profile), "pgx": [to_json_dict(r) for r in results]})
        return
    for field, (attribute, _hint) in FIELDS.items():
        click.echo(f"{field + ':':<26} {_value(getattr(profile, attribute))}")
    # Not a FIELD (`background pgx` sets it), so its heading is a word in the CLI's language.
    heading = _("pharmacogenomics") + ":"
    click.echo(f"{heading:<26} {'-' if not results else ''}".rstrip())
    for result in results:
        click.echo(f"  {_pgx_line(result)}")


# PgxResult fields as typed on the command line.
PGX_OPTIONS = {
    "gene": "GENE",
    "phenotype": "PHENOTYPE",
    "date": "--date",
    "genotype": "--genotype",
    "activity_score": "--activity-score",
    "lab": "--lab",
}


def _pgx_line(result: PgxResult) -> str:
    parts = [result.label]
    if result.genotype:
        parts.append(_("genotype {genotype}").format(genotype=result.genotype))
    if result.activity_score is not None:
        parts.append(
            _("activity score {activity_score:g}").format(activity_score=result.activity_score)
        )
    parts.append(
        _("tested {date}").format(date=result.date.isoformat())
        if result.date
        else _("test date not given")
    )
    if result.lab:
        parts.append(result.lab)
    return ", ".join(parts) + f" (id {result.id})"


PGX_HELP = N_("""Log a pharmacogenomic result: GENE PHENOTYPE, e.g. `background pgx CYP2C19 ultrarapid`.

Trials of drugs whose exposure the guideline says the phenotype changes carry a note.
""")


def _genes_epilog() -> str:
    return "\b\n{title}\n{genes}".format(
        title=_("Genes and their phenotypes (CPIC terms; 'metabolizer' may be left out):"),
        genes="\n".join(f"  {gene:<8} {', '.join(kinds)}" for gene, kinds in genes().items()),
    )


@background.command(help=PGX_HELP, epilog=LazyHelp(_genes_epilog))
@click.argument("gene")
@click.argument("phenotype")
@click.option("--date", "day", type=DATE, default=None, help=N_("Date of the test (YYYY-MM-DD)."))
@click.option("--genotype", default="", help=N_("Genotype as the report gives it, e.g. '*1/*17'."))
@click.option(
    "--activity-score",
    type=NUMBER,
    default=None,
    help=N_("Activity score, if the report gives one."),
)
@click.option("--lab", default="", help=N_("The lab that ran the test."))
@click.option("--replace", is_flag=True, help=N_("Replace the gene's result already logged."))
@pass_app
def pgx(app: AppContext, gene, phenotype, day, genotype, activity_score, lab, replace) -> None:
    journal = app.journal()
    try:
        result = PgxResult(gene, phenotype, day, genotype, activity_score, lab)
    except ValidationError as exc:
        raise ValidationError(PGX_OPTIONS.get(exc.field, exc.field), exc.message) from exc
    existing = latest_by_gene(journal.pgx_results(result.gene)).get(result.gene)
    if existing is not None and not replace:
        raise ValidationError(
            "GENE",
            _(
                "{gene} already has a result ({existing}); add --replace to replace it, or `background pgx-remove` it first"
            ).format(gene=result.gene, existing=_pgx_line(existing)),
        )
    try:
        if existing is not None:
            saved = journal.update_pgx_result(dataclasses.replace(result, id=existing.id))
        else:
            saved = journal.add_pgx_result(result)
    except ValidationError as exc:
        raise ValidationError(PGX_OPTIONS.get(exc.field, exc.field), exc.message) from exc
    done = _("Replaced: {result}") if existing is not None else _("Logged: {result}")
    click.echo(done.format(result=_pgx_line(saved)))


@background.command(
    name="pgx-remove",
    help=N_("Remove GENE's pharmacogenomic result (undo with the app's Edit > Undo)."),
)
@click.argument("gene")
@pass_app
def pgx_remove(app: AppContext, gene: str) -> None:
    journal = app.journal()
    try:
        name = gene_name(gene)
    except ValidationError as exc:
        raise ValidationError("GENE", exc.message) from exc
    result = latest_by_gene(journal.pgx_results(name)).get(name)
    if result is None:
        raise ValidationError("GENE", _("no {name} result is logged").format(name=name))
    journal.delete_pgx_result(result.id)
    click.echo(_("Removed: {result}").format(result=_pgx_line(result)))


def _fields_epilog() -> str:
    return "\b\n{title}\n{fields}\n\n{empty}".format(
        title=_("FIELDs:"),
        fields="\n".join(f"  {name:<25} {_(hint)}" for name, (_attr, hint) in FIELDS.items()),
        empty=_("An empty VALUE ('') clears the field."),
    )


@background.command(
    name="set", help=N_("Set one background FIELD to VALUE."), epilog=LazyHelp(_fields_epilog)
)
@click.argument("field", type=click.Choice(list(FIELDS)), metavar="FIELD")
@click.argument("value")
@pass_app
def set_(app: AppContext, field: str, value: str) -> None:
    journal = app.journal()
    try:
        updated = dataclasses.replace(
            journal.background(), **{FIELDS[field][0]: _parse(field, value)}
        )
        journal.save_background(updated)
    except ValidationError as exc:
        # Name the field as the user typed it, not the record's attribute.
        raise ValidationError(field, exc.message) from exc
    click.echo(f"{field}: {_value(getattr(updated, FIELDS[field][0]))}")

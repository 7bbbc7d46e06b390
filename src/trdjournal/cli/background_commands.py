"""``background show|set|pgx|pgx-remove``: the optional background profile (episode, family
history...) and pharmacogenomic test results."""

from __future__ import annotations

import dataclasses
from typing import Any

import click

from trdjournal.cli.common import DATE, AppContext, echo_json, json_option, pass_app
from trdjournal.domain.background import FAMILY_CONDITIONS, RELATIONS, FamilyHistory
from trdjournal.domain.dates import parse_date
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import to_json_dict
from trdjournal.domain.pgx import PgxResult, gene_name, genes, latest_by_gene

YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0"}

# FIELD as typed -> (record attribute, what VALUE looks like)
FIELDS = {
    "episode-start": ("episode_start", "the date the current episode began, YYYY-MM-DD"),
    "age-at-first-episode": ("age_at_first_episode", "age in years at the first episode"),
    "earlier-episodes": ("earlier_episodes", "number of episodes before the current one"),
    "family-history": (
        "family_history",
        "CONDITION:RELATION entries separated by commas, e.g. 'depression:mother, diabetes:father'",
    ),
    "childhood-adversity": ("childhood_adversity", "yes or no"),
    "childhood-adversity-note": ("childhood_adversity_note", "free text (optional)"),
    "other-conditions": (
        "other_conditions",
        "conditions separated by commas, e.g. 'thyroid disease, sleep apnoea'",
    ),
}


def _items(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


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
                    f"{item!r} is not CONDITION:RELATION; conditions: {', '.join(FAMILY_CONDITIONS)}; "
                    f"relations: {', '.join(RELATIONS)}",
                )
            entries.append(FamilyHistory(condition, relation))
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
        raise ValidationError(field, f"must be yes or no (got {value!r})")
    try:
        return int(text)
    except ValueError:
        raise ValidationError(field, f"must be a whole number (got {value!r})") from None


def _shown(value: Any) -> str:
    if value is None or value == () or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


@click.group()
def background() -> None:
    """The optional background profile: episode, family history, other conditions.

    Everything here is private and optional; the report leaves it out unless you ask for it.
    """


@background.command()
@json_option()
@pass_app
def show(app: AppContext, as_json: bool) -> None:
    """Show the background profile."""
    journal = app.journal()
    profile = journal.background()
    results = journal.pgx_results()
    if as_json:
        echo_json({**to_json_dict(profile), "pgx": [to_json_dict(r) for r in results]})
        return
    for field, (attribute, _) in FIELDS.items():
        click.echo(f"{field + ':':<26} {_shown(getattr(profile, attribute))}")
    click.echo(f"{'pharmacogenomics:':<26} {'-' if not results else ''}".rstrip())
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
        parts.append(f"genotype {result.genotype}")
    if result.activity_score is not None:
        parts.append(f"activity score {result.activity_score:g}")
    parts.append(f"tested {result.date.isoformat()}" if result.date else "test date not given")
    if result.lab:
        parts.append(result.lab)
    return ", ".join(parts) + f" (id {result.id})"


@background.command(
    epilog="\b\nGenes and their phenotypes (CPIC terms; 'metabolizer' may be left out):\n"
    + "\n".join(f"  {gene:<8} {', '.join(kinds)}" for gene, kinds in genes().items())
)
@click.argument("gene")
@click.argument("phenotype")
@click.option("--date", "day", type=DATE, default=None, help="Date of the test (YYYY-MM-DD).")
@click.option("--genotype", default="", help="Genotype as the report gives it, e.g. '*1/*17'.")
@click.option(
    "--activity-score", type=float, default=None, help="Activity score, if the report gives one."
)
@click.option("--lab", default="", help="The lab that ran the test.")
@click.option("--replace", is_flag=True, help="Replace the gene's result already logged.")
@pass_app
def pgx(app: AppContext, gene, phenotype, day, genotype, activity_score, lab, replace) -> None:
    """Log a pharmacogenomic result: GENE PHENOTYPE, e.g. ``background pgx CYP2C19 ultrarapid``.

    Trials of drugs whose exposure the guideline says the phenotype changes carry a note.
    """
    journal = app.journal()
    try:
        result = PgxResult(gene, phenotype, day, genotype, activity_score, lab)
    except ValidationError as exc:
        raise ValidationError(PGX_OPTIONS.get(exc.field, exc.field), exc.message) from exc
    existing = latest_by_gene(journal.pgx_results(result.gene)).get(result.gene)
    if existing is not None and not replace:
        raise ValidationError(
            "GENE",
            f"{result.gene} already has a result ({_pgx_line(existing)}); add --replace to "
            "replace it, or `background pgx-remove` it first",
        )
    try:
        if existing is not None:
            saved = journal.update_pgx_result(dataclasses.replace(result, id=existing.id))
        else:
            saved = journal.add_pgx_result(result)
    except ValidationError as exc:
        raise ValidationError(PGX_OPTIONS.get(exc.field, exc.field), exc.message) from exc
    click.echo(("Replaced: " if existing is not None else "Logged: ") + _pgx_line(saved))


@background.command(name="pgx-remove")
@click.argument("gene")
@pass_app
def pgx_remove(app: AppContext, gene: str) -> None:
    """Remove GENE's pharmacogenomic result (undo with the app's Edit > Undo)."""
    journal = app.journal()
    try:
        name = gene_name(gene)
    except ValidationError as exc:
        raise ValidationError("GENE", exc.message) from exc
    result = latest_by_gene(journal.pgx_results(name)).get(name)
    if result is None:
        raise ValidationError("GENE", f"no {name} result is logged")
    journal.delete_pgx_result(result.id)
    click.echo(f"Removed: {_pgx_line(result)}")


@background.command(
    name="set",
    epilog="\b\nFIELDs:\n"
    + "\n".join(f"  {name:<25} {hint}" for name, (_, hint) in FIELDS.items())
    + "\n\nAn empty VALUE ('') clears the field.",
)
@click.argument("field", type=click.Choice(list(FIELDS)), metavar="FIELD")
@click.argument("value")
@pass_app
def set_(app: AppContext, field: str, value: str) -> None:
    """Set one background FIELD to VALUE."""
    journal = app.journal()
    try:
        updated = dataclasses.replace(
            journal.background(), **{FIELDS[field][0]: _parse(field, value)}
        )
        journal.save_background(updated)
    except ValidationError as exc:
        # Name the field as the user typed it, not the record's attribute.
        raise ValidationError(field, exc.message) from exc
    click.echo(f"{field}: {_shown(getattr(updated, FIELDS[field][0]))}")

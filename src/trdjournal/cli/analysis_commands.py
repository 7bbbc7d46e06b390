"""``trials``, ``stage`` and ``summary``: the treatment analysis on the command line.

All three read one ``analyse()`` result, the same one the GUI and the PDF show.
"""

from __future__ import annotations

import textwrap

import click

from trdjournal.analysis import JournalAnalysis, analyse
from trdjournal.analysis.summary import PeriodSummary
from trdjournal.analysis.trials import Trial
from trdjournal.cli.common import AppContext, echo_json, json_option, pass_app, period_options
from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.scales import scale

ROLE_SHORT = {"antidepressant": "AD", "augmentation": "aug", "supplement": "suppl"}


def _num(value) -> str:
    if value is None:
        return "-"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _say(text: str) -> None:
    click.echo(textwrap.fill(text, width=100, subsequent_indent="  ", break_on_hyphens=False))


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _trial_row(t: Trial) -> list[str]:
    if t.measure == "mood":
        scores = f"mood* {t.baseline:.1f}->{t.follow_up:.1f}"
    elif t.measure is not None:
        scores = f"{scale(t.measure).name} {t.baseline}->{t.follow_up}"
    else:
        scores = "-"
    adequate = {True: "yes", False: "no", None: "?"}[t.adequate]
    return [
        t.drug + (" [F]" if t.failed_adequate_trial else ""),
        ROLE_SHORT.get(t.role, t.role),
        t.start.isoformat(),
        t.end.isoformat() if t.end else "running",
        str(t.days),
        f"{_num(t.max_dose_mg)} {t.unit}",
        _num(t.min_adequate_dose_mg),
        _num(t.days_at_adequate_dose),
        adequate,
        scores,
        "-" if t.change_pct is None else f"{t.change_pct:+.0f}%",
        t.outcome,
        t.stop_reason or "",
    ]


def print_trials(result: JournalAnalysis) -> None:
    from trdjournal.cli.history_output import print_adherence, print_courses

    if not result.trials:
        click.echo("No medication logged yet: no trials to judge.")
        print_courses(result)
        return
    headers = ["drug", "role", "start", "end", "days", "max dose", "min", "days>=min",
               "adequate", "scores", "change", "outcome", "stopped for"]  # fmt: skip
    rows = [_trial_row(t) for t in result.trials]
    for text in _table(headers, rows, right={4, 5, 6, 7, 10}):
        click.echo(text)
    click.echo()
    _say(
        f"min: minimum adequate daily dose (MGH-ATRQ); adequate: at least that dose for "
        f"{result.adequacy_days} days (--adequate-weeks 4|6|8)."
    )
    primary = scale(result.primary_scale).name
    _say(
        f"scores: baseline -> follow-up on {primary} (the primary scale in Settings). "
        "[F]: failed adequate trial. AD: antidepressant, aug: augmentation."
    )
    if any(t.measure == "mood" for t in result.trials):
        _say(f"mood*: mean mood deficit (10 - mood) standing in for a {primary} score.")
    for t in result.trials:
        if t.augmented_by:
            _say(f"{t.drug}: {t.notes[0]}.")
        if t.tachyphylaxis:
            _say(f"Possible loss of response: {t.tachyphylaxis.text}.")
        if t.pgx:
            _say(f"{t.drug}: {t.pgx.full_text}.")
    print_adherence(result)
    print_courses(result)


@click.command()
@json_option()
@click.option(
    "--adequate-weeks",
    type=click.Choice(["4", "6", "8"]),
    default=None,
    help="Weeks at the minimum adequate dose that make a trial adequate (default: the setting, 6).",
)
@pass_app
def trials(app: AppContext, as_json: bool, adequate_weeks: str | None) -> None:
    """Medication trials: adequacy and response.

    One row per course of a drug: doses, days at the minimum adequate dose, the outcome read
    from PHQ-9 (or daily mood) and why it stopped.
    """
    weeks = int(adequate_weeks) if adequate_weeks else None
    result = analyse(app.journal(), adequacy_weeks=weeks)
    if as_json:
        from trdjournal.analysis.history import history_json

        echo_json(history_json(result))  # trials and courses, by date, each with its kind
    else:
        print_trials(result)


@click.command()
@json_option()
@pass_app
def stage(app: AppContext, as_json: bool) -> None:
    """Treatment resistance: failed trials, Maudsley stage.

    Counts failed adequate antidepressant trials in the current episode, checks the common TRD
    definition (at least 2) and estimates the Maudsley Staging Method from what was logged.
    """
    from trdjournal.analysis.history import counted_text

    result = analyse(app.journal())
    s = result.staging
    if as_json:
        echo_json({**s.to_json(), "counted": counted_text(result)})
        return
    met = "met" if s.trd_definition_met else "not met"
    drugs = ", ".join(f.drug for f in s.failed_trials)
    click.echo(
        f"Failed adequate antidepressant trials: {s.failed_adequate_trials}"
        + (f" ({drugs})" if drugs else "")
    )
    _say(f"Treatment-resistant depression, common definition ({s.trd_definition}): {met}")
    if s.pgx_basis and s.maudsley is None:  # else it is in the failed-trials basis below
        _say(f"Pharmacogenomics: {s.pgx_basis}.")
    _say(counted_text(result))
    if s.episode_start is None:
        click.echo("No check-ins yet: no episode to stage.")
        return
    click.echo(f"Current episode from {s.episode_start.isoformat()} ({s.episode_start_source})")
    m = s.maudsley
    click.echo("\nMaudsley Staging Method (estimate from self-report)")
    rows = [
        ["duration", _num(m.duration), "1-3", m.duration_basis],
        ["severity", _num(m.severity), "1-5", m.severity_basis],
        ["failed antidepressants", _num(m.failures), "1-5", m.failures_basis],
        ["augmentation", _num(m.augmentation), "0-1", m.augmentation_basis],
        ["ECT", _num(m.ect), "0-1", m.ect_basis],
    ]
    for text in _table(["dimension", "score", "range", "read from"], rows, right={1}):
        click.echo(text)
    total = "unknown" if m.total is None else f"{m.total} of 15: {m.band}"
    click.echo(f"Total: {total}")
    if not m.applicable:
        click.echo("No failed adequate trial: the method stages resistance, so it hardly applies.")
    _say(m.label + ".")


def print_summary(s: PeriodSummary) -> None:
    echo = click.echo
    echo(
        f"{s.start.isoformat()} to {s.end.isoformat()}: {s.days_logged} of {s.days_in_range} "
        "days logged"
    )
    rows = []
    for m in s.measures:
        c, p = m.current, m.previous
        rows.append([m.label, _num(c.mean), _num(c.min), _num(c.max), str(c.n), _num(p.mean)])
    echo("")
    previous = f"previous {s.previous_start.isoformat()}..{s.previous_end.isoformat()}"
    for text in _table(["measure", "mean", "min", "max", "days", previous], rows, {1, 2, 3, 4, 5}):
        echo(text)
    echo("")
    for q in s.questionnaires:
        if q.latest is None:
            echo(f"{q.name}: none in this period")
            continue
        change = "" if q.change is None else f", {q.change:+d} since {q.first.date.isoformat()}"
        echo(f"{q.name}: {q.latest.total} ({q.latest.band}) on {q.latest.date.isoformat()}{change}")
    for p in s.item9_positives:
        echo(f"PHQ-9 item 9 (thoughts of death or self-harm) answered {p.answer} on {p.date}")
    for a in s.safety_answers:
        echo(f"{a.name} item {a.item} ({a.label.lower()}) answered {a.answer} on {a.date}")
    for e in s.elevation:
        if e.shown:
            what = "Elevated mood" if e.measure == "elevated" else "Irritability"
            echo(f"{what} logged on {e.days} days (highest: {e.highest})")
    echo("\nMedication changes:" if s.medication_changes else "\nMedication changes: none")
    for e in s.medication_changes:
        dose = f" {e.dose:g} {e.unit}" if e.dose is not None else ""
        reason = f" ({e.reason})" if e.reason else ""
        echo(f"  {e.date.isoformat()}  {e.kind} {e.drug}{dose}{reason}")
    echo("Treatment sessions:" if s.sessions else "Treatment sessions: none")
    for x in s.sessions:
        echo(f"  {x.kind}: {x.count} ({x.first.isoformat()} to {x.last.isoformat()})")
    echo(f"Regimen on {s.end.isoformat()}:" if s.regimen else "Regimen: nothing logged")
    for r in s.regimen:
        echo(f"  {r.drug} {r.dose:g} {r.unit} ({r.role}) since {r.since.isoformat()}")
    if s.lowest_mood_days:
        days = ", ".join(f"{d.date.isoformat()} ({d.mood})" for d in s.lowest_mood_days)
        echo(f"Lowest mood: {days}")
    for d in s.doctor_notes:
        echo(f"For the doctor, {d.date.isoformat()}: {d.note}")
    for c in s.correlations:
        if c.r is not None:
            echo(f"{c.label} vs next-day mood: r = {c.r:+.2f} over {c.n} days")


@click.command()
@period_options(
    "First day (YYYY-MM-DD); default 30 days back.", "Last day (YYYY-MM-DD); default today."
)
@json_option()
@pass_app
def summary(app: AppContext, start, end, as_json: bool) -> None:
    """A period's summary beside the period before.

    Days logged, daily measures, PHQ-9/GAD-7, medication changes, sessions, the regimen and the
    notes marked for the doctor; by default the 30 days up to today.
    """
    end = end or today()
    if start and start > end:
        raise ValidationError("--from", f"{start} is after --to {end} (default: today)")
    result = analyse(app.journal()).summary(start, end)
    if as_json:
        echo_json(result.to_json())
    else:
        print_summary(result)

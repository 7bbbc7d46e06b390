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

ADEQUATE_WEEKS_OPTION = click.option(
    "--adequate-weeks",
    type=click.Choice(["4", "6", "8"]),
    default=None,
    help="Weeks at the minimum adequate dose that make a trial adequate (default: the setting, 6).",
)


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
    mark = (" [F so far]" if t.so_far else " [F]") if t.failed_adequate_trial else ""
    name = t.drug + (f" {t.formulation}" if t.formulation else "")
    if t.combination_with:
        name = f"{t.combination_with} + {name}"
    return [
        name + mark,
        ROLE_SHORT.get(t.role, t.role),
        t.start.isoformat(),
        t.end.isoformat() if t.end else "running",
        str(t.days),
        f"{_num(t.max_dose_mg)} {t.unit}",
        _num(t.min_adequate_dose_mg),
        _num(t.longest_run_at_adequate_dose_days),
        adequate,
        t.measure or "-",
        scores,
        "-" if t.change_pct is None else f"{t.change_pct:+.0f}%",
        t.verdict,
        t.stop_text or "",
    ]


def print_trials(result: JournalAnalysis) -> None:
    from trdjournal.cli.history_output import print_adherence, print_courses

    if not result.trials:
        click.echo("No medication logged yet: no trials to judge.")
        print_courses(result)
        return
    headers = ["drug", "role", "start", "end", "days", "max dose", "min", "held>=min",
               "adequate", "measure", "scores", "change", "outcome", "stopped for"]  # fmt: skip
    rows = [_trial_row(t) for t in result.trials]
    for text in _table(headers, rows, right={4, 5, 6, 7, 11}):
        click.echo(text)
    click.echo()
    _say(
        f"min: minimum adequate daily dose (MGH-ATRQ); held>=min: the longest unbroken run "
        f"of days at it; adequate: at least {result.adequacy_days} days held "
        "(--adequate-weeks 4|6|8)."
    )
    primary = scale(result.primary_scale).name
    _say(
        f"scores: baseline -> follow-up on {primary} (the primary scale in Settings). "
        "[F]: failed adequate trial; [F so far]: still running. AD: antidepressant, "
        'aug: augmentation (a row "drug + agent" is a combination trial).'
    )
    if any(t.measure == "mood" for t in result.trials):
        _say(f"mood*: mean mood deficit (10 - mood) standing in for a {primary} score.")
    for t in result.trials:
        if t.augmented_by:
            _say(f"{t.drug}: {t.notes[0]}.")
        for note in t.notes:
            if "taken alongside" in note or "longest unbroken run" in note:
                _say(f"{t.drug}: {note}.")
        if t.tachyphylaxis:
            _say(f"Possible loss of response: {t.tachyphylaxis.text}.")
        if t.side_effects:
            effects = ", ".join(
                f"{name} {e.days} days (max {e.max_severity}/3)"
                for name, e in t.side_effects.items()
            )
            _say(f"{t.drug} side effects logged: {effects}.")
        if t.pgx:
            _say(f"{t.drug}: {t.pgx.full_text}.")
    print_adherence(result)
    print_courses(result)


@click.command()
@json_option()
@ADEQUATE_WEEKS_OPTION
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


def failed_line(s) -> str:
    """ "Failed adequate antidepressant trials in the current episode (since DATE): N (drugs)"."""
    since = f" (since {s.episode_start.isoformat()})" if s.episode_start else ""
    drugs = ", ".join(s.failed_drugs)
    text = (
        f"Failed adequate antidepressant trials in the current episode{since}: "
        f"{s.failed_drug_count}" + (f" ({drugs})" if drugs else "")
    )
    if s.failed_still_running:
        text += f"; {s.failed_still_running} of them still running (verdict so far)"
    return text


@click.command()
@json_option()
@ADEQUATE_WEEKS_OPTION
@pass_app
def stage(app: AppContext, as_json: bool, adequate_weeks: str | None) -> None:
    """Treatment resistance: failed trials, Maudsley stage.

    Counts failed adequate antidepressants (drugs, not trials) in the current episode, checks
    the common TRD definition (at least 2) and estimates the Maudsley Staging Method from what
    was logged.
    """
    from trdjournal.analysis.history import counted_text

    weeks = int(adequate_weeks) if adequate_weeks else None
    result = analyse(app.journal(), adequacy_weeks=weeks)
    s = result.staging
    if as_json:
        echo_json({**s.to_json(), "counted": counted_text(result)})
        return
    met = "met" if s.trd_definition_met else "not met"
    click.echo(failed_line(s))
    for note in s.notes:
        _say(f"Note: {note}.")
    if s.judged_from_mood:
        _say(
            "Judged from daily mood alone (no PHQ-9 near the start): "
            + ", ".join(s.judged_from_mood)
            + "."
        )
    _say(f"Treatment-resistant depression, common definition ({s.trd_definition}): {met}")
    if s.pgx_basis and s.maudsley is None:  # else it is in the failed-trials basis below
        _say(f"Pharmacogenomics: {s.pgx_basis}.")
    _say(counted_text(result))
    if s.episode_start is None:
        click.echo("Nothing logged yet: no episode to stage.")
        return
    end = f" to {s.episode_end.isoformat()} (ended in remission)" if s.episode_end else ""
    click.echo(
        f"Current episode from {s.episode_start.isoformat()}{end} ({s.episode_start_source})"
    )
    if len(s.episodes) > 1:
        click.echo("Episodes:")
        for e in s.episodes:
            click.echo(f"  {e.start.isoformat()} to {e.end.isoformat() if e.end else 'now'}"
                       + (f": ended by {e.ended_by}" if e.ended_by else ""))  # fmt: skip
    for r in s.relapses:
        click.echo(
            f"Relapse on {r.date.isoformat()}: {r.scale} {r.score} after remission from "
            f"{r.remission_since.isoformat()}" + (" (a new episode)" if r.new_episode else "")
        )
    m = s.maudsley
    click.echo("\nMaudsley Staging Method (estimate from self-report)")
    rows = [[name, _num(score), span, basis] for name, score, span, basis in m.sub_scores()]
    for text in _table(["dimension", "score", "range", "read from"], rows, right={1}):
        click.echo(text)
    click.echo(f"Total: {m.total_text}")
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
    if s.side_effects:
        effects = ", ".join(
            f"{e.name} {e.days} days (max {e.max_severity}/3)" for e in s.side_effects
        )
        echo(f"Side effects: {effects}")
    for lost in s.lost_responses:
        echo(f"Loss of response: {lost.drug}, {lost.verdict} (PHQ-9 {lost.score})")
    for r in s.relapses:
        echo(f"Relapse on {r.date.isoformat()}: {r.scale} {r.score} after remission")
    if s.staging is not None:
        echo(failed_line(s.staging))
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

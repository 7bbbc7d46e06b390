"""`trials`, `stage` and `summary`: the treatment analysis on the command line.

All three read one `analyse()` result, the same one the GUI and the PDF show.
"""

from __future__ import annotations

import click

from trdjournal.analysis import JournalAnalysis, analyse
from trdjournal.analysis.summary import PeriodSummary
from trdjournal.analysis.trials import Trial
from trdjournal.cli.common import (
    AppContext,
    echo_json,
    json_option,
    pass_app,
    period_options,
    say,
    text_table,
)
from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.scales import band_label, scale
from trdjournal.i18n import N_, _, format_number, ngettext
from trdjournal.report.text import label

ADEQUATE_WEEKS_OPTION = click.option(
    "--adequate-weeks",
    type=click.Choice(["4", "6", "8"]),
    default=None,
    help=N_(
        "Weeks at the minimum adequate dose that make a trial adequate (default: the setting, 6)."
    ),
)


ROLE_SHORT = {"antidepressant": "AD", "augmentation": "aug", "supplement": N_("suppl")}


def side_effect_text(name: str, days: int, max_severity: int) -> str:
    """Shown as "nausea 18 days (max 2/3)": a side effect, its days logged and its worst severity."""
    return ngettext(
        "{name} {days} day (max {max_severity}/3)",
        "{name} {days} days (max {max_severity}/3)",
        days,
    ).format(name=name, days=days, max_severity=max_severity)


def _num(value) -> str:
    if value is None:
        return "-"
    return format_number(value, 2) if isinstance(value, float) else str(value)


def _trial_row(t: Trial) -> list[str]:
    if t.measure == "mood":
        scores = f"mood* {format_number(t.baseline)}->{format_number(t.follow_up)}"
    elif t.measure is not None:
        scores = f"{scale(t.measure).name} {t.baseline}->{t.follow_up}"
    else:
        scores = "-"
    adequate = {True: _("yes"), False: _("no"), None: "?"}[t.adequate]
    mark = (_(" [F so far]") if t.so_far else " [F]") if t.failed_adequate_trial else ""
    name = t.drug + (f" {t.formulation}" if t.formulation else "")
    if t.combination_with:
        name = f"{t.combination_with} + {name}"
    return [
        name + mark,
        _(ROLE_SHORT.get(t.role, t.role)),
        t.start.isoformat(),
        t.end.isoformat() if t.end else _("running"),
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
        click.echo(_("No medication logged yet: no trials to judge."))
        print_courses(result)
        return
    headers = [_("drug"), _("role"), _("start"), _("end"), _("days"), _("max dose"), _("min"),
               _("held>=min"), _("adequate"), _("measure"), _("scores"), _("change"),
               _("outcome"), _("stopped for")]  # fmt: skip
    rows = [_trial_row(t) for t in result.trials]
    for text in text_table(headers, rows, right={4, 5, 6, 7, 11}):
        click.echo(text)
    click.echo()
    say(
        _(
            "min: minimum adequate daily dose (MGH-ATRQ); held>=min: the longest unbroken run of days at it; adequate: at least {adequacy_days} days held (--adequate-weeks 4|6|8)."
        ).format(adequacy_days=result.adequacy_days)
    )
    primary = scale(result.primary_scale).name
    say(
        _(
            'scores: baseline -> follow-up on {primary} (the primary scale in Settings). [F]: failed adequate trial; [F so far]: still running. AD: antidepressant, aug: augmentation (a row "drug + agent" is a combination trial).'
        ).format(primary=primary)
    )
    if any(t.measure == "mood" for t in result.trials):
        say(
            _("mood*: mean mood deficit (10 - mood) standing in for a {primary} score.").format(
                primary=primary
            )
        )
    for t in result.trials:
        if t.augmented_by:
            say(f"{t.drug}: {t.notes[0]}.")
        for note in t.adequacy_notes:
            say(f"{t.drug}: {note}.")
        if t.tachyphylaxis:
            say(_("Possible loss of response: {text}.").format(text=t.tachyphylaxis.text))
        if t.side_effects:
            effects = ", ".join(
                side_effect_text(name, e.days, e.max_severity) for name, e in t.side_effects.items()
            )
            say(_("{drug} side effects logged: {effects}.").format(drug=t.drug, effects=effects))
        if t.pgx:
            say(f"{t.drug}: {t.pgx.full_text}.")
    print_adherence(result)
    print_courses(result)


TRIALS_HELP = N_("""Medication trials: adequacy and response.

One row per course of a drug: doses, days at the minimum adequate dose, the outcome read
from PHQ-9 (or daily mood) and why it stopped.
""")


@click.command(help=TRIALS_HELP)
@json_option()
@ADEQUATE_WEEKS_OPTION
@pass_app
def trials(app: AppContext, as_json: bool, adequate_weeks: str | None) -> None:
    weeks = int(adequate_weeks) if adequate_weeks else None
    result = analyse(app.journal(), adequacy_weeks=weeks)
    if as_json:
        from trdjournal.analysis.history import history_json

        echo_json(history_json(result))  # trials and courses, by date, each with its kind
    else:
        print_trials(result)


def failed_line(s) -> str:
    """ "Failed adequate antidepressant trials in the current episode (since DATE): N (drugs)"."""
    since = _(" (since {date})").format(date=s.episode_start.isoformat()) if s.episode_start else ""
    drugs = ", ".join(s.failed_drugs)
    text = _(
        "Failed adequate antidepressant trials in the current episode{since}: {failed_drug_count}"
    ).format(since=since, failed_drug_count=s.failed_drug_count) + (f" ({drugs})" if drugs else "")
    if s.failed_still_running:
        text += _("; {failed_still_running} of them still running (verdict so far)").format(
            failed_still_running=s.failed_still_running
        )
    return text


STAGE_HELP = N_("""Treatment resistance: failed trials, Maudsley stage.

Counts failed adequate antidepressants (drugs, not trials) in the current episode, checks
the common TRD definition (at least 2) and estimates the Maudsley Staging Method from what
was logged.
""")


@click.command(help=STAGE_HELP)
@json_option()
@ADEQUATE_WEEKS_OPTION
@pass_app
def stage(app: AppContext, as_json: bool, adequate_weeks: str | None) -> None:
    from trdjournal.analysis.history import counted_text

    weeks = int(adequate_weeks) if adequate_weeks else None
    result = analyse(app.journal(), adequacy_weeks=weeks)
    s = result.staging
    if as_json:
        echo_json({**s.to_json(), "counted": counted_text(result)})
        return
    met = _("met") if s.trd_definition_met else _("not met")
    click.echo(failed_line(s))
    for note in s.notes:
        say(_("Note: {note}.").format(note=note))
    if s.judged_from_mood:
        say(
            _("Judged from daily mood alone (no PHQ-9 near the start): ")
            + ", ".join(s.judged_from_mood)
            + "."
        )
    say(
        _("Treatment-resistant depression, common definition ({trd_definition}): {met}").format(
            trd_definition=_(s.trd_definition), met=met
        )
    )
    if s.pgx_basis and s.maudsley is None:  # else it is in the failed-trials basis below
        say(_("Pharmacogenomics: {basis}.").format(basis=s.pgx_basis))
    say(counted_text(result))
    if s.episode_start is None:
        click.echo(_("Nothing logged yet: no episode to stage."))
        return
    end = (
        _(" to {value} (ended in remission)").format(value=s.episode_end.isoformat())
        if s.episode_end
        else ""
    )
    click.echo(
        _("Current episode from {value}{end} ({episode_start_source})").format(
            value=s.episode_start.isoformat(), end=end, episode_start_source=s.episode_start_source
        )
    )
    if len(s.episodes) > 1:
        click.echo(_("Episodes:"))
        for e in s.episodes:
            click.echo("  " + _("{start} to {end}").format(start=e.start.isoformat(), end=e.end.isoformat() if e.end else _("now"))
                       + (_(': ended by {ended_by}').format(ended_by=e.ended_by) if e.ended_by else ""))  # fmt: skip
    for r in s.relapses:
        click.echo(
            _("Relapse on {value}: {scale} {score} after remission from {value2}").format(
                value=r.date.isoformat(),
                scale=r.scale,
                score=r.score,
                value2=r.remission_since.isoformat(),
            )
            + (_(" (a new episode)") if r.new_episode else "")
        )
    m = s.maudsley
    click.echo(_("\nMaudsley Staging Method (estimate from self-report)"))
    rows = [[name, _num(score), span, basis] for name, score, span, basis in m.sub_scores()]
    for text in text_table(
        [_("dimension"), _("score"), _("range"), _("read from")], rows, right={1}
    ):
        click.echo(text)
    click.echo(_("Total: {total}").format(total=m.total_text))
    if not m.applicable:
        click.echo(
            _("No failed adequate trial: the method stages resistance, so it hardly applies.")
        )
    say(_(m.label) + ".")


def print_summary(s: PeriodSummary) -> None:
    echo = click.echo
    echo(
        _("{value} to {value2}: {days_logged} of {days_in_range} days logged").format(
            value=s.start.isoformat(),
            value2=s.end.isoformat(),
            days_logged=s.days_logged,
            days_in_range=s.days_in_range,
        )
    )
    rows = []
    for m in s.measures:
        c, p = m.current, m.previous
        rows.append([_(m.label), _num(c.mean), _num(c.min), _num(c.max), str(c.n), _num(p.mean)])
    echo("")
    previous = _("previous {start}..{end}").format(
        start=s.previous_start.isoformat(), end=s.previous_end.isoformat()
    )
    headers = [_("measure"), _("mean"), _("min"), _("max"), _("days"), previous]
    for text in text_table(headers, rows, {1, 2, 3, 4, 5}):
        echo(text)
    echo("")
    for q in s.questionnaires:
        if q.latest is None:
            echo(_("{name}: none in this period").format(name=q.name))
            continue
        change = (
            ""
            if q.change is None
            else _(", {change:+d} since {date}").format(
                change=q.change, date=q.first.date.isoformat()
            )
        )
        echo(
            _("{name}: {total} ({band}) on {date}{change}").format(
                name=q.name,
                total=q.latest.total,
                band=band_label(q.latest.band),
                date=q.latest.date.isoformat(),
                change=change,
            )
        )
    for p in s.item9_positives:
        echo(
            _("PHQ-9 item 9 (thoughts of death or self-harm) answered {answer} on {date}").format(
                answer=p.answer, date=p.date
            )
        )
    for a in s.safety_answers:
        echo(
            _("{name} item {item} ({label}) answered {answer} on {date}").format(
                name=a.name, item=a.item, label=_(a.label).lower(), answer=a.answer, date=a.date
            )
        )
    for e in s.elevation:
        if e.shown:
            what = _("Elevated mood") if e.measure == "elevated" else _("Irritability")
            echo(
                ngettext(
                    "{what} logged on {days} day (highest: {highest})",
                    "{what} logged on {days} days (highest: {highest})",
                    e.days,
                ).format(what=what, days=e.days, highest=_(e.highest))
            )
    echo(_("\nMedication changes:") if s.medication_changes else _("\nMedication changes: none"))
    for e in s.medication_changes:
        dose = f" {format_number(e.dose, 3)} {e.unit}" if e.dose is not None else ""
        reason = f" ({label(e.reason)})" if e.reason else ""
        echo(f"  {e.date.isoformat()}  {_(e.kind)} {e.drug}{dose}{reason}")
    echo(_("Treatment sessions:") if s.sessions else _("Treatment sessions: none"))
    for x in s.sessions:
        echo(
            "  "
            + _("{kind}: {count} ({first} to {last})").format(
                kind=label(x.kind),
                count=x.count,
                first=x.first.isoformat(),
                last=x.last.isoformat(),
            )
        )
    echo(
        _("Regimen on {value}:").format(value=s.end.isoformat())
        if s.regimen
        else _("Regimen: nothing logged")
    )
    for r in s.regimen:
        echo(
            "  "
            + _("{drug} {dose} {unit} ({role}) since {since}").format(
                drug=r.drug,
                dose=format_number(r.dose, 2),
                unit=r.unit,
                role=label(r.role),
                since=r.since.isoformat(),
            )
        )
    if s.lowest_mood_days:
        days = ", ".join(f"{d.date.isoformat()} ({d.mood})" for d in s.lowest_mood_days)
        echo(_("Lowest mood: {days}").format(days=days))
    for d in s.doctor_notes:
        echo(_("For the doctor, {value}: {note}").format(value=d.date.isoformat(), note=d.note))
    if s.side_effects:
        effects = ", ".join(
            side_effect_text(e.name, e.days, e.max_severity) for e in s.side_effects
        )
        echo(_("Side effects: {effects}").format(effects=effects))
    for lost in s.lost_responses:
        echo(
            _("Loss of response: {drug}, {verdict} (PHQ-9 {score})").format(
                drug=lost.drug, verdict=lost.verdict, score=lost.score
            )
        )
    for r in s.relapses:
        echo(
            _("Relapse on {value}: {scale} {score} after remission").format(
                value=r.date.isoformat(), scale=r.scale, score=r.score
            )
        )
    if s.staging is not None:
        echo(failed_line(s.staging))
    for c in s.correlations:
        if c.r is not None:
            echo(
                _("{label} vs next-day mood: r = {r:+.2f} over {n} days").format(
                    label=c.label, r=c.r, n=c.n
                )
            )


SUMMARY_HELP = N_("""A period's summary beside the period before.

Days logged, daily measures, PHQ-9/GAD-7, medication changes, sessions, the regimen and the
notes marked for the doctor; by default the 30 days up to today.
""")


@click.command(help=SUMMARY_HELP)
@period_options(
    N_("First day (YYYY-MM-DD); default 30 days back."), N_("Last day (YYYY-MM-DD); default today.")
)
@json_option()
@pass_app
def summary(app: AppContext, start, end, as_json: bool) -> None:
    end = end or today()
    if start and start > end:
        raise ValidationError(
            "--from", _("{start} is after --to {end} (default: today)").format(start=start, end=end)
        )
    result = analyse(app.journal()).summary(start, end)
    if as_json:
        echo_json(result.to_json())
    else:
        print_summary(result)

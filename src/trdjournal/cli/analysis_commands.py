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
from trdjournal.domain.scales import band_label, scale
from trdjournal.i18n import N_, _, format_number
from trdjournal.report.text import label

ROLE_SHORT = {"antidepressant": "AD", "augmentation": "aug", "supplement": N_("suppl")}
MEDICATION_EVENT_KINDS = (N_("start"), N_("change"), N_("stop"))


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
    adequate = {True: _("yes"), False: _("no"), None: "?"}[t.adequate]
    return [
        t.drug + (" [F]" if t.failed_adequate_trial else ""),
        _(ROLE_SHORT.get(t.role, t.role)),
        t.start.isoformat(),
        t.end.isoformat() if t.end else _("running"),
        str(t.days),
        f"{_num(t.max_dose_mg)} {t.unit}",
        _num(t.min_adequate_dose_mg),
        _num(t.days_at_adequate_dose),
        adequate,
        scores,
        "-" if t.change_pct is None else f"{t.change_pct:+.0f}%",
        label(t.outcome),
        label(t.stop_reason) if t.stop_reason else "",
    ]


def print_trials(result: JournalAnalysis) -> None:
    from trdjournal.cli.history_output import print_adherence, print_courses

    if not result.trials:
        click.echo(_("No medication logged yet: no trials to judge."))
        print_courses(result)
        return
    headers = [_("drug"), _("role"), _("start"), _("end"), _("days"), _("max dose"), _("min"),
               _("days>=min"), _("adequate"), _("scores"), _("change"), _("outcome"),
               _("stopped for")]  # fmt: skip
    rows = [_trial_row(t) for t in result.trials]
    for text in _table(headers, rows, right={4, 5, 6, 7, 10}):
        click.echo(text)
    click.echo()
    _say(
        _(
            "min: minimum adequate daily dose (MGH-ATRQ); adequate: at least that dose for {adequacy_days} days (--adequate-weeks 4|6|8)."
        ).format(adequacy_days=result.adequacy_days)
    )
    primary = scale(result.primary_scale).name
    _say(
        _(
            "scores: baseline -> follow-up on {primary} (the primary scale in Settings). [F]: failed adequate trial. AD: antidepressant, aug: augmentation."
        ).format(primary=primary)
    )
    if any(t.measure == "mood" for t in result.trials):
        _say(
            _("mood*: mean mood deficit (10 - mood) standing in for a {primary} score.").format(
                primary=primary
            )
        )
    for t in result.trials:
        if t.augmented_by:
            _say(f"{t.drug}: {t.notes[0]}.")
        if t.tachyphylaxis:
            _say(_("Possible loss of response: {text}.").format(text=t.tachyphylaxis.text))
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
    met = _("met") if s.trd_definition_met else _("not met")
    drugs = ", ".join(f.drug for f in s.failed_trials)
    click.echo(
        _("Failed adequate antidepressant trials: {failed_adequate_trials}").format(
            failed_adequate_trials=s.failed_adequate_trials
        )
        + (f" ({drugs})" if drugs else "")
    )
    _say(
        _("Treatment-resistant depression, common definition ({trd_definition}): {met}").format(
            trd_definition=_(s.trd_definition), met=met
        )
    )
    if s.pgx_basis and s.maudsley is None:  # else it is in the failed-trials basis below
        _say(_("Pharmacogenomics: {basis}.").format(basis=s.pgx_basis))
    _say(counted_text(result))
    if s.episode_start is None:
        click.echo(_("No check-ins yet: no episode to stage."))
        return
    click.echo(
        _("Current episode from {value} ({episode_start_source})").format(
            value=s.episode_start.isoformat(), episode_start_source=s.episode_start_source
        )
    )
    m = s.maudsley
    click.echo(_("\nMaudsley Staging Method (estimate from self-report)"))
    rows = [
        [_("duration"), _num(m.duration), "1-3", m.duration_basis],
        [_("severity"), _num(m.severity), "1-5", m.severity_basis],
        [_("failed antidepressants"), _num(m.failures), "1-5", m.failures_basis],
        [_("augmentation"), _num(m.augmentation), "0-1", m.augmentation_basis],
        ["ECT", _num(m.ect), "0-1", m.ect_basis],
    ]
    for text in _table([_("dimension"), _("score"), _("range"), _("read from")], rows, right={1}):
        click.echo(text)
    total = (
        _("unknown")
        if m.total is None
        else _("{total} of 15: {band}").format(total=m.total, band=_(m.band))
    )
    click.echo(_("Total: {total}").format(total=total))
    if not m.applicable:
        click.echo(
            _("No failed adequate trial: the method stages resistance, so it hardly applies.")
        )
    _say(_(m.label) + ".")


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
    for text in _table(headers, rows, {1, 2, 3, 4, 5}):
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
                _("{what} logged on {days} days (highest: {highest})").format(
                    what=what, days=e.days, highest=_(e.highest)
                )
            )
    echo(_("\nMedication changes:") if s.medication_changes else _("\nMedication changes: none"))
    for e in s.medication_changes:
        dose = f" {e.dose:g} {e.unit}" if e.dose is not None else ""
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
    for c in s.correlations:
        if c.r is not None:
            echo(
                _("{label} vs next-day mood: r = {r:+.2f} over {n} days").format(
                    label=c.label, r=c.r, n=c.n
                )
            )


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
        raise ValidationError(
            "--from", _("{start} is after --to {end} (default: today)").format(start=start, end=end)
        )
    result = analyse(app.journal()).summary(start, end)
    if as_json:
        echo_json(result.to_json())
    else:
        print_summary(result)

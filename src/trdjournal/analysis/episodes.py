"""Episodes of depression read from the record (rules and sources in resources/episodes.json).

* The first episode starts at the background profile's episode start when one is set, else at
  the earliest of the first medication start, the first questionnaire and the first check-in
  (past trials entered before the first check-in belong to the episode).
* An episode ends where the record shows 8 weeks or more of remission (ATHF: two months of
  euthymia separate episodes): every score on the primary scale in remission from a first to a
  last score at least 8 weeks apart, with at least 2 scores. Its ``end`` is the first of them.
* After remission, a score at or above the scale's relapse line (PHQ-9 >= 10) is a relapse.
  After an episode ended, it starts the next one; after a shorter remission it is a relapse
  within the episode. Thresholds come from ``scale_rules`` (one place per scale).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.analysis.series import ScoreIndex
from trdjournal.domain.reference import load_table
from trdjournal.domain.scales import ScaleRules, scale_rules
from trdjournal.i18n import _


@functools.cache
def _rules() -> dict:
    return load_table("episodes.json")


def remission_days() -> int:
    return 7 * int(_rules()["remission_weeks"])


@dataclasses.dataclass(frozen=True)
class Episode(JsonMixin):
    start: dt.date
    end: dt.date | None  # the first day of the remission that ended it; None: current
    ended_by: str | None  # the remission that ended it, in words
    started_by: str  # the rule that chose the start (see ``episode_start_source``)


@dataclasses.dataclass(frozen=True)
class Relapse(JsonMixin):
    date: dt.date
    score: int
    scale: str  # "PHQ-9"
    remission_since: dt.date  # first score of the remission it ended
    new_episode: bool  # True after 8 weeks of remission (the next episode starts here)


@dataclasses.dataclass(frozen=True)
class EpisodeHistory(JsonMixin):
    episodes: tuple[Episode, ...]
    relapses: tuple[Relapse, ...]
    start_source: str  # of the first episode's start

    @property
    def current(self) -> Episode | None:
        """The latest episode: running (``end`` None) or, in lasting remission, the last one."""
        return self.episodes[-1] if self.episodes else None


def first_start(
    *,
    background: dt.date | None,
    first_medication: dt.date | None,
    first_questionnaire: dt.date | None,
    first_checkin: dt.date | None,
) -> tuple[dt.date | None, str]:
    """The first episode's start and the rule that chose it."""
    if background is not None:
        return background, _("background profile")
    candidates = [
        (day, name)
        for day, name in (
            (first_medication, _("first medication start")),
            (first_questionnaire, _("first questionnaire")),
            (first_checkin, _("first check-in")),
        )
        if day is not None
    ]
    if not candidates:
        return None, "none"
    return min(candidates, key=lambda c: c[0])


def find_episodes(
    scores: ScoreIndex,
    start: dt.date | None,
    source: str,
    today: dt.date,
    rules: ScaleRules | None = None,
) -> EpisodeHistory:
    """Episodes from ``start`` to ``today`` on the primary scale's ``scores`` and ``rules``
    (default PHQ-9: remission < 5, relapse >= 10)."""
    if start is None:
        return EpisodeHistory((), (), source)
    rules = rules or scale_rules("phq9")
    need_days, need_n = remission_days(), int(_rules()["remission_min_measurements"])
    by_day = {q.date: q.total for q in scores.between(start, today)}  # the last logged wins
    episodes: list[Episode] = []
    relapses: list[Relapse] = []
    current_start, current_source = start, source
    run_first, run_n = None, 0  # the current unbroken run of remission scores
    remission_from = None  # the first score of the latest remission within the episode
    remitted_since = None  # set once the current episode ended: waiting for a relapse
    for day, total in sorted(by_day.items()):
        if remitted_since is not None:
            if total >= rules.relapse_min:
                relapses.append(Relapse(day, total, rules.name, remitted_since, True))
                current_start, current_source = (
                    day,
                    _("relapse on {day}").format(day=day.isoformat()),
                )
                remitted_since, run_first, run_n, remission_from = None, None, 0, None
            continue
        if total < rules.remission_below:
            run_first, run_n = run_first or day, run_n + 1
            remission_from = remission_from or day
            if (day - run_first).days >= need_days and run_n >= need_n:
                episodes.append(
                    Episode(
                        current_start,
                        run_first,
                        _(
                            "remission: every {name} below {remission_below} from {run_first} to {day} ({run_n} scores, at least {value} weeks)"
                        ).format(
                            name=rules.name,
                            remission_below=rules.remission_below,
                            run_first=run_first.isoformat(),
                            day=day.isoformat(),
                            run_n=run_n,
                            value=need_days // 7,
                        ),
                        current_source,
                    )
                )
                remitted_since = run_first
        else:
            if remission_from is not None and total >= rules.relapse_min:
                relapses.append(Relapse(day, total, rules.name, remission_from, False))
                remission_from = None
            run_first, run_n = None, 0
    if remitted_since is None:
        episodes.append(Episode(current_start, None, None, current_source))
    return EpisodeHistory(tuple(episodes), tuple(relapses), source)


@dataclasses.dataclass(frozen=True)
class EpisodeMarker:
    """A day the charts mark: an episode began ("start"), ended in remission ("end"), or a
    relapse came after remission ("relapse"); ``text`` says why, for a tooltip."""

    date: dt.date
    kind: str
    text: str


def episode_markers(history: EpisodeHistory) -> tuple[EpisodeMarker, ...]:
    """The days Charts marks, by date. A relapse that starts a new episode is one marker."""
    relapse_days = {r.date for r in history.relapses}
    markers = [
        EpisodeMarker(
            e.start,
            "start",
            _("Episode from {value} ({started_by})").format(
                value=e.start.isoformat(), started_by=e.started_by
            ),
        )
        for e in history.episodes
        if e.start not in relapse_days
    ]
    markers += [
        EpisodeMarker(e.end, "end", _("Episode ended: {ended_by}").format(ended_by=e.ended_by))
        for e in history.episodes
        if e.end is not None
    ]
    markers += [
        EpisodeMarker(
            r.date,
            "relapse",
            _("Relapse: {scale} {score} after remission from {value}").format(
                scale=r.scale, score=r.score, value=r.remission_since.isoformat()
            )
            + (_(" (a new episode)") if r.new_episode else ""),
        )
        for r in history.relapses
    ]
    return tuple(sorted(markers, key=lambda m: m.date))

"""A believable example history, so a newcomer sees a lived-in app without touching real data.

The story (of a 730-day journal; other lengths are scaled, and longer journals repeat the
story as earlier episodes with other drugs):

- citalopram 20 mg, stopped after a month for side effects: too short to count;
- sertraline raised 50 -> 100 -> 150 mg and held for months: an adequate trial, no response;
- venlafaxine raised 75 -> 150 -> 225 mg: adequate, a partial response only (so two failed
  adequate trials: the common definition of treatment-resistant depression is met);
- a six-week course of rTMS (10 Hz) with a modest effect;
- aripiprazole augmentation (2 -> 5 mg) bringing response and then remission;
- weekly psychotherapy (CBT) while in recovery;
- a few missed doses of venlafaxine (still a fair trial: adherence well above 80%);
- a dip after a stressful spell near the end (PHQ-9 item 9 answered above 0 twice), the
  aripiprazole dose raised at the last appointment, and recovery under way;
- QIDS-SR16 every four weeks over the last months, as the clinic asks (item 12 answered 1 at
  the dip); elevated mood and irritability rated daily from the last appointment, with one
  brief, mild-to-moderate elevation a few weeks later. PHQ-9 stays the primary scale, so the
  trials and the staging above are unchanged.

Read by the episode rules (issue 15, resources/episodes.json): months of PHQ-9 below 5 on
aripiprazole end the first episode (two months of remission separate episodes), and the dip,
PHQ-9 back at 10 or more, is a relapse that starts a second episode. The first episode met the
common TRD definition (sertraline and venlafaxine failed); in the current one only venlafaxine,
still taken, counts so far, so staging says "not met" for it and page 1 puts the relapse at the
top.

Everything comes from one seeded random generator, so the same seed and end date give the
same journal.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random

from trdjournal.domain import medication
from trdjournal.domain.background import Background, FamilyHistory, LifeEvent
from trdjournal.domain.dates import today
from trdjournal.domain.errors import ValidationError
from trdjournal.domain.labs import LabResult, new_lab_result
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    MissedDose,
    Questionnaire,
    TreatmentSession,
)
from trdjournal.storage import Journal

STORY_DAYS = 730
DEFAULT_DAYS = 730

# (day in the 730-day story, depression severity 0 = well .. 1 = worst); linear in between.
SEVERITY_CURVE = [
    (0, 0.78),
    (30, 0.77),
    (90, 0.72),
    (150, 0.72),
    (200, 0.68),
    (290, 0.52),
    (350, 0.49),
    (380, 0.40),
    (450, 0.16),
    (520, 0.12),
    (640, 0.12),
    (665, 0.30),
    (686, 0.42),
    (700, 0.30),
    (730, 0.12),
]


@dataclasses.dataclass(frozen=True)
class DrugPlan:
    """One drug's part in an episode: dose steps at story days, and how it ends."""

    drug: str
    steps: tuple[tuple[int, float], ...]
    stop_day: int | None = None
    stop_reason: str | None = None
    side_effect: str | None = None


# The most recent episode is the story above; earlier episodes of a long journal reuse its
# timing with other drugs, ending in remission.
STORY_PLAN = (
    DrugPlan("citalopram", ((0, 20),), 30, "side-effects", "nausea"),
    DrugPlan("sertraline", ((35, 50), (63, 100), (100, 150)), 150, "no-response", "nausea"),
    DrugPlan("venlafaxine", ((150, 75), (172, 150), (215, 225)), side_effect="sweating"),
    DrugPlan("aripiprazole", ((350, 2), (371, 5), (689, 7.5)), side_effect="restlessness"),
)
EARLIER_PLANS = (
    (
        "escitalopram",
        10,
        "fluoxetine",
        (20, 40, 60),
        "duloxetine",
        (30, 60, 120),
        "lithium",
        (400, 800, 1000),
    ),
    (
        "paroxetine",
        20,
        "bupropion",
        (150, 300, 450),
        "mirtazapine",
        (15, 30, 45),
        "quetiapine",
        (50, 150, 300),
    ),
    (
        "fluvoxamine",
        50,
        "vortioxetine",
        (10, 20, 20),
        "desvenlafaxine",
        (50, 100, 150),
        "brexpiprazole",
        (0.5, 1, 2),
    ),
    (
        "sertraline",
        50,
        "nortriptyline",
        (25, 50, 75),
        "venlafaxine",
        (75, 150, 225),
        "liothyronine",
        (25, 50, 50),
    ),
)
RTMS_DAYS = (300, 342)
THERAPY_DAYS = (400, 520)
STORY_APPOINTMENTS = [10 + 42 * k for k in range(16)] + [688]
CLINICIAN = "Dr. Okafor"
# (story day, impact -4..+4 as on the NIMH Life Chart, what happened)
STORY_LIFE_EVENTS = (
    (40, -2, "Lost my job"),
    (260, 1, "Started volunteering two mornings a week"),
    (470, 2, "Back at work part-time"),
    (600, 2, "Holiday by the sea with family"),
    (662, -3, "Father admitted to hospital"),
    (702, 1, "Father home again"),
)
# (story day, lab, value, unit): checked at the start of the episode and on augmentation
# Days of the story on which the venlafaxine dose was forgotten (a weekend away, a bad week).
STORY_MISSED_DOSES = ((236, "away for the weekend"), (237, "away for the weekend"), (612, ""),
                      (668, "bad week"), (671, "bad week"))  # fmt: skip
STORY_LABS = (
    (6, "TSH", 2.1, "mIU/L"),
    (6, "vitamin D", 38.0, "nmol/L"),
    (6, "B12", 310.0, "pmol/L"),
    (6, "CRP", 3.4, "mg/L"),
    (352, "TSH", 1.8, "mIU/L"),
    (500, "vitamin D", 64.0, "nmol/L"),
)

NOTES_LOW = [
    "Could not get out of bed until noon.",
    "Everything feels heavy today.",
    "Cancelled plans again.",
    "Cried in the car after work.",
    "No energy to cook, ate toast.",
    "Slept badly, woke at 4.",
    "Felt numb most of the day.",
]
NOTES_MID = [
    "A little better in the afternoon.",
    "Managed a short walk.",
    "Ok day, tired in the evening.",
    "Called my sister, that helped.",
    "Work was manageable.",
    "Müde, aber der Spaziergang tat gut.",
]
NOTES_GOOD = [
    "Good day, met friends for coffee.",
    "Went swimming, felt like myself.",
    "Promenad i snön med Åsa, kändes lätt.",
    "Cooked a proper dinner and enjoyed it.",
    "Productive at work, calm evening.",
    "Long walk in the sun.",
]


# Notes that only fit some months (northern hemisphere): no snow in June.
WINTER_MONTHS = frozenset({11, 12, 1, 2, 3})
SEASONAL_NOTES = {"Promenad i snön med Åsa, kändes lätt.": WINTER_MONTHS}
LOW_MOOD_MAX = 3  # a note's pool follows the mood written that day, not the story's curve
GOOD_MOOD_MIN = 7


def notes_for(mood: int, day: dt.date) -> list[str]:
    """The notes that fit a day's mood and season: a doctor reading "Good day, met friends
    for coffee" beside a mood of 3, or snow in June, stops trusting the example."""
    pool = NOTES_LOW if mood <= LOW_MOOD_MAX else NOTES_GOOD if mood >= GOOD_MOOD_MIN else NOTES_MID
    return [n for n in pool if day.month in SEASONAL_NOTES.get(n, range(1, 13))]


def severity_on(story_day: float) -> float:
    for (d0, s0), (d1, s1) in zip(SEVERITY_CURVE, SEVERITY_CURVE[1:], strict=False):
        if story_day <= d1:
            return s0 + (s1 - s0) * (story_day - d0) / (d1 - d0)
    return SEVERITY_CURVE[-1][1]


def _earlier_plan(index: int) -> tuple[DrugPlan, ...]:
    short, short_dose, first, first_doses, second, second_doses, aug, aug_doses = EARLIER_PLANS[
        index % len(EARLIER_PLANS)
    ]
    return (
        DrugPlan(short, ((0, short_dose),), 30, "side-effects", "headache"),
        DrugPlan(first, tuple(zip((35, 63, 100), first_doses, strict=True)), 150, "no-response"),
        DrugPlan(second, tuple(zip((150, 172, 215), second_doses, strict=True)), 715, "remission"),
        DrugPlan(aug, tuple(zip((350, 371, 689), aug_doses, strict=True)), 715, "remission"),
    )


@dataclasses.dataclass
class DemoHistory:
    checkins: list[CheckIn]
    med_events: list[MedicationEvent]
    sessions: list[TreatmentSession]
    questionnaires: list[Questionnaire]
    appointments: list[Appointment]
    life_events: list[LifeEvent] = dataclasses.field(default_factory=list)
    lab_results: list[LabResult] = dataclasses.field(default_factory=list)
    missed_doses: list[MissedDose] = dataclasses.field(default_factory=list)
    background: Background = dataclasses.field(default_factory=Background)


class _Episode:
    """One run of the story laid over ``length`` real days from ``first_day``."""

    def __init__(self, first_day: dt.date, length: int, plan: tuple[DrugPlan, ...]):
        self.first_day = first_day
        self.length = length
        self.plan = plan
        self.scale = length / STORY_DAYS

    def day(self, story_day: float) -> dt.date:
        offset = min(self.length - 1, max(0, round(story_day * self.scale)))
        return self.first_day + dt.timedelta(days=offset)

    def story_day(self, day: dt.date) -> float:
        return (day - self.first_day).days / self.scale

    def med_events(self, last_day: dt.date) -> list[MedicationEvent]:
        events = []
        for drug in self.plan:
            for i, (story_day, dose) in enumerate(drug.steps):
                day = self.day(story_day)
                if day <= last_day:
                    kind = "start" if i == 0 else "change"
                    events.append(medication.new_event(day, drug.drug, kind, dose))
            if drug.stop_day is not None and self.day(drug.stop_day) <= last_day:
                events.append(
                    medication.new_event(
                        self.day(drug.stop_day), drug.drug, "stop", reason=drug.stop_reason
                    )
                )
        return events

    def side_effect_on(self, day: dt.date) -> str | None:
        """The side effect of a drug in its first three weeks, when it has one."""
        for drug in self.plan:
            if drug.side_effect is None:
                continue
            start = self.day(drug.steps[0][0])
            if start <= day < start + dt.timedelta(days=21):
                return drug.side_effect
        return None


def _phq9_answers(rng: random.Random, total: int, item9: int) -> tuple[int, ...]:
    """Spread a total over items 1-8 (core symptoms first), with item 9 given."""
    answers = [0] * 9
    answers[8] = item9
    weights = [3, 3, 3, 3, 2, 2, 2, 1]
    remaining = min(max(total - item9, 0), 24)
    while remaining > 0:
        i = rng.choices(range(8), weights)[0]
        if answers[i] < 3:
            answers[i] += 1
            remaining -= 1
    return tuple(answers)


def _gad7_answers(rng: random.Random, total: int) -> tuple[int, ...]:
    answers = [0] * 7
    remaining = min(max(total, 0), 21)
    while remaining > 0:
        i = rng.randrange(7)
        if answers[i] < 3:
            answers[i] += 1
            remaining -= 1
    return tuple(answers)


QIDS_STORY_DAYS = (604, 632, 660, 688, 716)  # every four weeks, the last at the latest
QIDS_ITEM12_DAYS = (688,)  # the dip
ELEVATION_FROM_DAY = 688  # rated daily from the last appointment on
BRIEF_ELEVATION = {709: (1, 0), 710: (2, 1), 711: (2, 2), 712: (1, 1)}  # (elevated, irritable)


def _qids_answers(rng: random.Random, total: int, item12: int) -> tuple[int, ...]:
    """Answers whose QIDS-SR16 total (the highest of each group) is ``total``: the total is
    spread over the nine symptom domains, then each grouped domain gets its score on one item
    and lower answers on the others."""
    domains = [[1, 2, 3, 4], [5], [6, 7, 8, 9], [10], [11], [12], [13], [14], [15, 16]]
    scores = [0] * len(domains)
    scores[5] = item12
    remaining = min(max(total - item12, 0), 24)
    while remaining > 0:
        i = rng.choice([d for d in range(len(domains)) if d != 5 and scores[d] < 3])
        scores[i] += 1
        remaining -= 1
    answers = [0] * 16
    for items, score in zip(domains, scores, strict=True):
        top = rng.choice(items)
        for item in items:
            answers[item - 1] = score if item == top else rng.randint(0, score)
    return tuple(answers)


def _add_scales(history: DemoHistory, story: _Episode, end: dt.date, seed: int) -> None:
    """QIDS-SR16 readings and the elevation ratings, from their own generator so the rest of
    the demo (and its staging story) stays exactly as it was."""
    rng = random.Random(f"{seed}-scales")
    for story_day in QIDS_STORY_DAYS:
        day = story.day(story_day)
        if day <= end and day >= story.first_day:
            total = round(_clip(27 * severity_on(story_day) + rng.gauss(0, 0.8), 0, 27))
            item12 = 1 if story_day in QIDS_ITEM12_DAYS else 0
            history.questionnaires.append(
                Questionnaire(day, "qids-sr16", _qids_answers(rng, total, item12))
            )
    history.questionnaires.sort(key=lambda q: q.date)
    brief = {story.day(d): values for d, values in BRIEF_ELEVATION.items()}
    first = story.day(ELEVATION_FROM_DAY)
    for i, checkin in enumerate(history.checkins):
        if checkin.date >= first:
            elevated, irritable = brief.get(checkin.date, (0, int(rng.random() < 0.1)))
            history.checkins[i] = dataclasses.replace(
                checkin, elevated=elevated, irritability=irritable
            )


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def generate(days: int = DEFAULT_DAYS, seed: int = 1, end: dt.date | None = None) -> DemoHistory:
    """The demo history of ``days`` days ending on ``end`` (default today), from ``seed``."""
    if days < 1:
        raise ValueError("days must be at least 1")
    rng = random.Random(seed)
    end = end or today()
    first = end - dt.timedelta(days=days - 1)
    episodes_count = max(1, days // STORY_DAYS)
    bounds = [round(i * days / episodes_count) for i in range(episodes_count + 1)]
    episodes = []
    for i in range(episodes_count):
        plan = STORY_PLAN if i == episodes_count - 1 else _earlier_plan(i)
        start = first + dt.timedelta(days=bounds[i])
        episodes.append(_Episode(start, bounds[i + 1] - bounds[i], plan))

    history = DemoHistory([], [], [], [], [])
    for episode in episodes:
        history.med_events += episode.med_events(end)
        for story_day in range(*RTMS_DAYS):
            day = episode.day(story_day)
            repeated = history.sessions and history.sessions[-1].date == day
            if day.weekday() < 5 and day <= end and not repeated:
                history.sessions.append(TreatmentSession(day, "rtms", "", detail="10 Hz"))
        for story_day in range(THERAPY_DAYS[0], THERAPY_DAYS[1], 7):
            day = episode.day(story_day)
            if day <= end:
                history.sessions.append(
                    TreatmentSession(day, "psychotherapy", "CBT session", detail="CBT")
                )
        for day in sorted({episode.day(story_day) for story_day in STORY_APPOINTMENTS}):
            history.appointments.append(Appointment(day, CLINICIAN, "Medication review"))
    history.appointments.append(Appointment(end + dt.timedelta(days=14), CLINICIAN, "Next visit"))
    story = episodes[-1]
    history.life_events = [
        LifeEvent(story.day(d), impact, text)
        for d, impact, text in STORY_LIFE_EVENTS
        if story.day(d) <= end
    ]
    history.missed_doses = [
        MissedDose(story.day(d), "venlafaxine", 1, note)
        for d, note in STORY_MISSED_DOSES
        if story.day(d) <= end and story.day(d) > story.day(150)
    ]
    history.lab_results = [
        new_lab_result(story.day(d), name, value, unit)
        for d, name, value, unit in STORY_LABS
        if story.day(d) <= end
    ]
    # The current episode starts with the story; earlier demo episodes ended in remission.
    history.background = Background(
        episode_start=story.first_day,
        age_at_first_episode=27,
        earlier_episodes=len(episodes) - 1,
        family_history=(FamilyHistory("depression", "mother"),),
    )
    history.sessions.sort(key=lambda s: s.date)

    noise = 0.0  # slow day-to-day drift on top of the story, so the chart breathes
    therapy_days = {s.date for s in history.sessions if s.kind == "psychotherapy"}
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        episode = next(e for e in reversed(episodes) if e.first_day <= day)
        s_day = episode.story_day(day)
        noise = 0.8 * noise + rng.gauss(0, 0.05)
        severity = _clip(severity_on(s_day) + noise, 0.0, 1.0)

        episode_day = (day - episode.first_day).days  # each episode opens with a PHQ-9
        if episode_day % 14 == 0:
            item9 = 1 if severity > 0.6 and rng.random() < 0.25 else 0
            if episode is episodes[-1] and (abs(s_day - 680) < 7 or abs(s_day - 694) < 7):
                item9 = 1  # the story's recent dip
            # the questionnaire reads the story curve, not the daily drift, so each trial's
            # outcome is the one the story tells (see trdjournal trials)
            total = round(_clip(27 * severity_on(s_day) + rng.gauss(0, 0.8), 0, 27))
            history.questionnaires.append(
                Questionnaire(day, "phq9", _phq9_answers(rng, total, item9))
            )
        if episode_day % 28 == 7:
            anxious = _clip(0.65 * severity + 0.12 + rng.gauss(0, 0.05), 0, 1)
            history.questionnaires.append(
                Questionnaire(day, "gad7", _gad7_answers(rng, round(21 * anxious)))
            )

        skip_chance = 0.05 + 0.12 * severity
        if day == end or rng.random() < skip_chance:
            continue  # a day not logged (today is left for the user)
        mood = round(_clip(10 - (1.5 + 7.5 * severity) + rng.gauss(0, 0.8), 0, 10))
        workday = day.weekday() < 5 and severity < 0.6
        activity = 5 * round(_clip(70 - 65 * severity + rng.gauss(0, 15), 0, 240) / 5)
        summer = 0.5 + 0.5 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 172) / 365)
        tags = []
        if activity >= 30 and rng.random() < 0.7:
            tags.append("walk")
        if rng.random() < (0.25 + 0.4 * summer) * (1.1 - severity):
            tags.append("daylight")
        if rng.random() < 0.45 - 0.35 * severity:
            tags.append("social")
        if workday and rng.random() < 0.9:
            tags.append("work")
        if rng.random() < 0.07:
            tags.append("alcohol")
        if day in therapy_days:
            tags.append("therapy")
        side = episode.side_effect_on(day)
        note = rng.choice(notes_for(mood, day)) if rng.random() < 0.22 else ""
        for_doctor = bool(note) and episode is episodes[-1] and s_day > 650 and rng.random() < 0.3
        history.checkins.append(
            CheckIn(
                date=day,
                mood=mood,
                anxiety=round(_clip(1.5 + 6.5 * severity + rng.gauss(0, 1.1), 0, 10)),
                energy=round(_clip(8.5 - 7 * severity + rng.gauss(0, 1.0), 0, 10)),
                sleep_hours=(
                    round(4 * _clip(7.6 - 2.2 * severity + rng.gauss(0, 0.6), 3, 11)) / 4
                    if rng.random() < 0.92
                    else None
                ),
                sleep_quality=round(_clip(4.4 - 2.8 * severity + rng.gauss(0, 0.6), 1, 5)),
                activity_minutes=activity,
                tags=tuple(tags),
                side_effects={side: 1 + (rng.random() < 0.3)} if side else {},
                note=note,
                for_doctor=for_doctor,
            )
        )
    _add_scales(history, story, end, seed)
    return history


def fill_demo_journal(
    journal: Journal, days: int = DEFAULT_DAYS, seed: int = 1, end: dt.date | None = None
) -> dict[str, int]:
    """Write the demo history into an empty journal, in one transaction."""
    if not journal.is_empty():
        raise ValidationError(
            "journal", f"{journal.path} already holds entries; the demo only fills an empty journal"
        )
    history = generate(days, seed, end)
    # DemoHistory's fields are add_many's record arguments, one for one.
    return journal.add_many(**vars(history), record_revisions=False)  # nothing to undo yet

"""Medication events grouped into courses: one continuous run of one drug, start to stop.

A drug restarted after a stop is two courses. Names are resolved to the generic, so "Zoloft"
and "sertraline" are one drug. A course covers the half-open days [start, stop): the stop day
is not a day on the drug (matching ``regimen_on``, which reads the regimen at the end of a day);
a running course covers start..today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator

from trdjournal.analysis.jsonable import JsonMixin
from trdjournal.domain.drugs import canonical_name, resolve
from trdjournal.domain.medication import ordered
from trdjournal.domain.model import MedicationEvent


@dataclasses.dataclass(frozen=True)
class DoseStep(JsonMixin):
    date: dt.date
    dose: float


@dataclasses.dataclass(frozen=True)
class Course:
    drug: str  # generic name when the reference table knows it
    role: str
    unit: str
    start: dt.date
    end: dt.date | None  # the stop day; None while running
    steps: tuple[DoseStep, ...]
    stop_reason: str | None
    formulation: str | None = None  # a suffix that changes the doses ("CR"), as typed

    def end_exclusive(self, today: dt.date) -> dt.date:
        return self.end if self.end is not None else today + dt.timedelta(days=1)

    def days(self, today: dt.date) -> int:
        return max(0, (self.end_exclusive(today) - self.start).days)

    def spans(self, first: dt.date, stop: dt.date) -> Iterator[tuple[DoseStep, dt.date, dt.date]]:
        """Each dose step's days [lo, hi) within [first, stop), skipping steps with none there;
        the last step runs to ``stop``."""
        for i, step in enumerate(self.steps):
            step_end = self.steps[i + 1].date if i + 1 < len(self.steps) else stop
            lo, hi = max(step.date, first), min(step_end, stop)
            if hi > lo:
                yield step, lo, hi

    def days_at_or_above(self, minimum: float, first: dt.date, stop: dt.date) -> int:
        """Days in [first, stop) on which the daily dose was at least ``minimum``."""
        return sum(
            (hi - lo).days for step, lo, hi in self.spans(first, stop) if step.dose >= minimum
        )

    def longest_run_at_or_above(self, minimum: float, first: dt.date, stop: dt.date) -> int:
        """The longest unbroken run of days in [first, stop) at a daily dose of at least
        ``minimum``: a dip below it starts the count again (adequate means held)."""
        best = run = 0
        for step, lo, hi in self.spans(first, stop):
            run = run + (hi - lo).days if step.dose >= minimum else 0
            best = max(best, run)
        return best

    def first_run_at_or_above(
        self, minimum: float, first: dt.date, stop: dt.date, length: int
    ) -> dt.date | None:
        """The first day of the first unbroken run of at least ``length`` days in [first, stop)
        at a daily dose of at least ``minimum``, or None."""
        run_start, run = None, 0
        for step, lo, hi in self.spans(first, stop):
            if step.dose >= minimum:
                run_start = run_start or lo
                run += (hi - lo).days
                if run >= length:
                    return run_start
            else:
                run_start, run = None, 0
        return None

    def step_on(self, day: dt.date) -> DoseStep | None:
        current = None
        for step in self.steps:
            if step.date > day:
                break
            current = step
        return current

    def dose_on(self, day: dt.date) -> float | None:
        step = self.step_on(day)
        return step.dose if step else None

    def dose_step_start(self, day: dt.date) -> dt.date | None:
        step = self.step_on(day)
        return step.date if step else None


def _add_step(steps: list[DoseStep], day: dt.date, dose: float) -> None:
    if steps and steps[-1].date == day:  # several changes on one day: the last one logged holds
        steps[-1] = DoseStep(day, dose)
    elif not steps or steps[-1].dose != dose:
        steps.append(DoseStep(day, dose))


def courses_from_events(events: Iterable[MedicationEvent], *, today: dt.date) -> list[Course]:
    """Every course, ordered by start then drug. Events after ``today`` are ignored.

    The store refuses broken sequences; should one arrive anyway (e.g. a brand and its generic
    logged as separate drugs before names were resolved), a start while running is read as a
    dose change, a change while stopped as a restart, and a stop while stopped is ignored, so
    no day is ever counted twice."""
    by_drug: dict[str, list[MedicationEvent]] = {}
    for event in events:
        if event.date <= today:
            by_drug.setdefault(canonical_name(event.drug), []).append(event)
    result: list[Course] = []
    for drug, drug_events in by_drug.items():
        running: dict | None = None
        for event in ordered(drug_events):
            if event.kind == "stop":
                if running is not None:
                    result.append(_close(drug, running, event.date, event.reason))
                    running = None
            elif running is None:
                running = {"role": event.role, "unit": event.unit, "start": event.date, "steps": []}
                running["formulation"] = None
                _add_step(running["steps"], event.date, event.dose or 0.0)
            else:
                _add_step(running["steps"], event.date, event.dose or 0.0)
            if event.kind != "stop":
                running["formulation"] = _formulation(event) or running["formulation"]
        if running is not None:
            result.append(_close(drug, running, None, None))
    return sorted(result, key=lambda c: (c.start, c.drug))


def _close(drug: str, running: dict, end: dt.date | None, reason: str | None) -> Course:
    return Course(
        drug=drug,
        role=running["role"],
        unit=running["unit"],
        start=running["start"],
        end=end,
        steps=tuple(running["steps"]),
        stop_reason=reason,
        formulation=running["formulation"],
    )


def _formulation(event: MedicationEvent) -> str | None:
    """The formulation typed with the event, when it changes the drug's doses (paroxetine CR)."""
    found = resolve(event.typed_name or event.drug)
    if found is None or not found.drug.formulation(found.formulation):
        return None
    return found.formulation

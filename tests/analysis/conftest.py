"""Builders for analysis tests: records dated by day number from a fixed first day."""

from __future__ import annotations

import datetime as dt

import pytest

from trdjournal.analysis import JournalData, analyse_data
from trdjournal.domain.medication import new_event
from trdjournal.domain.model import CheckIn, Questionnaire, TreatmentSession

DAY0 = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return DAY0 + dt.timedelta(days=n)


def answers_for(total: int, item9: int = 0, items: int = 9) -> tuple[int, ...]:
    """Answers with the given total; item 9 of the PHQ-9 set explicitly."""
    answers = [0] * items
    if items == 9:
        answers[8] = item9
    rest, i = total - item9, 0
    while rest > 0:
        if answers[i] < 3:
            answers[i] += 1
            rest -= 1
        i = (i + 1) % (8 if items == 9 else items)
    return tuple(answers)


class Builder:
    day = staticmethod(day)

    def __init__(self) -> None:
        self.events: list = []
        self.checkins: list[CheckIn] = []
        self.questionnaires: list[Questionnaire] = []
        self.sessions: list[TreatmentSession] = []

    def med(self, n: int, drug: str, kind: str, dose: float | None = None, **kw) -> Builder:
        self.events.append(new_event(day(n), drug, kind, dose, **kw))
        return self

    def phq9(self, n: int, total: int, item9: int = 0) -> Builder:
        self.questionnaires.append(Questionnaire(day(n), "phq9", answers_for(total, item9)))
        return self

    def gad7(self, n: int, total: int) -> Builder:
        self.questionnaires.append(Questionnaire(day(n), "gad7", answers_for(total, items=7)))
        return self

    def mood(self, days: range | list[int], mood: int, **kw) -> Builder:
        self.checkins += [CheckIn(day(n), mood=mood, **kw) for n in days]
        return self

    def session(self, n: int, kind: str) -> Builder:
        self.sessions.append(TreatmentSession(day(n), kind))
        return self

    def data(self) -> JournalData:
        return JournalData(
            checkins=tuple(self.checkins),
            events=tuple(self.events),
            sessions=tuple(self.sessions),
            questionnaires=tuple(self.questionnaires),
        )

    def analyse(self, today: int, **kw):
        return analyse_data(self.data(), today=day(today), **kw)

    def trials(self, today: int, **kw):
        return self.analyse(today, **kw).trials

    def trial(self, today: int, **kw):
        (only,) = self.trials(today, **kw)
        return only


@pytest.fixture
def b() -> Builder:
    return Builder()

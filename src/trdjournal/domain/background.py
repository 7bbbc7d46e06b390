"""The person behind the chart: a background profile and dated life events.

Every background field is optional; nothing here is needed to use the journal. Life events are
rated for impact on the NIMH Life Chart's scale, -4 (very negative) to +4 (very positive).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import _choice, _date, _int_in, _text
from trdjournal.i18n import N_, _

FAMILY_CONDITIONS = (
    N_("depression"),
    N_("bipolar disorder"),
    N_("schizophrenia"),
    N_("anxiety"),
    N_("ADHD"),
    N_("suicide"),
    N_("substance use"),
    N_("diabetes"),
    N_("heart disease"),
)
RELATIONS = (
    N_("mother"),
    N_("father"),
    N_("sister"),
    N_("brother"),
    N_("daughter"),
    N_("son"),
    N_("grandmother"),
    N_("grandfather"),
    N_("aunt"),
    N_("uncle"),
    N_("cousin"),
    N_("other relative"),
)
IMPACT_MIN, IMPACT_MAX = -4, 4
MAX_EVENT_TEXT = 500
MAX_CONDITION = 100
MAX_AGE = 120
MAX_EPISODES = 100


def _one_of(field: str, value: object, allowed: tuple[str, ...]) -> str:
    """``value`` matched to ``allowed`` ignoring case and spacing."""
    folded = " ".join(str(value or "").split()).casefold()
    for choice in allowed:
        if choice.casefold() == folded:
            return choice
    return _choice(field, value, allowed)  # refuses it, as every other choice is refused


@dataclasses.dataclass(frozen=True, slots=True)
class FamilyHistory:
    """A condition in a blood relative, as the user knows it."""

    condition: str
    relation: str

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "condition", _one_of("family_history", self.condition, FAMILY_CONDITIONS)
        )
        object.__setattr__(self, "relation", _one_of("relation", self.relation, RELATIONS))

    def __str__(self) -> str:
        return f"{self.condition} ({self.relation})"

    def shown(self) -> str:
        """As the user's language writes it: "depression (mor)"."""
        return f"{_(self.condition)} ({_(self.relation)})"


@dataclasses.dataclass(frozen=True, slots=True)
class Background:
    """The background profile. Whether ``episode_start`` lies in the future is checked by the store."""

    episode_start: dt.date | None = None
    age_at_first_episode: int | None = None
    earlier_episodes: int | None = None
    family_history: tuple[FamilyHistory, ...] = ()
    childhood_adversity: bool | None = None  # None: not answered
    childhood_adversity_note: str = ""
    other_conditions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if self.episode_start is not None:
            set_(self, "episode_start", _date("episode_start", self.episode_start))
        set_(
            self,
            "age_at_first_episode",
            _int_in("age_at_first_episode", self.age_at_first_episode, 1, MAX_AGE),
        )
        set_(
            self,
            "earlier_episodes",
            _int_in("earlier_episodes", self.earlier_episodes, 0, MAX_EPISODES),
        )
        entries: list[FamilyHistory] = []
        for entry in self.family_history:
            if not isinstance(entry, FamilyHistory):
                raise ValidationError(
                    "family_history",
                    _("must be condition and relation (got {entry})").format(entry=repr(entry)),
                )
            if entry not in entries:
                entries.append(entry)
        set_(self, "family_history", tuple(entries))
        if self.childhood_adversity is not None and not isinstance(self.childhood_adversity, bool):
            raise ValidationError(
                "childhood_adversity",
                _("must be yes or no (got {childhood_adversity})").format(
                    childhood_adversity=repr(self.childhood_adversity)
                ),
            )
        set_(
            self,
            "childhood_adversity_note",
            _text("childhood_adversity_note", self.childhood_adversity_note, 2000),
        )
        if isinstance(self.other_conditions, str):  # one string would split into letters
            raise ValidationError("other_conditions", _("must be a list of conditions"))
        conditions: list[str] = []
        for condition in self.other_conditions:
            cleaned = " ".join(_text("other_conditions", condition, MAX_CONDITION).split())
            if cleaned and cleaned.casefold() not in {c.casefold() for c in conditions}:
                conditions.append(cleaned)
        set_(self, "other_conditions", tuple(conditions))

    def is_empty(self) -> bool:
        return self == Background()


@dataclasses.dataclass(frozen=True, slots=True)
class LifeEvent:
    """Something that happened on a day, with its impact on mood from -4 to +4."""

    date: dt.date
    impact: int
    text: str
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", _date("date", self.date))
        object.__setattr__(
            self, "impact", _int_in("impact", self.impact, IMPACT_MIN, IMPACT_MAX, optional=False)
        )
        text = _text("text", self.text, MAX_EVENT_TEXT)
        if not text:
            raise ValidationError("text", _("is required: a few words on what happened"))
        object.__setattr__(self, "text", text)

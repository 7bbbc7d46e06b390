"""The journal's records. Each is frozen and checks its own ranges when built, so an
invalid record cannot exist; rules that depend on the rest of the journal (a stop of a drug
that is not running, a date in the future) are checked by the store before it writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from fractions import Fraction
from typing import Any, TypeVar

from trdjournal.domain.device import MAX_STEPS
from trdjournal.domain.errors import ValidationError
from trdjournal.i18n import _, shown_number

MED_EVENT_KINDS = ("start", "change", "stop")
MED_ROLES = ("antidepressant", "augmentation", "supplement", "other")
STOP_REASONS = ("no-response", "side-effects", "cost", "remission", "other")
SESSION_KINDS = ("rtms", "esketamine", "ketamine", "ect", "psychotherapy", "light-therapy", "other")
INSTRUMENTS = ("phq9", "gad7", "qids-sr16", "madrs-s")
SEVERITY_LEVELS = ("none", "mild", "moderate", "severe")  # elevated mood, irritability: 0-3
ADEQUACY_WEEKS = (4, 6, 8)
MAX_DOSE = 10_000.0
MAX_NOTE = 10_000
T = TypeVar("T")
_TAG_RE = re.compile(r"^[\w][\w\- ]{0,39}$")


def _int_in(field: str, value: Any, lo: int, hi: int, *, optional: bool = True) -> int | None:
    if value is None:
        if optional:
            return None
        raise ValidationError(
            field, _("is required: a whole number from {lo} to {hi}").format(lo=lo, hi=hi)
        )
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise ValidationError(
            field,
            _("must be a whole number from {lo} to {hi} (got {value})").format(
                lo=lo, hi=hi, value=repr(value)
            ),
        )
    value = int(value)
    if not lo <= value <= hi:
        raise ValidationError(
            field,
            _("must be a whole number from {lo} to {hi} (got {value})").format(
                lo=lo, hi=hi, value=value
            ),
        )
    return value


def _date(field: str, value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise ValidationError(field, _("must be a date (got {value})").format(value=repr(value)))


def _text(field: str, value: Any, limit: int = MAX_NOTE) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, _("must be text (got {value})").format(value=repr(value)))
    check_encodable(field, value)
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(
            field,
            _("is {count} characters long; at most {limit} are allowed").format(
                count=len(value), limit=limit
            ),
        )
    return value


def check_encodable(field: str, value: str) -> None:
    """Text that cannot be stored as UTF-8: bytes a terminal passed through undecoded."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            field,
            _(
                "holds bytes that are not text (character {value} is not UTF-8); type it again, or check the terminal's character encoding"
            ).format(value=exc.start + 1),
        ) from None


def _choice(field: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(
            field,
            _("must be one of {names} (got {value})").format(
                names=", ".join(allowed), value=repr(value)
            ),
        )
    return value


def normalize_tag(tag: str) -> str:
    cleaned = " ".join(str(tag).strip().lower().split())
    if not _TAG_RE.match(cleaned):
        raise ValidationError(
            "tags",
            _(
                "{tag} is not a tag: use a word or short phrase of letters, digits, - and spaces (at most 40 characters)"
            ).format(tag=repr(tag)),
        )
    return cleaned


def trusted(cls: type[T], **values: Any) -> T:
    """Build a record without re-running its checks: only for rows the store validated
    when it wrote them. Reading a 20-year journal this way is about four times faster."""
    record = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(record, name, value)
    return record


def plain(value: Any) -> Any:
    """Plain JSON types: records as objects, dates as ISO text, tuples as lists, Fractions (the
    analysis's exact means) as floats to two places.

    A dataclass field whose metadata says ``{"json": False}`` is left out (e.g. raw records an
    analysis result keeps for later calculations)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.metadata.get("json", True)
        }
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return round(float(value), 2)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def to_json_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON types: dates as ISO text, tuples as lists."""
    return plain(record)


@dataclasses.dataclass(frozen=True, slots=True)
class CheckIn:
    """One calendar day's self-report. Only mood is required."""

    date: dt.date
    mood: int
    anxiety: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    activity_minutes: int | None = None
    # Elevated mood and irritability, 0-3 (none, mild, moderate, severe), as eMoods and the
    # NIMH Life Chart rate them beside depression; None when not logged.
    elevated: int | None = None
    irritability: int | None = None
    steps: int | None = None  # optional; typed, or filled from a device (domain/device.py)
    tags: tuple[str, ...] = ()
    side_effects: dict[str, int] = dataclasses.field(default_factory=dict)
    note: str = ""
    for_doctor: bool = False

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "date", _date("date", self.date))
        set_(self, "mood", _int_in("mood", self.mood, 0, 10, optional=False))
        set_(self, "anxiety", _int_in("anxiety", self.anxiety, 0, 10))
        set_(self, "energy", _int_in("energy", self.energy, 0, 10))
        set_(self, "sleep_quality", _int_in("sleep_quality", self.sleep_quality, 1, 5))
        set_(self, "activity_minutes", _int_in("activity_minutes", self.activity_minutes, 0, 1440))
        set_(self, "elevated", _int_in("elevated", self.elevated, 0, 3))
        set_(self, "irritability", _int_in("irritability", self.irritability, 0, 3))
        set_(self, "steps", _int_in("steps", self.steps, 0, MAX_STEPS))
        if self.sleep_hours is not None:
            hours = self.sleep_hours
            ok = (
                not isinstance(hours, bool)
                and isinstance(hours, int | float)
                and math.isfinite(hours)
                and 0 <= hours <= 24
                and float(hours * 4).is_integer()
            )
            if not ok:
                raise ValidationError(
                    "sleep_hours",
                    _(
                        "must be hours from 0 to 24 in quarter hours, like 7 or 6.75 (got {hours})"
                    ).format(hours=shown_number(hours)),
                )
            set_(self, "sleep_hours", float(hours))
        tags: list[str] = []
        for tag in self.tags:
            cleaned = normalize_tag(tag)
            if cleaned not in tags:
                tags.append(cleaned)
        set_(self, "tags", tuple(tags))
        effects = {}
        for name, severity in dict(self.side_effects).items():
            effects[normalize_tag(name)] = _int_in(
                _("side effect {name}").format(name=repr(name)), severity, 0, 3, optional=False
            )
        set_(self, "side_effects", effects)
        set_(self, "note", _text("note", self.note))
        set_(self, "for_doctor", bool(self.for_doctor))

    def __hash__(self) -> int:  # dict field: hash what identifies the day's content
        return hash((self.date, self.mood, self.note, self.tags))


@dataclasses.dataclass(frozen=True, slots=True)
class MedicationEvent:
    """A start, dose change or stop of one drug. ``dose`` is a daily dose in ``unit``."""

    date: dt.date
    drug: str
    kind: str
    dose: float | None = None
    unit: str = "mg"
    role: str = "other"
    reason: str | None = None
    note: str = ""
    id: int | None = None
    # The name as the user typed it ("Paxil CR 25 mg"), kept beside ``drug`` (the generic it
    # resolved to): the formulation can change the minimum dose, and nothing typed is lost.
    typed_name: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "date", _date("date", self.date))
        set_(self, "typed_name", _text("typed_name", self.typed_name, 200))
        drug = " ".join(str(self.drug or "").split())
        if not drug:
            raise ValidationError("drug", _("is required: the drug's generic or brand name"))
        set_(self, "drug", drug.lower())
        set_(self, "kind", _choice("kind", self.kind, MED_EVENT_KINDS))
        set_(self, "role", _choice("role", self.role, MED_ROLES))
        if self.kind == "stop":
            if self.reason is not None:
                _choice("reason", self.reason, STOP_REASONS)
            if self.dose is not None:
                raise ValidationError("dose", _("a stop has no dose"))
        else:
            if self.reason is not None:
                raise ValidationError("reason", _("only a stop has a reason"))
            dose = self.dose
            ok = (
                not isinstance(dose, bool)
                and isinstance(dose, int | float)
                and math.isfinite(dose)
                and 0 < dose <= MAX_DOSE
            )
            if not ok:
                raise ValidationError(
                    "dose",
                    _(
                        "must be a daily dose above 0 and at most {MAX_DOSE:g} {unit} (got {dose})"
                    ).format(MAX_DOSE=MAX_DOSE, unit=self.unit, dose=repr(dose)),
                )
            set_(self, "dose", float(dose))
        set_(self, "note", _text("note", self.note))


@dataclasses.dataclass(frozen=True, slots=True)
class TreatmentSession:
    """One session of a non-drug (or in-clinic) treatment: rTMS, esketamine, ECT, therapy...

    ``detail`` is the one optional fact that matters per kind (resources/courses.json lists
    the choices): the esketamine dose, the rTMS protocol, the ECT electrode placement, the
    type of psychotherapy. "" when not given."""

    date: dt.date
    kind: str
    note: str = ""
    id: int | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        from trdjournal.domain.course_rules import check_detail

        object.__setattr__(self, "date", _date("date", self.date))
        object.__setattr__(self, "kind", _choice("kind", self.kind, SESSION_KINDS))
        object.__setattr__(self, "note", _text("note", self.note))
        object.__setattr__(self, "detail", check_detail(self.kind, self.detail))


@dataclasses.dataclass(frozen=True, slots=True)
class MissedDose:
    """Doses of a running drug not taken on one day (``doses``: how many that day)."""

    date: dt.date
    drug: str
    doses: int = 1
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", _date("date", self.date))
        drug = " ".join(str(self.drug or "").split()).lower()
        if not drug:
            raise ValidationError("drug", _("is required: the drug whose dose was missed"))
        object.__setattr__(self, "drug", drug)
        object.__setattr__(self, "doses", _int_in("doses", self.doses, 1, 24, optional=False))
        object.__setattr__(self, "note", _text("note", self.note))


@dataclasses.dataclass(frozen=True, slots=True)
class Questionnaire:
    """A completed PHQ-9, GAD-7, QIDS-SR16 or MADRS-S: the item answers; totals, bands and the
    safety item's flag come from ``scales`` (resources/scales.json)."""

    date: dt.date
    instrument: str
    answers: tuple[int, ...]
    id: int | None = None

    def __post_init__(self) -> None:
        from trdjournal.domain.scales import scale

        object.__setattr__(self, "date", _date("date", self.date))
        _choice("questionnaire", self.instrument, INSTRUMENTS)
        definition = scale(self.instrument)
        answers = tuple(self.answers)
        if len(answers) != definition.item_count:
            raise ValidationError(
                "answers",
                _("{name} has {item_count} questions; got {count} answers").format(
                    name=definition.name, item_count=definition.item_count, count=len(answers)
                ),
            )
        checked = tuple(
            _int_in(f"answer {i}", a, definition.item_min, definition.item_max, optional=False)
            for i, a in enumerate(answers, start=1)
        )
        object.__setattr__(self, "answers", checked)

    @property
    def total(self) -> int:
        from trdjournal.domain.scales import scale

        return scale(self.instrument).total(self.answers)

    @property
    def band(self) -> str:
        from trdjournal.domain.scales import scale

        return scale(self.instrument).band(self.total)

    @property
    def self_harm_flag(self) -> bool:
        """The scale's safety item at or above its flag line (PHQ-9 item 9 > 0, QIDS-SR16
        item 12 >= 1, MADRS-S zest for life >= 3): thoughts of death or self-harm reported."""
        from trdjournal.domain.scales import scale

        return scale(self.instrument).safety_answer(self.answers) is not None


@dataclasses.dataclass(frozen=True, slots=True)
class Appointment:
    date: dt.date
    clinician: str = ""
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", _date("date", self.date))
        object.__setattr__(self, "clinician", _text("clinician", self.clinician, 200))
        object.__setattr__(self, "note", _text("note", self.note))


@dataclasses.dataclass(frozen=True, slots=True)
class CrisisLine:
    region: str
    name: str
    contact: str

    def __post_init__(self) -> None:
        for name in ("region", "name", "contact"):
            object.__setattr__(self, name, _text(name, getattr(self, name), 200))
        if not self.name or not self.contact:
            raise ValidationError("crisis_lines", _("each line needs a name and a contact"))


AUTO_LOCK_MINUTES = (1, 240)


def _adherence_default() -> int:
    """The fair-trial cut-off of resources/courses.json (80 %), the one place it is written."""
    from trdjournal.domain.course_rules import adherence_default

    return adherence_default()


@dataclasses.dataclass(frozen=True, slots=True)
class Settings:
    """Preferences stored in the journal itself, so the GUI, CLI and report agree."""

    adequacy_weeks: int = 6
    report_name: str = ""
    reminder_time: str | None = None  # "HH:MM", or None for no reminder
    crisis_lines: tuple[CrisisLine, ...] | None = None  # None: the defaults in resources/
    # Lock the app (encrypted journals only) after this many idle minutes; None: never.
    auto_lock_minutes: int | None = None
    # The scale that judges medication trials (remission, response, relapse): phq9, qids-sr16
    # or madrs-s (domain/scales.py primary_scale_keys).
    primary_scale: str = "phq9"
    # A medication trial taken on fewer days than this (percent) is not a fair trial.
    adherence_min_percent: int = dataclasses.field(default_factory=_adherence_default)
    # Minimum sessions for an adequate course, by rule key ("rtms", "ect:bilateral", ...),
    # overriding resources/courses.json; None or a missing key: the resource's value.
    course_min_sessions: dict[str, int] | None = None

    def __post_init__(self) -> None:
        from trdjournal.domain.scales import primary_scale_keys

        _choice("primary_scale", self.primary_scale, primary_scale_keys())
        if self.auto_lock_minutes is not None and (
            not isinstance(self.auto_lock_minutes, int)
            or not AUTO_LOCK_MINUTES[0] <= self.auto_lock_minutes <= AUTO_LOCK_MINUTES[1]
        ):
            raise ValidationError(
                "auto_lock_minutes",
                _(
                    "must be a whole number of minutes from {value} to {value2}, or none (got {auto_lock_minutes})"
                ).format(
                    value=AUTO_LOCK_MINUTES[0],
                    value2=AUTO_LOCK_MINUTES[1],
                    auto_lock_minutes=repr(self.auto_lock_minutes),
                ),
            )
        from trdjournal.domain.course_rules import check_settings

        check_settings(self.adherence_min_percent, self.course_min_sessions)
        if self.adequacy_weeks not in ADEQUACY_WEEKS:
            raise ValidationError(
                "adequacy_weeks",
                _("must be one of {names} (got {adequacy_weeks})").format(
                    names=", ".join(map(str, ADEQUACY_WEEKS)),
                    adequacy_weeks=repr(self.adequacy_weeks),
                ),
            )
        object.__setattr__(self, "report_name", _text("report_name", self.report_name, 200))
        if self.reminder_time is not None:
            try:
                dt.time.fromisoformat(self.reminder_time)
            except (TypeError, ValueError):
                raise ValidationError(
                    "reminder_time",
                    _("must be a time written HH:MM (got {reminder_time})").format(
                        reminder_time=repr(self.reminder_time)
                    ),
                ) from None

    @property
    def adequacy_days(self) -> int:
        return self.adequacy_weeks * 7

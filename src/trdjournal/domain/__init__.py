"""The journal's vocabulary: frozen records, their validation and the reference tables.

Pure Python: no SQL, no Qt. Everything here is safe to import from any layer.
"""

from trdjournal.domain.errors import ValidationError
from trdjournal.domain.model import (
    Appointment,
    CheckIn,
    MedicationEvent,
    Questionnaire,
    Settings,
    TreatmentSession,
)

__all__ = [
    "Appointment",
    "CheckIn",
    "MedicationEvent",
    "Questionnaire",
    "Settings",
    "TreatmentSession",
    "ValidationError",
]

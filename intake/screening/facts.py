"""The facts screening reads: one intake JSON document (docs/intake-json.md), typed and frozen.

Every field is optional, so every value may be ``None`` ("not answered"). The parser in
`intake.screening.parser` is the only way these are built from a document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Answer = Literal["yes", "no", "unsure"]
SexAtBirth = Literal["female", "male", "intersex", "prefer_not_to_say"]
PreferredContact = Literal["phone", "text", "email"]
Escort = Literal["yes", "no", "unsure"]
Alcohol = Literal["none", "occasional", "weekly", "daily", "heavy"]
RecreationalDrugs = Literal["none", "past", "current"]
Pregnant = Literal["no", "yes", "possibly", "trying", "prefer_not_to_say", "not_applicable"]
Breastfeeding = Literal["no", "yes", "prefer_not_to_say", "not_applicable"]
SuicidalThoughts = Literal["no", "yes", "prefer_not_to_say"]

ANSWERS: tuple[Answer, ...] = ("yes", "no", "unsure")
SEXES_AT_BIRTH: tuple[SexAtBirth, ...] = ("female", "male", "intersex", "prefer_not_to_say")
PREFERRED_CONTACTS: tuple[PreferredContact, ...] = ("phone", "text", "email")
ESCORTS: tuple[Escort, ...] = ("yes", "no", "unsure")
ALCOHOL_USE: tuple[Alcohol, ...] = ("none", "occasional", "weekly", "daily", "heavy")
RECREATIONAL_DRUG_USE: tuple[RecreationalDrugs, ...] = ("none", "past", "current")
PREGNANCY_ANSWERS: tuple[Pregnant, ...] = (
    "no",
    "yes",
    "possibly",
    "trying",
    "prefer_not_to_say",
    "not_applicable",
)
BREASTFEEDING_ANSWERS: tuple[Breastfeeding, ...] = (
    "no",
    "yes",
    "prefer_not_to_say",
    "not_applicable",
)
SUICIDAL_THOUGHTS_ANSWERS: tuple[SuicidalThoughts, ...] = ("no", "yes", "prefer_not_to_say")
CONDITIONS: tuple[str, ...] = (
    "treatment_resistant_depression",
    "bipolar_depression",
    "ptsd",
    "generalised_anxiety",
    "social_anxiety",
    "adjustment_disorder",
    "suicidal_thoughts",
    "chronic_pain_crps",
    "neuropathic_pain",
    "fibromyalgia",
    "other",
)
HISTORY_CONDITIONS: tuple[str, ...] = (
    "cardiovascular",
    "respiratory",
    "bladder",
    "liver",
    "thyroid",
    "raised_pressure",
    "psychosis",
    "seizures",
    "ketamine_reaction",
    "allergies",
    "substance_use",
)


@dataclass(frozen=True)
class About:
    first_name: str | None = None
    last_name: str | None = None
    date_of_birth: date | None = None
    sex_at_birth: SexAtBirth | None = None
    phone: str | None = None
    email: str | None = None
    preferred_contact: PreferredContact | None = None
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    escort: Escort | None = None
    escort_name: str | None = None


@dataclass(frozen=True)
class Reasons:
    conditions: tuple[str, ...] = ()
    other_condition: str | None = None
    previous_treatments: str | None = None


@dataclass(frozen=True)
class HistoryAnswer:
    """One medical-history question: the answer and the patient's own details."""

    answer: Answer | None = None
    details: str = ""


@dataclass(frozen=True)
class History:
    cardiovascular: HistoryAnswer = field(default_factory=HistoryAnswer)
    respiratory: HistoryAnswer = field(default_factory=HistoryAnswer)
    bladder: HistoryAnswer = field(default_factory=HistoryAnswer)
    liver: HistoryAnswer = field(default_factory=HistoryAnswer)
    thyroid: HistoryAnswer = field(default_factory=HistoryAnswer)
    raised_pressure: HistoryAnswer = field(default_factory=HistoryAnswer)
    psychosis: HistoryAnswer = field(default_factory=HistoryAnswer)
    seizures: HistoryAnswer = field(default_factory=HistoryAnswer)
    ketamine_reaction: HistoryAnswer = field(default_factory=HistoryAnswer)
    allergies: HistoryAnswer = field(default_factory=HistoryAnswer)
    substance_use: HistoryAnswer = field(default_factory=HistoryAnswer)


@dataclass(frozen=True)
class MedicationLine:
    """One line the patient wrote under medications or stopped medications.

    `field` is where it came from (``medications[0]``) so evidence can point at it; `text` is what
    the patient typed, name, dose and frequency joined, and is what recognition reads.
    """

    field: str
    text: str
    name: str
    dose: str = ""
    frequency: str = ""
    stopped_on: date | None = None


@dataclass(frozen=True)
class Substances:
    alcohol: Alcohol | None = None
    alcohol_details: str = ""
    recreational_drugs: RecreationalDrugs | None = None
    recreational_drugs_details: str = ""
    caffeine: str = ""


@dataclass(frozen=True)
class Pregnancy:
    pregnant: Pregnant | None = None
    breastfeeding: Breastfeeding | None = None


@dataclass(frozen=True)
class MentalHealth:
    suicidal_thoughts: SuicidalThoughts | None = None
    details: str = ""


@dataclass(frozen=True)
class Consent:
    answers_true: bool | None = None
    no_driving: bool | None = None


@dataclass(frozen=True)
class IntakeFacts:
    """Everything screening may read about one intake; ``IntakeFacts()`` is an empty intake."""

    schema_version: int = 1
    submitted_on: date | None = None
    about: About = field(default_factory=About)
    reasons: Reasons = field(default_factory=Reasons)
    history: History = field(default_factory=History)
    no_medications: bool | None = None
    medications: tuple[MedicationLine, ...] = ()
    stopped_medications: tuple[MedicationLine, ...] = ()
    substances: Substances = field(default_factory=Substances)
    pregnancy: Pregnancy = field(default_factory=Pregnancy)
    mental_health: MentalHealth = field(default_factory=MentalHealth)
    consent: Consent = field(default_factory=Consent)

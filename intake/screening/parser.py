"""Turn an intake JSON document (docs/intake-json.md) into `IntakeFacts`, or name the bad field.

The document is the contract between the intake form, the stored intake and the `screen`
command, so the parser is strict: a wrong type, an unknown choice, a malformed date or an unknown
key raises `IntakeDocumentError` naming the field (``history.cardiovascular.answer``). Missing
fields, ``null`` and ``""`` all mean "not answered".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

from intake.screening.facts import (
    ALCOHOL_USE,
    ANSWERS,
    BREASTFEEDING_ANSWERS,
    CONDITIONS,
    ESCORTS,
    HISTORY_CONDITIONS,
    PREFERRED_CONTACTS,
    PREGNANCY_ANSWERS,
    RECREATIONAL_DRUG_USE,
    SEXES_AT_BIRTH,
    SUICIDAL_THOUGHTS_ANSWERS,
    About,
    Consent,
    History,
    HistoryAnswer,
    IntakeFacts,
    MedicationLine,
    MentalHealth,
    Pregnancy,
    Reasons,
    Substances,
)

SUPPORTED_SCHEMA_VERSIONS = (1,)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_C = TypeVar("_C", bound=str)
_ABOUT_KEYS = tuple(About.__dataclass_fields__)


class IntakeDocumentError(ValueError):
    """The document does not follow docs/intake-json.md; `field` says where (``about.escort``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, Sequence):
        return "a list"
    return type(value).__name__


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _object(value: Any, path: str, allowed: Sequence[str]) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise IntakeDocumentError(path or "document", f"expected an object, got {_describe(value)}")
    for key in value:
        if key not in allowed:
            raise IntakeDocumentError(_join(path, str(key)), "unknown field")
    return value


def _text(value: Any, path: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise IntakeDocumentError(path, f"expected text, got {_describe(value)}")
    return value.strip()


def _details(value: Any, path: str) -> str:
    return _text(value, path) or ""


def _choice(value: Any, path: str, choices: tuple[_C, ...]) -> _C | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in choices:
        raise IntakeDocumentError(
            path, f"expected one of {', '.join(choices)}, got {_describe(value)}"
        )
    return value


def _bool(value: Any, path: str) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise IntakeDocumentError(path, f"expected true or false, got {_describe(value)}")
    return value


def _date(value: Any, path: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise IntakeDocumentError(path, f"expected a date as YYYY-MM-DD, got {_describe(value)}")


def _list(value: Any, path: str) -> Sequence[Any]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise IntakeDocumentError(path, f"expected a list, got {_describe(value)}")
    return value


def _about(value: Any) -> About:
    path = "about"
    data = _object(value, path, _ABOUT_KEYS)
    return About(
        first_name=_text(data.get("first_name"), f"{path}.first_name"),
        last_name=_text(data.get("last_name"), f"{path}.last_name"),
        date_of_birth=_date(data.get("date_of_birth"), f"{path}.date_of_birth"),
        sex_at_birth=_choice(data.get("sex_at_birth"), f"{path}.sex_at_birth", SEXES_AT_BIRTH),
        phone=_text(data.get("phone"), f"{path}.phone"),
        email=_text(data.get("email"), f"{path}.email"),
        preferred_contact=_choice(
            data.get("preferred_contact"), f"{path}.preferred_contact", PREFERRED_CONTACTS
        ),
        emergency_contact_name=_text(
            data.get("emergency_contact_name"), f"{path}.emergency_contact_name"
        ),
        emergency_contact_phone=_text(
            data.get("emergency_contact_phone"), f"{path}.emergency_contact_phone"
        ),
        escort=_choice(data.get("escort"), f"{path}.escort", ESCORTS),
        escort_name=_text(data.get("escort_name"), f"{path}.escort_name"),
    )


def _reasons(value: Any) -> Reasons:
    path = "reasons"
    data = _object(value, path, ("conditions", "other_condition", "previous_treatments"))
    conditions: list[str] = []
    for index, item in enumerate(_list(data.get("conditions"), f"{path}.conditions")):
        choice = _choice(item, f"{path}.conditions[{index}]", CONDITIONS)
        if choice is not None:
            conditions.append(choice)
    return Reasons(
        conditions=tuple(conditions),
        other_condition=_text(data.get("other_condition"), f"{path}.other_condition"),
        previous_treatments=_text(data.get("previous_treatments"), f"{path}.previous_treatments"),
    )


def _history(value: Any) -> History:
    data = _object(value, "history", HISTORY_CONDITIONS)
    answers: dict[str, HistoryAnswer] = {}
    for key, item in data.items():
        path = f"history.{key}"
        entry = _object(item, path, ("answer", "details"))
        answers[key] = HistoryAnswer(
            answer=_choice(entry.get("answer"), f"{path}.answer", ANSWERS),
            details=_details(entry.get("details"), f"{path}.details"),
        )
    return History(**answers)


def _medication_lines(value: Any, path: str, *, stopped: bool) -> tuple[MedicationLine, ...]:
    keys = ("name", "dose", "frequency", "stopped_on") if stopped else ("name", "dose", "frequency")
    lines: list[MedicationLine] = []
    for index, item in enumerate(_list(value, path)):
        item_path = f"{path}[{index}]"
        if isinstance(item, str):
            name, dose, frequency, stopped_on = item.strip(), "", "", None
        elif isinstance(item, Mapping):
            entry = _object(item, item_path, keys)
            name = _details(entry.get("name"), f"{item_path}.name")
            dose = _details(entry.get("dose"), f"{item_path}.dose")
            frequency = _details(entry.get("frequency"), f"{item_path}.frequency")
            stopped_on = _date(entry.get("stopped_on"), f"{item_path}.stopped_on")
            if not name and (dose or frequency):
                raise IntakeDocumentError(f"{item_path}.name", "required when a dose is given")
        else:
            raise IntakeDocumentError(
                item_path, f"expected text or an object, got {_describe(item)}"
            )
        text = " ".join(part for part in (name, dose, frequency) if part)
        if not text:
            continue  # an empty row left on the form says nothing
        lines.append(
            MedicationLine(
                field=item_path,
                text=text,
                name=name,
                dose=dose,
                frequency=frequency,
                stopped_on=stopped_on,
            )
        )
    return tuple(lines)


def _substances(value: Any) -> Substances:
    path = "substances"
    data = _object(
        value,
        path,
        (
            "alcohol",
            "alcohol_details",
            "recreational_drugs",
            "recreational_drugs_details",
            "caffeine",
        ),
    )
    return Substances(
        alcohol=_choice(data.get("alcohol"), f"{path}.alcohol", ALCOHOL_USE),
        alcohol_details=_details(data.get("alcohol_details"), f"{path}.alcohol_details"),
        recreational_drugs=_choice(
            data.get("recreational_drugs"), f"{path}.recreational_drugs", RECREATIONAL_DRUG_USE
        ),
        recreational_drugs_details=_details(
            data.get("recreational_drugs_details"), f"{path}.recreational_drugs_details"
        ),
        caffeine=_details(data.get("caffeine"), f"{path}.caffeine"),
    )


def _pregnancy(value: Any) -> Pregnancy:
    data = _object(value, "pregnancy", ("pregnant", "breastfeeding"))
    return Pregnancy(
        pregnant=_choice(data.get("pregnant"), "pregnancy.pregnant", PREGNANCY_ANSWERS),
        breastfeeding=_choice(
            data.get("breastfeeding"), "pregnancy.breastfeeding", BREASTFEEDING_ANSWERS
        ),
    )


def _mental_health(value: Any) -> MentalHealth:
    data = _object(value, "mental_health", ("suicidal_thoughts", "details"))
    return MentalHealth(
        suicidal_thoughts=_choice(
            data.get("suicidal_thoughts"),
            "mental_health.suicidal_thoughts",
            SUICIDAL_THOUGHTS_ANSWERS,
        ),
        details=_details(data.get("details"), "mental_health.details"),
    )


def _consent(value: Any) -> Consent:
    data = _object(value, "consent", ("answers_true", "no_driving"))
    return Consent(
        answers_true=_bool(data.get("answers_true"), "consent.answers_true"),
        no_driving=_bool(data.get("no_driving"), "consent.no_driving"),
    )


def _schema_version(value: Any) -> int:
    if value is None:
        return SUPPORTED_SCHEMA_VERSIONS[-1]
    if isinstance(value, bool) or not isinstance(value, int):
        raise IntakeDocumentError("schema_version", f"expected a number, got {_describe(value)}")
    if value not in SUPPORTED_SCHEMA_VERSIONS:
        supported = ", ".join(str(v) for v in SUPPORTED_SCHEMA_VERSIONS)
        raise IntakeDocumentError(
            "schema_version", f"unsupported version {value} (expected {supported})"
        )
    return value


_TOP_LEVEL_KEYS = (
    "schema_version",
    "submitted_on",
    "about",
    "reasons",
    "history",
    "no_medications",
    "medications",
    "stopped_medications",
    "substances",
    "pregnancy",
    "mental_health",
    "consent",
)


def parse_intake(document: Any) -> IntakeFacts:
    """The facts in one intake document; raises `IntakeDocumentError` naming the first bad field."""
    if document is None:
        raise IntakeDocumentError("document", "expected an object, got null")
    data = _object(document, "", _TOP_LEVEL_KEYS)
    return IntakeFacts(
        schema_version=_schema_version(data.get("schema_version")),
        submitted_on=_date(data.get("submitted_on"), "submitted_on"),
        about=_about(data.get("about")),
        reasons=_reasons(data.get("reasons")),
        history=_history(data.get("history")),
        no_medications=_bool(data.get("no_medications"), "no_medications"),
        medications=_medication_lines(data.get("medications"), "medications", stopped=False),
        stopped_medications=_medication_lines(
            data.get("stopped_medications"), "stopped_medications", stopped=True
        ),
        substances=_substances(data.get("substances")),
        pregnancy=_pregnancy(data.get("pregnancy")),
        mental_health=_mental_health(data.get("mental_health")),
        consent=_consent(data.get("consent")),
    )

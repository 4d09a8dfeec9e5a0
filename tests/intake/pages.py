"""What a patient types on each intake page, as form posts. Shared by view and browser tests."""

from __future__ import annotations

from typing import Any

from intake.screening.facts import HISTORY_CONDITIONS


def about(**overrides: Any) -> dict[str, Any]:
    return {
        "first_name": "Alex",
        "last_name": "Rivera",
        "date_of_birth": "1985-04-12",
        "sex_at_birth": "female",
        "phone": "+1 555 010 0199",
        "email": "alex@example.org",
        "preferred_contact": "phone",
        "emergency_contact_name": "Sam Rivera",
        "emergency_contact_phone": "+1 555 010 0123",
        "escort": "yes",
        "escort_name": "Sam Rivera",
        **overrides,
    }


def reasons(**overrides: Any) -> dict[str, Any]:
    return {
        "conditions": ["treatment_resistant_depression", "ptsd"],
        "other_condition": "",
        "previous_treatments": "Sertraline for two years; CBT",
        **overrides,
    }


def history(**answers: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key in HISTORY_CONDITIONS:
        data[key] = "no"
        data[f"{key}_details"] = ""
    data.update(answers)
    return data


def medications(
    current: list[tuple[str, str, str]] | None = None,
    stopped: list[tuple[str, str]] | None = None,
    no_medications: bool = False,
) -> dict[str, Any]:
    current = current if current is not None else [("Xanax", "0.5 mg", "as needed")]
    stopped = stopped or []
    data: dict[str, Any] = {
        "current-TOTAL_FORMS": str(len(current) or 1),
        "current-INITIAL_FORMS": "0",
        "current-MIN_NUM_FORMS": "0",
        "current-MAX_NUM_FORMS": "40",
        "stopped-TOTAL_FORMS": str(len(stopped) or 1),
        "stopped-INITIAL_FORMS": "0",
        "stopped-MIN_NUM_FORMS": "0",
        "stopped-MAX_NUM_FORMS": "40",
    }
    if no_medications:
        data["no_medications"] = "on"
    for index, (name, dose, frequency) in enumerate(current):
        data[f"current-{index}-name"] = name
        data[f"current-{index}-dose"] = dose
        data[f"current-{index}-frequency"] = frequency
    for index, (name, stopped_on) in enumerate(stopped):
        data[f"stopped-{index}-name"] = name
        data[f"stopped-{index}-stopped_on"] = stopped_on
    return data


def substances(**overrides: Any) -> dict[str, Any]:
    return {
        "alcohol": "occasional",
        "alcohol_details": "",
        "recreational_drugs": "none",
        "recreational_drugs_details": "",
        "caffeine": "2 cups of coffee",
        **overrides,
    }


def pregnancy(**overrides: Any) -> dict[str, Any]:
    return {"pregnant": "no", "breastfeeding": "no", **overrides}


def mental_health(**overrides: Any) -> dict[str, Any]:
    return {"suicidal_thoughts": "no", "details": "", **overrides}


def consent() -> dict[str, Any]:
    return {"answers_true": "on", "no_driving": "on"}


def all_pages(**pages: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each page's slug and post data, with any page replaced by keyword (slug with _)."""
    defaults = {
        "about": about(),
        "reasons": reasons(),
        "history": history(),
        "medications": medications(),
        "substances": substances(),
        "pregnancy": pregnancy(),
        "mental-health": mental_health(),
    }
    for key, value in pages.items():
        defaults[key.replace("_", "-")] = value
    return list(defaults.items())

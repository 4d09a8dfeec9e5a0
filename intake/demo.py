"""A dozen fictional submitted intakes that, together, raise every flag code (and some none).

Used by `manage.py seed_demo` so a clinician trying the product sees a realistic worklist, and by
the review benchmark to build volume. Every person here is invented.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from intake.models import Intake
from intake.screening.facts import HISTORY_CONDITIONS
from intake.services import intake_document, store_intake


def _history(**yes: str) -> dict[str, dict[str, str]]:
    return {
        key: {"answer": "yes" if key in yes else "no", "details": yes.get(key, "")}
        for key in HISTORY_CONDITIONS
    }


def _person(
    first: str,
    last: str,
    born: str,
    sex: str,
    *,
    escort: str = "yes",
    conditions: tuple[str, ...] = ("treatment_resistant_depression",),
) -> dict[str, Any]:
    return {
        "about": {
            "first_name": first,
            "last_name": last,
            "date_of_birth": born,
            "sex_at_birth": sex,
            "phone": "+1 555 010 0100",
            "email": f"{first.lower()}@example.org",
            "preferred_contact": "phone",
            "emergency_contact_name": "Pat Example",
            "emergency_contact_phone": "+1 555 010 0101",
            "escort": escort,
            "escort_name": "Pat Example" if escort == "yes" else "",
        },
        "reasons": {
            "conditions": list(conditions),
            "other_condition": "",
            "previous_treatments": "",
        },
    }


def _answers(
    person: dict[str, Any],
    *,
    history: dict[str, str] | None = None,
    medications: list[Any] | None = None,
    stopped: list[Any] | None = None,
    alcohol: str = "occasional",
    drugs: str = "none",
    drugs_details: str = "",
    pregnant: str = "no",
    breastfeeding: str = "no",
    suicidal: str = "no",
) -> dict[str, Any]:
    sex = person["about"]["sex_at_birth"]
    return {
        **person,
        "history": _history(**(history or {})),
        "no_medications": not medications,
        "medications": medications or [],
        "stopped_medications": stopped or [],
        "substances": {
            "alcohol": alcohol,
            "alcohol_details": "",
            "recreational_drugs": drugs,
            "recreational_drugs_details": drugs_details,
            "caffeine": "2 coffees",
        },
        "pregnancy": (
            {"pregnant": "not_applicable", "breastfeeding": "not_applicable"}
            if sex == "male"
            else {"pregnant": pregnant, "breastfeeding": breastfeeding}
        ),
        "mental_health": {"suicidal_thoughts": suicidal, "details": ""},
        "consent": {"answers_true": True, "no_driving": True},
    }


def _med(name: str, dose: str = "", frequency: str = "") -> dict[str, str]:
    return {"name": name, "dose": dose, "frequency": frequency}


def demo_answers(today: Any) -> list[dict[str, Any]]:
    stopped_recently = (today - timedelta(days=6)).isoformat()
    return [
        _answers(
            _person("Jordan", "Avery", "1979-02-14", "male", conditions=("suicidal_thoughts",)),
            suicidal="yes",
            medications=[_med("Sertraline", "100 mg", "daily")],
        ),
        _answers(
            _person("Maya", "Lindqvist", "1990-07-03", "female"),
            medications=[_med("Nardil", "15 mg", "three times a day")],
            stopped=[{**_med("Emsam patch", "6 mg"), "stopped_on": stopped_recently}],
        ),
        _answers(
            _person("Sam", "Okafor", "1985-11-21", "male", conditions=("ptsd",)),
            medications=[
                _med("Xanax", "0.5 mg", "as needed"),
                _med("Norco 10/325", "", "every 6 hours"),
            ],
        ),
        _answers(
            _person("Priya", "Raman", "1972-05-30", "female", conditions=("chronic_pain_crps",)),
            medications=[_med("Namenda", "10 mg", "twice a day"), _med("Robitussin DM")],
            history={"cardiovascular": "High blood pressure, on lisinopril"},
        ),
        _answers(
            _person("Leo", "Marchetti", "1968-09-09", "male"),
            history={
                "respiratory": "Sleep apnoea, uses CPAP",
                "bladder": "Frequent urinary infections",
            },
            medications=[_med("Lisinopril", "10 mg", "daily"), _med("zorblatex", "1 tab")],
        ),
        _answers(
            _person("Hana", "Sato", "1995-01-17", "female", conditions=("generalised_anxiety",)),
            pregnant="possibly",
            medications=[_med("vitamin D", "1000 IU", "daily")],
        ),
        _answers(
            _person("Grace", "Oduya", "1988-04-02", "female", conditions=("bipolar_depression",)),
            breastfeeding="yes",
            history={"psychosis": "One manic episode in 2015"},
            medications=[_med("Lamotrigine", "200 mg", "daily")],
        ),
        _answers(
            _person("Tom", "Brennan", "1981-12-12", "male", escort="no"),
            alcohol="heavy",
            drugs="current",
            drugs_details="cannabis most evenings",
            history={"substance_use": "Ketamine misuse in my twenties"},
        ),
        _answers(
            _person("Ines", "Carvalho", "1976-06-25", "female", conditions=("neuropathic_pain",)),
            history={
                "ketamine_reaction": "Bad reaction to anaesthesia in 2010",
                "raised_pressure": "Glaucoma",
            },
            medications=[_med("Gabapentin", "300 mg", "three times a day")],
        ),
        _answers(
            _person("Noah", "Whitfield", "1993-03-08", "male", conditions=("social_anxiety",)),
            medications=[_med("Escitalopram", "10 mg", "daily")],
        ),
        _answers(
            _person("Ava", "Kowalski", "1987-10-19", "female", conditions=("fibromyalgia",)),
            medications=[_med("Duloxetine", "60 mg", "daily"), _med("magnesium", "400 mg")],
        ),
        _answers(
            _person("Ethan", "Moreau", "1970-08-28", "male", conditions=("adjustment_disorder",)),
        ),
    ]


def seed_demo_intakes() -> str:
    """Add the demo intakes once (idempotent: nothing is added if any demo intake exists)."""
    now = timezone.now()
    answers = demo_answers(timezone.localdate(now))
    names = [f"{a['about']['first_name']} {a['about']['last_name']}" for a in answers]
    if Intake.objects.filter(patient_name__in=names).exists():
        return "Demo intakes already present."
    with transaction.atomic():
        for hours_ago, document in enumerate(answers):
            submitted_at = now - timedelta(hours=3 * hours_ago + 1)
            store_intake(
                document=intake_document(
                    document, submitted_on=timezone.localdate(submitted_at).isoformat()
                ),
                submitted_at=submitted_at,
            )
    return f"Added {len(answers)} demo intakes."

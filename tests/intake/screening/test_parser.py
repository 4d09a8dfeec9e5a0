"""Parsing the intake JSON document (docs/intake-json.md): facts, and errors that name the field."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from intake.screening import IntakeDocumentError, IntakeFacts, parse_intake

DOCS = Path(__file__).resolve().parents[3] / "docs" / "intake-json.md"


def documented_example() -> dict[str, Any]:
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert match, "docs/intake-json.md has a JSON example"
    document: dict[str, Any] = json.loads(match.group(1))
    return document


def test_the_documented_example_parses() -> None:
    facts = parse_intake(documented_example())

    assert facts.submitted_on == date(2026, 11, 20)
    assert facts.about.escort == "yes"
    assert facts.about.date_of_birth == date(1985, 4, 12)
    assert facts.history.cardiovascular.answer == "yes"
    assert facts.history.cardiovascular.details == "High blood pressure, on lisinopril"
    assert [line.text for line in facts.medications] == ["Xanax 0.5 mg as needed", "Nardil 15 mg"]
    assert facts.stopped_medications[0].stopped_on == date(2026, 11, 10)
    assert facts.stopped_medications[0].field == "stopped_medications[0]"
    assert facts.substances.alcohol == "weekly"
    assert facts.consent.no_driving is True


def test_every_field_is_optional() -> None:
    assert parse_intake({}) == IntakeFacts()


def test_a_document_with_only_medications_is_valid() -> None:
    facts = parse_intake({"medications": ["Nardil 15 mg", "vitamin D"]})

    assert [line.field for line in facts.medications] == ["medications[0]", "medications[1]"]
    assert facts.history.bladder.answer is None


def test_null_and_empty_choices_mean_not_answered() -> None:
    facts = parse_intake(
        {"about": {"escort": ""}, "pregnancy": {"pregnant": None}, "history": {"liver": None}}
    )

    assert facts.about.escort is None
    assert facts.pregnancy.pregnant is None
    assert facts.history.liver.answer is None


def test_empty_medication_rows_are_dropped_but_keep_their_index() -> None:
    facts = parse_intake({"medications": ["", {"name": "", "dose": "", "frequency": ""}, "Xanax"]})

    assert [(line.field, line.text) for line in facts.medications] == [("medications[2]", "Xanax")]


def test_stopped_medication_rows_from_the_form_carry_a_frequency() -> None:
    facts = parse_intake(
        {
            "stopped_medications": [
                {"name": "Emsam", "dose": "6 mg", "frequency": "daily", "stopped_on": "2026-11-01"},
                {"name": "Parnate", "dose": "", "frequency": "", "stopped_on": None},
            ]
        }
    )

    assert facts.stopped_medications[0].text == "Emsam 6 mg daily"
    assert facts.stopped_medications[1].stopped_on is None


def test_text_is_trimmed() -> None:
    facts = parse_intake({"history": {"bladder": {"answer": "yes", "details": "  frequent UTIs "}}})

    assert facts.history.bladder.details == "frequent UTIs"


@pytest.mark.parametrize(
    ("document", "field", "message"),
    [
        ([], "document", "expected an object, got a list"),
        (None, "document", "expected an object, got null"),
        ({"histroy": {}}, "histroy", "unknown field"),
        ({"history": "yes"}, "history", "expected an object"),
        (
            {"history": {"cardiovascular": {"answer": "maybe"}}},
            "history.cardiovascular.answer",
            "expected one of yes, no, unsure",
        ),
        ({"history": {"cardiovascular": "yes"}}, "history.cardiovascular", "expected an object"),
        ({"history": {"kidneys": {"answer": "no"}}}, "history.kidneys", "unknown field"),
        (
            {"history": {"bladder": {"answer": "yes", "details": 3}}},
            "history.bladder.details",
            "expected text, got the number 3",
        ),
        ({"about": {"escort": "perhaps"}}, "about.escort", "expected one of yes, no, unsure"),
        ({"about": {"escort": True}}, "about.escort", "expected one of yes, no, unsure, got true"),
        ({"about": {"first_name": 42}}, "about.first_name", "expected text"),
        ({"about": {"sex_at_birth": "f"}}, "about.sex_at_birth", "expected one of female"),
        ({"reasons": {"conditions": "ptsd"}}, "reasons.conditions", "expected a list"),
        (
            {"reasons": {"conditions": ["ptsd", "anxiety"]}},
            "reasons.conditions[1]",
            "expected one of",
        ),
        ({"medications": "Xanax"}, "medications", "expected a list"),
        ({"medications": [12]}, "medications[0]", "expected text or an object"),
        (
            {"medications": [{"name": "Xanax", "stopped_on": "2026-01-01"}]},
            "medications[0].stopped_on",
            "unknown field",
        ),
        ({"medications": [{"dose": "5 mg"}]}, "medications[0].name", "required"),
        ({"medications": [{"name": ["Xanax"]}]}, "medications[0].name", "expected text"),
        ({"no_medications": "false"}, "no_medications", "expected true or false"),
        ({"substances": {"alcohol": "lots"}}, "substances.alcohol", "expected one of none"),
        (
            {"substances": {"recreational_drugs": "sometimes"}},
            "substances.recreational_drugs",
            "expected one of none, past, current",
        ),
        ({"pregnancy": {"pregnant": "maybe"}}, "pregnancy.pregnant", "expected one of no, yes"),
        (
            {"pregnancy": {"breastfeeding": "trying"}},
            "pregnancy.breastfeeding",
            "expected one of no, yes, prefer_not_to_say, not_applicable",
        ),
        (
            {"mental_health": {"suicidal_thoughts": "unsure"}},
            "mental_health.suicidal_thoughts",
            "expected one of no, yes, prefer_not_to_say",
        ),
        ({"consent": {"no_driving": "yes"}}, "consent.no_driving", "expected true or false"),
        ({"schema_version": 2}, "schema_version", "unsupported version 2"),
        ({"schema_version": "1"}, "schema_version", "expected a number"),
    ],
)
def test_a_wrong_type_or_choice_names_the_field(document: Any, field: str, message: str) -> None:
    with pytest.raises(IntakeDocumentError) as raised:
        parse_intake(document)

    assert raised.value.field == field
    assert message in raised.value.message
    assert str(raised.value).startswith(f"{field}: ")


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"submitted_on": "20/11/2026"}, "submitted_on"),
        ({"submitted_on": "2026-02-30"}, "submitted_on"),
        ({"submitted_on": "20261120"}, "submitted_on"),
        ({"submitted_on": 20261120}, "submitted_on"),
        ({"about": {"date_of_birth": "1985-4-12"}}, "about.date_of_birth"),
        (
            {"stopped_medications": [{"name": "Emsam", "stopped_on": "last week"}]},
            "stopped_medications[0].stopped_on",
        ),
    ],
)
def test_a_bad_date_names_the_field(document: dict[str, Any], field: str) -> None:
    with pytest.raises(IntakeDocumentError) as raised:
        parse_intake(document)

    assert raised.value.field == field
    assert "expected a date as YYYY-MM-DD" in raised.value.message


def test_the_error_message_is_one_line() -> None:
    with pytest.raises(IntakeDocumentError) as raised:
        parse_intake({"history": {"bladder": {"answer": "x" * 500}}})

    assert "\n" not in str(raised.value)
    assert len(str(raised.value)) < 200

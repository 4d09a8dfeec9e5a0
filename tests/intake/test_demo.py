"""The demo intakes show a clinician every kind of flag, and a few intakes with none."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from intake.models import Flag, Intake
from intake.screening import FlagCode

pytestmark = pytest.mark.django_db

ISSUE_CODES = {
    "MAOI",
    "BENZODIAZEPINE",
    "OPIOID",
    "NMDA_ANTAGONIST",
    "UNRECOGNISED_MEDICATION",
    "ALCOHOL",
    "RECREATIONAL_DRUGS",
    "SUBSTANCE_USE_HISTORY",
    "CARDIOVASCULAR",
    "RESPIRATORY",
    "BLADDER",
    "KETAMINE_ALLERGY",
    "PSYCHOSIS_HISTORY",
    "RAISED_PRESSURE",
    "PREGNANCY",
    "BREASTFEEDING",
    "SUICIDAL_IDEATION",
    "NO_ESCORT",
}


def test_seed_demo_intakes_raise_every_flag_code_and_some_none() -> None:
    call_command("seed_demo", stdout=StringIO())
    raised = set(Flag.objects.values_list("code", flat=True))
    assert raised >= ISSUE_CODES
    assert {code.value for code in FlagCode} >= ISSUE_CODES
    assert Intake.objects.filter(flags__isnull=True).exists()
    assert Intake.objects.count() == 12


def test_seed_demo_is_idempotent() -> None:
    for _ in range(2):
        call_command("seed_demo", stdout=StringIO())
    assert Intake.objects.count() == 12

"""The result: ordering, one flag per code, JSON, re-screen diffs, the catalogue and the API."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import FrozenInstanceError
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import intake.screening as screening
from intake.screening import (
    FLAG_CATALOGUE,
    FLAG_CODES,
    RULES_VERSION,
    FaqArticle,
    Flag,
    FlagCode,
    Severity,
    diff_flags,
    parse_intake,
    result_to_json,
    screen,
)

ROOT = Path(__file__).resolve().parents[3]
FAQ_KEYS = {
    "what-is-ketamine-infusion-therapy",
    "conditions-treated",
    "benefits",
    "risks-and-side-effects",
    "session-length",
    "number-of-sessions",
    "what-it-feels-like",
    "sedation",
    "medication-interactions",
    "lifestyle-during-treatment",
    "pregnancy-and-breastfeeding",
}
BUSY_INTAKE = {
    "submitted_on": "2026-11-20",
    "about": {"escort": "unsure"},
    "history": {"bladder": {"answer": "yes", "details": "frequent UTIs"}},
    "medications": ["Xanax 0.5mg as needed", "Klonopin 1mg", "Nardil 15 mg"],
    "mental_health": {"suicidal_thoughts": "yes"},
}


def test_flags_are_ordered_most_severe_first() -> None:
    result = screen(parse_intake(BUSY_INTAKE))

    assert [flag.code for flag in result.flags] == [
        FlagCode.SUICIDAL_IDEATION,
        FlagCode.MAOI,
        FlagCode.BENZODIAZEPINE,
        FlagCode.BLADDER,
        FlagCode.NO_ESCORT,
    ]
    assert result.most_severe == Severity.URGENT
    ranks = [flag.severity.rank for flag in result.flags]
    assert ranks == sorted(ranks)


def test_one_flag_per_code_with_every_piece_of_evidence() -> None:
    flag = screen(parse_intake(BUSY_INTAKE)).flag(FlagCode.BENZODIAZEPINE)

    assert flag is not None
    assert flag.evidence == (
        'medications[0]: "Xanax 0.5mg as needed" → alprazolam (benzodiazepine)',
        'medications[1]: "Klonopin 1mg" → clonazepam (benzodiazepine)',
    )


def test_result_records_the_rules_version_and_reference_date() -> None:
    result = screen(parse_intake(BUSY_INTAKE))

    assert result.rules_version == RULES_VERSION
    assert result.reference_date == date(2026, 11, 20)


def test_result_is_frozen() -> None:
    result = screen(parse_intake(BUSY_INTAKE))

    with pytest.raises(FrozenInstanceError):
        result.rules_version = "old"  # type: ignore[misc]


def test_flag_carries_catalogue_text_for_clinician_and_patient() -> None:
    flag = screen(parse_intake(BUSY_INTAKE)).flag(FlagCode.MAOI)

    assert flag is not None
    assert flag.title == "MAOI taken now or stopped within 14 days"
    assert "blood pressure" in flag.explanation
    assert "prescriber" in flag.patient_explanation
    assert flag.faq_article == "medication-interactions"


def test_result_to_json_matches_the_command_format() -> None:
    data = result_to_json(screen(parse_intake({"medications": ["Nardil 15 mg", "vitamin D"]})))

    assert json.loads(json.dumps(data)) == data
    assert data["rules_version"] == RULES_VERSION
    assert data["flags"] == [
        {
            "code": "MAOI",
            "severity": "high",
            "title": "MAOI taken now or stopped within 14 days",
            "evidence": ['medications[0]: "Nardil 15 mg" → phenelzine (MAOI)'],
            "faq_article": "medication-interactions",
        }
    ]
    assert data["medications"] == [
        {
            "field": "medications[0]",
            "text": "Nardil 15 mg",
            "ingredients": ["phenelzine"],
            "classes": ["maoi"],
            "recognised": True,
        },
        {
            "field": "medications[1]",
            "text": "vitamin D",
            "ingredients": ["vitamin d"],
            "classes": ["supplement"],
            "recognised": True,
        },
    ]


def test_diff_flags_from_stored_codes() -> None:
    new = screen(parse_intake(BUSY_INTAKE))

    diff = diff_flags(["MAOI", "BLADDER", "PREGNANCY", "A_RETIRED_CODE"], new)

    assert diff.added == (
        FlagCode.SUICIDAL_IDEATION,
        FlagCode.BENZODIAZEPINE,
        FlagCode.NO_ESCORT,
    )
    assert diff.removed == (FlagCode.PREGNANCY, "A_RETIRED_CODE")
    assert diff.kept == (FlagCode.MAOI, FlagCode.BLADDER)
    assert diff.changed


def test_diff_flags_notices_a_changed_severity() -> None:
    new = screen(parse_intake(BUSY_INTAKE))
    old: list[str | Flag | Mapping[str, Any]] = [
        {"code": "NO_ESCORT", "severity": "moderate"},
        Flag(FlagCode.MAOI, Severity.HIGH, ("medications[2]: ...",)),
    ]

    diff = diff_flags(old, new)

    assert diff.severity_changed == (FlagCode.NO_ESCORT,)


def test_diff_flags_of_a_result_with_itself_is_empty() -> None:
    result = screen(parse_intake(BUSY_INTAKE))

    diff = diff_flags(result, result)

    assert not diff.changed
    assert set(diff.kept) == set(result.codes)


def test_severity_ranks_urgent_first_and_steps_down() -> None:
    assert [severity.rank for severity in Severity] == [0, 1, 2, 3]
    assert sorted([Severity.LOW, Severity.URGENT, Severity.HIGH], key=lambda s: s.rank) == [
        Severity.URGENT,
        Severity.HIGH,
        Severity.LOW,
    ]
    assert Severity.HIGH.lower() == Severity.MODERATE
    assert Severity.LOW.lower() == Severity.LOW


def test_catalogue_describes_every_code() -> None:
    assert set(FLAG_CATALOGUE) == set(FlagCode)
    assert tuple(FLAG_CATALOGUE) == FLAG_CODES
    for code, spec in FLAG_CATALOGUE.items():
        assert spec.code == code
        assert len(code) <= 40  # the stored code's column width
        assert spec.title and spec.explanation and spec.patient_explanation and spec.source
        assert spec.faq_article in FAQ_KEYS


def test_faq_article_keys_are_the_agreed_ones() -> None:
    assert {article.value for article in FaqArticle} == FAQ_KEYS


def test_suicidal_ideation_is_the_only_urgent_code() -> None:
    urgent = [code for code, spec in FLAG_CATALOGUE.items() if spec.severity == Severity.URGENT]

    assert urgent == [FlagCode.SUICIDAL_IDEATION]


def test_docs_list_every_code_with_its_severity() -> None:
    docs = (ROOT / "docs" / "screening.md").read_text(encoding="utf-8")

    for code, spec in FLAG_CATALOGUE.items():
        assert f"| `{code}` | {spec.severity} |" in docs, code


def test_the_public_api_is_exported() -> None:
    for name in screening.__all__:
        assert hasattr(screening, name), name


def test_screening_imports_nothing_from_django() -> None:
    code = (
        "import sys, intake.screening as s; "
        "s.screen(s.parse_intake({'medications': ['Xanax']})); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    output = subprocess.run(  # noqa: S603 - a fixed command line
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )

    assert output.stdout.strip() == "[]"

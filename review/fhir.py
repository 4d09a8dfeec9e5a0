"""One intake as a FHIR Bundle, for the clinic's EHR.

Built with the `fhir.resources` models, which validate every resource as it is made. The package's
R4-family models are FHIR R4B (4.3.0), the technical correction of R4 (4.0.1): the resources used
here have the same structure in both.
"""

from __future__ import annotations

import uuid
from typing import Any

from fhir.resources.R4B.allergyintolerance import AllergyIntolerance
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.detectedissue import DetectedIssue
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from intake.models import Flag, Intake
from intake.presentation import answer_sections

# DetectedIssue.severity allows high | moderate | low.
FHIR_SEVERITY = {"urgent": "high", "high": "high", "moderate": "moderate", "low": "low"}
VERIFICATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
SEX_TO_GENDER = {"female": "female", "male": "male", "intersex": "other"}


def _urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def _patient(intake: Intake) -> Patient:
    about = intake.answers.get("about") or {}
    telecom = [
        {"system": system, "value": about[system]}
        for system in ("phone", "email")
        if about.get(system)
    ]
    data: dict[str, Any] = {
        "name": [{"given": [about.get("first_name", "")], "family": about.get("last_name", "")}],
        "telecom": telecom,
    }
    if about.get("date_of_birth"):
        data["birthDate"] = about["date_of_birth"]
    gender = SEX_TO_GENDER.get(about.get("sex_at_birth", ""), "unknown")
    data["gender"] = gender
    return Patient.model_validate(data)


def _questionnaire_response(intake: Intake, patient_ref: str) -> QuestionnaireResponse:
    items = []
    for section in answer_sections(intake.answers):
        items.append(
            {
                "linkId": section.slug,
                "text": section.title,
                "item": [
                    {
                        "linkId": answer.path,
                        "text": answer.label,
                        "answer": [{"valueString": answer.value}],
                    }
                    for answer in section.answers
                ],
            }
        )
    return QuestionnaireResponse.model_validate(
        {
            "status": "completed",
            "subject": {"reference": patient_ref},
            "authored": intake.submitted_at.isoformat(),
            "identifier": {"value": intake.reference},
            "item": items,
        }
    )


def _medication_statements(intake: Intake, patient_ref: str) -> list[MedicationStatement]:
    statements = []
    for key, status in (("medications", "active"), ("stopped_medications", "stopped")):
        for row in intake.answers.get(key) or []:
            row = row if isinstance(row, dict) else {"name": str(row)}
            dosage = " ".join(part for part in (row.get("dose"), row.get("frequency")) if part)
            data: dict[str, Any] = {
                "status": status,
                "medicationCodeableConcept": {"text": row.get("name", "")},
                "subject": {"reference": patient_ref},
            }
            if dosage:
                data["dosage"] = [{"text": dosage}]
            if row.get("stopped_on"):
                data["effectivePeriod"] = {"end": row["stopped_on"]}
            statements.append(MedicationStatement.model_validate(data))
    return statements


def _allergies(intake: Intake, patient_ref: str) -> list[AllergyIntolerance]:
    history = intake.answers.get("history") or {}
    allergies = []
    reaction = history.get("ketamine_reaction") or {}
    if reaction.get("answer") in {"yes", "unsure"}:
        allergies.append(
            AllergyIntolerance.model_validate(
                {
                    "patient": {"reference": patient_ref},
                    "code": {"text": "Ketamine or anaesthetic agent"},
                    "verificationStatus": {
                        "coding": [{"system": VERIFICATION_SYSTEM, "code": "unconfirmed"}]
                    },
                    "note": [{"text": reaction.get("details") or "Reported by patient"}],
                }
            )
        )
    other = history.get("allergies") or {}
    if other.get("answer") == "yes":
        allergies.append(
            AllergyIntolerance.model_validate(
                {
                    "patient": {"reference": patient_ref},
                    "code": {"text": other.get("details") or "Allergy reported, not specified"},
                }
            )
        )
    return allergies


def _mitigation_text(flag: Flag) -> str:
    outcome = str(flag.get_acknowledgement_display())
    return f"{outcome}: {flag.acknowledgement_note}" if flag.acknowledgement_note else outcome


def _detected_issue(flag: Flag, patient_ref: str) -> DetectedIssue:
    data: dict[str, Any] = {
        "status": "final",
        "code": {
            "coding": [{"system": "urn:clinic:screening-flag", "code": flag.code}],
            "text": flag.title,
        },
        "severity": FHIR_SEVERITY.get(flag.severity, "moderate"),
        "patient": {"reference": patient_ref},
        "identifiedDateTime": flag.raised_at.isoformat(),
        "detail": flag.explanation,
        "evidence": [{"code": [{"text": str(item)}]} for item in flag.evidence],
    }
    if flag.acknowledged_at:
        data["mitigation"] = [
            {
                "action": {"text": _mitigation_text(flag)},
                "date": flag.acknowledged_at.isoformat(),
                "author": {
                    "display": flag.acknowledged_by.get_username() if flag.acknowledged_by else ""
                },
            }
        ]
    return DetectedIssue.model_validate(data)


def intake_bundle(intake: Intake) -> Bundle:
    patient_ref = _urn()
    resources: list[Any] = [_patient(intake), _questionnaire_response(intake, patient_ref)]
    resources += _medication_statements(intake, patient_ref)
    resources += _allergies(intake, patient_ref)
    flags = getattr(intake, "all_flags", None) or list(intake.flags.all())
    resources += [_detected_issue(flag, patient_ref) for flag in flags if flag.retired_at is None]
    entries = [{"fullUrl": patient_ref, "resource": resources[0]}]
    entries += [{"fullUrl": _urn(), "resource": resource} for resource in resources[1:]]
    return Bundle.model_validate(
        {
            "type": "collection",
            "identifier": {"system": "urn:clinic:intake-reference", "value": intake.reference},
            "timestamp": intake.submitted_at.isoformat(),
            "entry": entries,
        }
    )

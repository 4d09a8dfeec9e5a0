"""Per flag code: the answers that raise it (and how severely), and those that must not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from intake.screening import FlagCode, Severity, parse_intake, screen
from intake.screening.rules import RULES

C = FlagCode
URGENT, HIGH, MODERATE, LOW = Severity.URGENT, Severity.HIGH, Severity.MODERATE, Severity.LOW
SUBMITTED = "2026-11-20"


def history(key: str, answer: str, details: str = "") -> dict[str, Any]:
    return {"history": {key: {"answer": answer, "details": details}}}


def meds(*lines: str) -> dict[str, Any]:
    return {"medications": list(lines)}


def stopped(name: str, stopped_on: str | None) -> dict[str, Any]:
    return {
        "submitted_on": SUBMITTED,
        "stopped_medications": [
            {"name": name, "dose": "", "frequency": "", "stopped_on": stopped_on}
        ],
    }


RAISES: list[tuple[FlagCode, dict[str, Any], Severity]] = [
    (C.MAOI, meds("Nardil 15 mg"), HIGH),
    (C.MAOI, meds("Emsam patch"), HIGH),
    (C.MAOI, meds("Zyvox 600mg twice a day"), HIGH),
    (C.MAOI, stopped("Emsam patch", "2026-11-10"), HIGH),
    (C.MAOI, stopped("Parnate", "2026-11-06"), HIGH),
    (C.MAOI, stopped("Marplan", None), HIGH),
    (C.BENZODIAZEPINE, meds("Xanax 0.5mg as needed"), MODERATE),
    (C.BENZODIAZEPINE, meds("KLONOPIN 0.5MG BID"), MODERATE),
    (C.OPIOID, meds("Norco 10/325 every 6 hours"), HIGH),
    (C.OPIOID, meds("Suboxone film"), HIGH),
    (C.OPIOID, meds("Tylenol #3"), HIGH),
    (C.NMDA_ANTAGONIST, meds("Robitussin DM"), MODERATE),
    (C.NMDA_ANTAGONIST, meds("Namenda"), MODERATE),
    (C.NMDA_ANTAGONIST, meds("Spravato"), MODERATE),
    (C.KETAMINE_IN_USE, meds("ketamine troches 150mg"), HIGH),
    (C.KETAMINE_IN_USE, meds("Spravato 84mg"), HIGH),
    (C.UNRECOGNISED_MEDICATION, meds("Zzzfoo 10mg"), MODERATE),
    (C.UNRECOGNISED_MEDICATION, meds("Norco and Zzzfoo"), MODERATE),
    (C.UNRECOGNISED_MEDICATION, meds("cough syrup"), MODERATE),
    (C.UNRECOGNISED_MEDICATION, stopped("Blorpex", "2026-11-01"), MODERATE),
    (C.ALCOHOL, {"substances": {"alcohol": "heavy"}}, HIGH),
    (C.ALCOHOL, {"substances": {"alcohol": "daily"}}, MODERATE),
    (
        C.ALCOHOL,
        {"substances": {"alcohol": "weekly", "alcohol_details": "binge on Saturdays"}},
        MODERATE,
    ),
    (C.RECREATIONAL_DRUGS, {"substances": {"recreational_drugs": "current"}}, HIGH),
    (C.SUBSTANCE_USE_HISTORY, history("substance_use", "yes", "opioid addiction"), HIGH),
    (C.SUBSTANCE_USE_HISTORY, history("substance_use", "unsure"), MODERATE),
    (C.SUBSTANCE_USE_HISTORY, history("substance_use", "no", "used ketamine at parties"), HIGH),
    (
        C.SUBSTANCE_USE_HISTORY,
        {"substances": {"recreational_drugs": "past", "recreational_drugs_details": "Ketamine"}},
        HIGH,
    ),
    (C.SUBSTANCE_USE_HISTORY, {"substances": {"recreational_drugs": "past"}}, LOW),
    (
        C.SUBSTANCE_USE_HISTORY,
        {"substances": {"alcohol": "none", "alcohol_details": "sober 5 years, go to AA"}},
        MODERATE,
    ),
    (C.CARDIOVASCULAR, history("cardiovascular", "yes", "high blood pressure"), HIGH),
    (C.CARDIOVASCULAR, history("cardiovascular", "unsure"), MODERATE),
    (C.RESPIRATORY, history("respiratory", "yes", "sleep apnoea, CPAP"), MODERATE),
    (C.RESPIRATORY, history("respiratory", "unsure"), LOW),
    (C.BLADDER, history("bladder", "yes", "frequent UTIs"), MODERATE),
    (C.BLADDER, history("bladder", "unsure"), LOW),
    (C.LIVER, history("liver", "yes", "fatty liver"), MODERATE),
    (C.KETAMINE_ALLERGY, history("ketamine_reaction", "yes", "hives"), HIGH),
    (C.KETAMINE_ALLERGY, history("ketamine_reaction", "unsure"), MODERATE),
    (C.KETAMINE_ALLERGY, history("allergies", "yes", "Bad reaction to anaesthetic"), HIGH),
    (C.PSYCHOSIS_HISTORY, history("psychosis", "yes", "one episode in 2015"), HIGH),
    (C.PSYCHOSIS_HISTORY, history("psychosis", "unsure"), MODERATE),
    (C.PSYCHOSIS_HISTORY, {"reasons": {"conditions": ["bipolar_depression"]}}, MODERATE),
    (C.RAISED_PRESSURE, history("raised_pressure", "yes", "glaucoma"), MODERATE),
    (C.RAISED_PRESSURE, history("raised_pressure", "unsure"), LOW),
    (C.PREGNANCY, {"pregnancy": {"pregnant": "yes"}}, HIGH),
    (C.PREGNANCY, {"pregnancy": {"pregnant": "possibly"}}, HIGH),
    (C.PREGNANCY, {"pregnancy": {"pregnant": "trying"}}, MODERATE),
    (C.PREGNANCY_UNDISCLOSED, {"pregnancy": {"pregnant": "prefer_not_to_say"}}, MODERATE),
    (C.BREASTFEEDING, {"pregnancy": {"breastfeeding": "yes"}}, MODERATE),
    (C.BREASTFEEDING_UNDISCLOSED, {"pregnancy": {"breastfeeding": "prefer_not_to_say"}}, LOW),
    (C.SUICIDAL_IDEATION, {"mental_health": {"suicidal_thoughts": "yes"}}, URGENT),
    (
        C.SUICIDAL_IDEATION,
        {"mental_health": {"suicidal_thoughts": "no", "details": "I sometimes want to die"}},
        HIGH,
    ),
    (C.SUICIDAL_IDEATION, {"reasons": {"conditions": ["suicidal_thoughts"]}}, HIGH),
    (
        C.SUICIDAL_IDEATION_UNDISCLOSED,
        {"mental_health": {"suicidal_thoughts": "prefer_not_to_say"}},
        HIGH,
    ),
    (C.NO_ESCORT, {"about": {"escort": "no"}}, MODERATE),
    (C.NO_ESCORT, {"about": {"escort": "unsure"}}, LOW),
    (C.DRIVING_NOT_AGREED, {"consent": {"answers_true": True, "no_driving": False}}, MODERATE),
]

DOES_NOT_RAISE: list[tuple[FlagCode, dict[str, Any]]] = [
    (C.MAOI, meds("sertraline", "Wellbutrin")),
    (C.MAOI, stopped("Emsam patch", "2026-10-01")),
    (C.MAOI, stopped("Nardil", "2026-11-05")),
    (C.BENZODIAZEPINE, meds("Ambien", "buspirone", "clonidine", "hydroxyzine", "loratadine")),
    (C.BENZODIAZEPINE, stopped("Xanax", "2026-11-15")),
    (C.OPIOID, meds("Tylenol", "Narcan", "naltrexone", "hydrocortisone cream", "trazodone")),
    (C.OPIOID, stopped("Percocet", "2026-11-15")),
    (C.NMDA_ANTAGONIST, meds("Robitussin", "Mucinex", "dextroamphetamine")),
    (C.NMDA_ANTAGONIST, meds("ketamine lozenges")),
    (
        C.KETAMINE_IN_USE,
        {"substances": {"recreational_drugs": "past", "recreational_drugs_details": "ketamine"}},
    ),
    (C.KETAMINE_IN_USE, meds("Robitussin DM")),
    (C.UNRECOGNISED_MEDICATION, meds("vitamin D", "lisinopril 10mg", "Xanax 0.5mg as needed")),
    (C.UNRECOGNISED_MEDICATION, meds("none")),
    (C.ALCOHOL, {"substances": {"alcohol": "weekly", "alcohol_details": "2 glasses of wine"}}),
    (C.ALCOHOL, {"substances": {"alcohol": "occasional"}}),
    (C.ALCOHOL, {"substances": {"alcohol": "none"}}),
    (C.RECREATIONAL_DRUGS, {"substances": {"recreational_drugs": "past"}}),
    (C.RECREATIONAL_DRUGS, {"substances": {"recreational_drugs": "none"}}),
    (C.SUBSTANCE_USE_HISTORY, history("substance_use", "no")),
    (C.SUBSTANCE_USE_HISTORY, {"substances": {"recreational_drugs": "none", "alcohol": "weekly"}}),
    (C.CARDIOVASCULAR, history("cardiovascular", "no", "none")),
    (C.RESPIRATORY, history("respiratory", "no")),
    (C.BLADDER, history("bladder", "no")),
    (C.LIVER, history("liver", "no")),
    (C.KETAMINE_ALLERGY, history("ketamine_reaction", "no")),
    (C.KETAMINE_ALLERGY, history("allergies", "yes", "Penicillin (rash)")),
    (C.PSYCHOSIS_HISTORY, history("psychosis", "no")),
    (C.PSYCHOSIS_HISTORY, {"reasons": {"conditions": ["ptsd", "treatment_resistant_depression"]}}),
    (C.RAISED_PRESSURE, history("raised_pressure", "no")),
    (C.PREGNANCY, {"pregnancy": {"pregnant": "no"}}),
    (C.PREGNANCY, {"pregnancy": {"pregnant": "not_applicable"}}),
    (C.PREGNANCY, {"pregnancy": {"pregnant": "prefer_not_to_say"}}),
    (C.PREGNANCY_UNDISCLOSED, {"pregnancy": {"pregnant": "yes"}}),
    (C.BREASTFEEDING, {"pregnancy": {"breastfeeding": "no"}}),
    (C.BREASTFEEDING, {"pregnancy": {"breastfeeding": "not_applicable"}}),
    (C.BREASTFEEDING_UNDISCLOSED, {"pregnancy": {"breastfeeding": "yes"}}),
    (C.SUICIDAL_IDEATION, {"mental_health": {"suicidal_thoughts": "no", "details": "Feeling low"}}),
    (C.SUICIDAL_IDEATION, {"mental_health": {"suicidal_thoughts": "prefer_not_to_say"}}),
    (C.SUICIDAL_IDEATION_UNDISCLOSED, {"mental_health": {"suicidal_thoughts": "no"}}),
    (C.NO_ESCORT, {"about": {"escort": "yes", "escort_name": "Sam"}}),
    (C.DRIVING_NOT_AGREED, {"consent": {"answers_true": True, "no_driving": True}}),
    (C.DRIVING_NOT_AGREED, {}),
]


def screened(document: dict[str, Any]) -> Any:
    return screen(parse_intake(document), today=date(2026, 11, 20))


@pytest.mark.parametrize(
    ("code", "document", "severity"),
    RAISES,
    ids=[f"{code}-{index}" for index, (code, _doc, _sev) in enumerate(RAISES)],
)
def test_answer_raises_flag(code: FlagCode, document: dict[str, Any], severity: Severity) -> None:
    flag = screened(document).flag(code)

    assert flag is not None
    assert flag.severity == severity
    assert flag.evidence


@pytest.mark.parametrize(
    ("code", "document"),
    DOES_NOT_RAISE,
    ids=[f"{code}-{index}" for index, (code, _doc) in enumerate(DOES_NOT_RAISE)],
)
def test_answer_does_not_raise_flag(code: FlagCode, document: dict[str, Any]) -> None:
    assert screened(document).flag(code) is None


def test_every_code_has_a_case_that_raises_it_and_one_that_does_not() -> None:
    assert {code for code, _document, _severity in RAISES} == set(FlagCode)
    assert {code for code, _document in DOES_NOT_RAISE} == set(FlagCode)


def test_an_empty_intake_raises_nothing() -> None:
    assert screened({}).flags == ()


def test_evidence_quotes_the_patients_words_and_what_they_were_read_as() -> None:
    result = screened({"medications": ["Xanax 0.5mg as needed", "percoset"]})

    benzodiazepine = result.flag(C.BENZODIAZEPINE)
    opioid = result.flag(C.OPIOID)
    assert benzodiazepine is not None and opioid is not None
    assert benzodiazepine.evidence == (
        'medications[0]: "Xanax 0.5mg as needed" → alprazolam (benzodiazepine)',
    )
    assert opioid.evidence == (
        'medications[1]: "percoset" → oxycodone (opioid), read as "percocet"',
    )


def test_history_evidence_quotes_the_answer_and_details() -> None:
    flag = screened(history("bladder", "yes", "frequent UTIs")).flag(C.BLADDER)

    assert flag is not None
    assert flag.evidence == ('history.bladder: yes — "frequent UTIs"',)


def test_unrecognised_evidence_says_which_part_was_not_identified() -> None:
    flag = screened(meds("Norco and Zzzfoo")).flag(C.UNRECOGNISED_MEDICATION)

    assert flag is not None
    assert flag.evidence == ('medications[0]: "Norco and Zzzfoo" — not identified: "zzzfoo"',)


@pytest.mark.parametrize(
    ("stopped_on", "raised"),
    [("2026-11-20", True), ("2026-11-06", True), ("2026-11-05", False), ("2026-12-01", True)],
)
def test_maoi_wash_out_counts_back_fourteen_days_from_submission(
    stopped_on: str, raised: bool
) -> None:
    facts = parse_intake(stopped("Nardil", stopped_on))

    assert (screen(facts).flag(C.MAOI) is not None) is raised


def test_maoi_wash_out_can_be_counted_from_another_date() -> None:
    facts = parse_intake(stopped("Nardil", "2026-11-10"))

    assert screen(facts).flag(C.MAOI) is not None
    assert screen(facts, today=date(2026, 12, 1)).flag(C.MAOI) is None


def test_stopped_maoi_evidence_gives_the_days_since_stopping() -> None:
    flag = screen(parse_intake(stopped("Emsam patch", "2026-11-10"))).flag(C.MAOI)

    assert flag is not None
    assert flag.evidence == (
        'stopped_medications[0]: "Emsam patch" → selegiline (MAOI), stopped 2026-11-10, '
        "10 days before 2026-11-20",
    )


def test_every_rule_cites_its_source() -> None:
    for rule in RULES:
        assert rule.__doc__ and "Source:" in rule.__doc__, rule.__name__

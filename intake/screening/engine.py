"""Run the rules over one intake, and compare results across rule versions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake.screening.facts import IntakeFacts, MedicationLine
from intake.screening.flags import FLAG_CATALOGUE, Flag, FlagCode, Severity
from intake.screening.medications import recognise
from intake.screening.rules import (
    RULES,
    RULES_VERSION,
    Finding,
    RuleContext,
    ScreenedMedication,
)

_CATALOGUE_ORDER = {code: index for index, code in enumerate(FLAG_CATALOGUE)}
_KNOWN_CODES = frozenset(code.value for code in FlagCode)


@dataclass(frozen=True)
class ScreeningResult:
    """Flags, most severe first, and every medication line as it was understood."""

    rules_version: str
    reference_date: date
    flags: tuple[Flag, ...]
    medications: tuple[ScreenedMedication, ...]

    @property
    def codes(self) -> frozenset[FlagCode]:
        return frozenset(flag.code for flag in self.flags)

    def flag(self, code: FlagCode | str) -> Flag | None:
        return next((flag for flag in self.flags if flag.code == code), None)

    @property
    def most_severe(self) -> Severity | None:
        return self.flags[0].severity if self.flags else None


def _screened(
    lines: tuple[MedicationLine, ...], *, stopped: bool
) -> tuple[ScreenedMedication, ...]:
    return tuple(
        ScreenedMedication(line=line, recognition=recognise(line.text), stopped=stopped)
        for line in lines
    )


def merge_findings(findings: Iterable[Finding]) -> tuple[Flag, ...]:
    """One flag per code: the most severe finding's severity and every distinct evidence line."""
    severities: dict[FlagCode, list[Severity]] = {}
    evidence: dict[FlagCode, dict[str, None]] = {}
    for finding in findings:
        severities.setdefault(finding.code, []).append(finding.severity)
        evidence.setdefault(finding.code, {})[finding.evidence] = None
    flags = [
        Flag(code=code, severity=Severity.most_severe(found), evidence=tuple(evidence[code]))
        for code, found in severities.items()
    ]
    flags.sort(key=lambda flag: (flag.severity.rank, _CATALOGUE_ORDER[flag.code]))
    return tuple(flags)


def screen(facts: IntakeFacts, *, today: date | None = None) -> ScreeningResult:
    """Screen one intake. The MAOI wash-out counts back from `today` if given, else from the
    date the intake was submitted, else from the current date."""
    reference = today or facts.submitted_on or date.today()
    context = RuleContext(
        facts=facts,
        today=reference,
        medications=_screened(facts.medications, stopped=False),
        stopped_medications=_screened(facts.stopped_medications, stopped=True),
    )
    flags = merge_findings(finding for rule in RULES for finding in rule(context))
    return ScreeningResult(
        rules_version=RULES_VERSION,
        reference_date=reference,
        flags=flags,
        medications=context.medications + context.stopped_medications,
    )


@dataclass(frozen=True)
class FlagDiff:
    """What re-screening changed: codes added, removed, kept, and kept at another severity."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    kept: tuple[str, ...]
    severity_changed: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.severity_changed)


def _code_order(code: str) -> tuple[int, str]:
    known = code in _KNOWN_CODES
    return (_CATALOGUE_ORDER[FlagCode(code)] if known else len(_CATALOGUE_ORDER), code)


def _as_code(code: str) -> str:
    return FlagCode(code) if code in _KNOWN_CODES else code


def diff_flags(
    old: ScreeningResult | Iterable[str | Flag | Mapping[str, Any]], new_result: ScreeningResult
) -> FlagDiff:
    """Compare earlier flags (codes, `Flag`s, stored flag dicts or a result) with a new result.

    Codes no longer in the catalogue are compared as plain strings.
    """
    items = old.flags if isinstance(old, ScreeningResult) else old
    old_severity: dict[str, str | None] = {}
    for item in items:
        if isinstance(item, Flag):
            old_severity[str(item.code)] = str(item.severity)
        elif isinstance(item, Mapping):
            severity = item.get("severity")
            old_severity[str(item["code"])] = str(severity) if severity is not None else None
        else:
            old_severity[str(item)] = None
    new_severity = {str(flag.code): str(flag.severity) for flag in new_result.flags}
    old_codes, new_codes = set(old_severity), set(new_severity)

    def ordered(codes: Iterable[str]) -> tuple[str, ...]:
        return tuple(_as_code(code) for code in sorted(codes, key=_code_order))

    kept = old_codes & new_codes
    return FlagDiff(
        added=ordered(new_codes - old_codes),
        removed=ordered(old_codes - new_codes),
        kept=ordered(kept),
        severity_changed=ordered(
            code
            for code in kept
            if old_severity[code] is not None and old_severity[code] != new_severity[code]
        ),
    )


def result_to_json(result: ScreeningResult) -> dict[str, Any]:
    """The result as plain JSON data (what `manage.py screen` prints)."""
    return {
        "rules_version": result.rules_version,
        "reference_date": result.reference_date.isoformat(),
        "flags": [
            {
                "code": str(flag.code),
                "severity": str(flag.severity),
                "title": flag.title,
                "evidence": list(flag.evidence),
                "faq_article": flag.faq_article,
            }
            for flag in result.flags
        ],
        "medications": [
            {
                "field": medication.field,
                "text": medication.text,
                "ingredients": list(medication.recognition.ingredients),
                "classes": [str(drug_class) for drug_class in medication.recognition.classes],
                "recognised": medication.recognition.recognised,
            }
            for medication in result.medications
        ],
    }

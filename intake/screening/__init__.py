"""Clinical screening of an intake: pure Python, no Django, no database.

    facts = parse_intake(document)            # raises IntakeDocumentError naming the field
    result = screen(facts)                    # flags, most severe first, and medications
    result_to_json(result)                    # what `manage.py screen` prints

See docs/screening.md for the flags, their severities and sources, and docs/intake-json.md for
the document.
"""

from intake.screening.engine import (
    FlagDiff,
    ScreeningResult,
    diff_flags,
    merge_findings,
    result_to_json,
    screen,
)
from intake.screening.facts import IntakeFacts, MedicationLine
from intake.screening.flags import (
    FLAG_CATALOGUE,
    FLAG_CODES,
    FaqArticle,
    Flag,
    FlagCode,
    FlagSpec,
    Severity,
)
from intake.screening.medications import (
    DrugMatch,
    RecognisedMedication,
    recognise,
    suggest,
    vocabulary,
)
from intake.screening.parser import IntakeDocumentError, parse_intake
from intake.screening.rules import RULES, RULES_VERSION, ScreenedMedication
from intake.screening.vocabulary import DrugClass

__all__ = [
    "FLAG_CATALOGUE",
    "FLAG_CODES",
    "RULES",
    "RULES_VERSION",
    "DrugClass",
    "DrugMatch",
    "FaqArticle",
    "Flag",
    "FlagCode",
    "FlagDiff",
    "FlagSpec",
    "IntakeDocumentError",
    "IntakeFacts",
    "MedicationLine",
    "RecognisedMedication",
    "ScreenedMedication",
    "ScreeningResult",
    "Severity",
    "diff_flags",
    "merge_findings",
    "parse_intake",
    "recognise",
    "result_to_json",
    "screen",
    "suggest",
    "vocabulary",
]

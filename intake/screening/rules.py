"""The screening rules: one small function per concern, each citing its clinical source.

A rule reads the facts (and the medications already recognised) and yields findings: a code, a
severity no higher than the catalogue's, and one line of evidence in the patient's own words.
`intake.screening.engine` merges findings into one flag per code.

Sources cited below:

- FAQ: the clinic's FAQ (/work/shared/seed/ketamine-infusion-faq.txt), by section.
- Ketalar label: ketamine hydrochloride injection, US prescribing information.
- Spravato label: esketamine nasal spray, US prescribing information.
- Sanacora 2017: Sanacora G et al., "A Consensus Statement on the Use of Ketamine in the
  Treatment of Mood Disorders", JAMA Psychiatry 2017;74(4):399-405.
- Cohen 2018: Cohen SP et al., "Consensus Guidelines on the Use of Intravenous Ketamine Infusions
  for Chronic Pain from the ASRA, the AAPM and the ASA", Reg Anesth Pain Med 2018;43(5):521-546.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from intake.screening.facts import HistoryAnswer, IntakeFacts, MedicationLine
from intake.screening.flags import FLAG_CATALOGUE, FlagCode, Severity
from intake.screening.medications import RecognisedMedication, ingredient_classes
from intake.screening.vocabulary import DrugClass

# Bump on any change to a rule, a severity or the curated vocabulary: each result records it, so
# an old intake can be re-screened and the difference shown (see `diff_flags`).
RULES_VERSION = "2026.11.1"

# MAOIs stopped this many days or fewer before the reference date still count (the usual
# wash-out before a drug that interacts with an MAOI; FAQ, Medication interactions 1).
MAOI_WASHOUT_DAYS = 14


@dataclass(frozen=True)
class ScreenedMedication:
    """A medication line and what recognition made of it."""

    line: MedicationLine
    recognition: RecognisedMedication
    stopped: bool = False

    @property
    def field(self) -> str:
        return self.line.field

    @property
    def text(self) -> str:
        return self.line.text


@dataclass(frozen=True)
class RuleContext:
    facts: IntakeFacts
    today: date
    medications: tuple[ScreenedMedication, ...]
    stopped_medications: tuple[ScreenedMedication, ...]


@dataclass(frozen=True)
class Finding:
    code: FlagCode
    severity: Severity
    evidence: str


Rule = Callable[[RuleContext], Iterable[Finding]]


def _finding(code: FlagCode, evidence: str, severity: Severity | None = None) -> Finding:
    ceiling = FLAG_CATALOGUE[code].severity
    chosen = severity or ceiling
    if chosen.rank < ceiling.rank:
        raise ValueError(f"{code} cannot be raised above {ceiling}")
    return Finding(code, chosen, evidence)


def _quote(text: str) -> str:
    return f'"{text}"'


def _answer_evidence(path: str, answer: str, details: str = "") -> str:
    return f"{path}: {answer} — {_quote(details)}" if details else f"{path}: {answer}"


def _medication_evidence(
    medication: ScreenedMedication, drug_class: DrugClass, suffix: str = ""
) -> str:
    """``medications[0]: "Xanax 0.5mg" → alprazolam (benzodiazepine)``."""
    named: list[str] = []
    for match in medication.recognition.matches_in(drug_class):
        for ingredient in match.ingredients:
            if drug_class in ingredient_classes(ingredient):
                label = f"{ingredient} ({drug_class.label})"
                if match.read_as:
                    label += f", read as {_quote(match.read_as)}"
                if label not in named:
                    named.append(label)
    return f"{medication.field}: {_quote(medication.text)} → {', '.join(named)}{suffix}"


def _history_rule(answer: HistoryAnswer, path: str, code: FlagCode) -> Iterator[Finding]:
    """Yes raises at the catalogue severity, unsure one step lower."""
    if answer.answer == "yes":
        yield _finding(code, _answer_evidence(path, "yes", answer.details))
    elif answer.answer == "unsure":
        severity = FLAG_CATALOGUE[code].severity.lower()
        yield _finding(code, _answer_evidence(path, "unsure", answer.details), severity)


def _mentions(pattern: re.Pattern[str], *texts: str) -> bool:
    return any(pattern.search(text) for text in texts if text)


_KETAMINE_WORDS = re.compile(
    r"\b(ketamine?|ketalar|esketamine|spravato|special[ -]?k|k[ -]?hole)\b", re.IGNORECASE
)
_ANAESTHESIA_WORDS = re.compile(
    r"\b(ketamine?|ketalar|esketamine|spravato|an(a)?esthe\w*|sedation|sedative)\b", re.IGNORECASE
)
_SUICIDE_WORDS = re.compile(
    r"\b(suicid\w*|kill(ing)? myself|end(ing)? (my life|it all)|self[- ]?harm\w*|"
    r"hurt(ing)? myself|want(ed)? to die|better off dead)\b",
    re.IGNORECASE,
)
_HEAVY_DRINKING_WORDS = re.compile(
    r"\b(binge\w*|black ?outs?|withdrawals?|shakes|too much|bottles?|every (day|night)|"
    r"daily|dependen\w*)\b",
    re.IGNORECASE,
)
_RECOVERY_WORDS = re.compile(
    r"\b(sober|sobriety|recovery|recovering|alcoholic|alcoholism|AA|rehab|detox|remission)\b"
)


# --- Medications (FAQ, Medication interactions) --------------------------------------------------


def maoi_rule(context: RuleContext) -> Iterator[Finding]:
    """An MAOI taken now, or stopped within the last 14 days (or on an unknown date).

    Source: FAQ, Medication interactions 1 ("MAOIs should be discontinued for a specific period
    before starting ketamine infusion therapy"); Spravato label 7 (MAOIs raise blood pressure with
    esketamine); 14 days is the conventional MAOI wash-out (Nardil and Emsam labels).
    """
    for medication in context.medications:
        if DrugClass.MAOI in medication.recognition.classes:
            yield _finding(FlagCode.MAOI, _medication_evidence(medication, DrugClass.MAOI))
    for medication in context.stopped_medications:
        if DrugClass.MAOI not in medication.recognition.classes:
            continue
        stopped_on = medication.line.stopped_on
        if stopped_on is None:
            suffix = ", stop date not given"
        else:
            days = (context.today - stopped_on).days
            if days > MAOI_WASHOUT_DAYS:
                continue
            suffix = f", stopped {stopped_on.isoformat()}, {days} days before {context.today}"
        yield _finding(FlagCode.MAOI, _medication_evidence(medication, DrugClass.MAOI, suffix))


def _class_rule(context: RuleContext, drug_class: DrugClass, code: FlagCode) -> Iterator[Finding]:
    for medication in context.medications:
        if drug_class in medication.recognition.classes:
            yield _finding(code, _medication_evidence(medication, drug_class))


def benzodiazepine_rule(context: RuleContext) -> Iterator[Finding]:
    """A benzodiazepine taken now.

    Source: FAQ, Medication interactions 2 ("may interact with ketamine, potentially affecting its
    effectiveness"); Ketalar label 7 (benzodiazepines and other CNS depressants: profound
    sedation, respiratory depression); Frye, Blier and Tye, J Clin Psychopharmacol 2015
    (concomitant benzodiazepine use attenuates ketamine response).
    """
    yield from _class_rule(context, DrugClass.BENZODIAZEPINE, FlagCode.BENZODIAZEPINE)


def opioid_rule(context: RuleContext) -> Iterator[Finding]:
    """An opioid, full or partial agonist, taken now.

    Source: FAQ, Medication interactions 3 ("may impact respiratory function. Dosages may need to
    be adjusted"); Ketalar label 7 (opioid analgesics: respiratory depression).
    """
    yield from _class_rule(context, DrugClass.OPIOID, FlagCode.OPIOID)


def nmda_antagonist_rule(context: RuleContext) -> Iterator[Finding]:
    """Another NMDA receptor antagonist taken now (dextromethorphan products included).

    Source: FAQ, Medication interactions 4 ("using other medications with similar mechanisms of
    action concurrently can increase the risk of adverse effects"); Namenda, Nuedexta and
    Spravato labels (mechanism of action).
    """
    yield from _class_rule(context, DrugClass.NMDA_ANTAGONIST, FlagCode.NMDA_ANTAGONIST)


def ketamine_in_use_rule(context: RuleContext) -> Iterator[Finding]:
    """Ketamine or esketamine already taken: another prescriber, dose stacking, misuse.

    Source: Ketalar label 9 (drug abuse and dependence); Spravato label 5.4 (abuse and misuse,
    REMS); FAQ, Risks and side effects 4.
    """
    yield from _class_rule(context, DrugClass.KETAMINE, FlagCode.KETAMINE_IN_USE)


def unrecognised_medication_rule(context: RuleContext) -> Iterator[Finding]:
    """A medication line, current or recently stopped, that could not be identified in full.

    Never silently ignored: an unidentified line may be an interacting drug. Source: FAQ,
    Medication interactions ("inform your healthcare provider about all the medications").
    """
    for medication in (*context.medications, *context.stopped_medications):
        parts = medication.recognition.unrecognised
        if parts:
            evidence = (
                f"{medication.field}: {_quote(medication.text)} — not identified: "
                + "; ".join(parts)
            )
            yield _finding(FlagCode.UNRECOGNISED_MEDICATION, evidence)


# --- Substances (FAQ, Lifestyle during treatment; Risks and side effects) ------------------------


def alcohol_rule(context: RuleContext) -> Iterator[Finding]:
    """Drinking heavily (high) or most days (moderate), or details describing heavy drinking.

    Source: FAQ, Lifestyle during treatment 2 ("Avoid alcohol and recreational drugs");
    Spravato label 7 (CNS depressants including alcohol); Cohen 2018 (hepatic dysfunction).
    """
    substances = context.facts.substances
    details = substances.alcohol_details
    path = "substances.alcohol"
    if substances.alcohol == "heavy":
        yield _finding(FlagCode.ALCOHOL, _answer_evidence(path, "heavy", details))
    elif substances.alcohol == "daily":
        yield _finding(
            FlagCode.ALCOHOL, _answer_evidence(path, "daily", details), Severity.MODERATE
        )
    elif _mentions(_HEAVY_DRINKING_WORDS, details):
        answer = substances.alcohol or "not answered"
        yield _finding(
            FlagCode.ALCOHOL,
            f"{path}: {answer}; substances.alcohol_details: {_quote(details)}",
            Severity.MODERATE,
        )


def recreational_drugs_rule(context: RuleContext) -> Iterator[Finding]:
    """Recreational drugs used now.

    Source: FAQ, Lifestyle during treatment 2 ("recreational drugs ... can interact with
    ketamine"); Sanacora 2017 (assess substance use before treatment).
    """
    substances = context.facts.substances
    if substances.recreational_drugs == "current":
        yield _finding(
            FlagCode.RECREATIONAL_DRUGS,
            _answer_evidence(
                "substances.recreational_drugs", "current", substances.recreational_drugs_details
            ),
        )


def substance_use_history_rule(context: RuleContext) -> Iterator[Finding]:
    """A history of misuse or addiction, any mention of ketamine outside treatment, past
    recreational use (low) or recovery from alcohol.

    Source: FAQ, Risks and side effects 4 ("Individuals with a history of substance abuse may be
    at higher risk"); Ketalar label 9 (Schedule III, abuse and dependence); Sanacora 2017.
    """
    facts = context.facts
    history = facts.history.substance_use
    yield from _history_rule(history, "history.substance_use", FlagCode.SUBSTANCE_USE_HISTORY)
    if history.answer != "yes" and _mentions(_KETAMINE_WORDS, history.details):
        answer = history.answer or "not answered"
        yield _finding(
            FlagCode.SUBSTANCE_USE_HISTORY,
            _answer_evidence("history.substance_use", answer, history.details)
            + " (mentions ketamine)",
        )
    substances = facts.substances
    drug_details = substances.recreational_drugs_details
    if _mentions(_KETAMINE_WORDS, drug_details):
        drugs_answer = substances.recreational_drugs or "not answered"
        yield _finding(
            FlagCode.SUBSTANCE_USE_HISTORY,
            _answer_evidence("substances.recreational_drugs", drugs_answer, drug_details)
            + " (mentions ketamine)",
        )
    elif substances.recreational_drugs == "past":
        yield _finding(
            FlagCode.SUBSTANCE_USE_HISTORY,
            _answer_evidence("substances.recreational_drugs", "past", drug_details),
            Severity.LOW,
        )
    if _mentions(_RECOVERY_WORDS, substances.alcohol_details):
        yield _finding(
            FlagCode.SUBSTANCE_USE_HISTORY,
            f"substances.alcohol_details: {_quote(substances.alcohol_details)}",
            Severity.MODERATE,
        )


# --- Medical history (FAQ, Risks and side effects) -----------------------------------------------


def cardiovascular_rule(context: RuleContext) -> Iterator[Finding]:
    """Heart disease, high blood pressure, aneurysm, stroke or bleeding in the brain.

    Source: FAQ, Risks and side effects 2 ("People with pre-existing cardiovascular conditions may
    be at higher risk"); Ketalar label 4 (contraindicated where a significant rise in blood
    pressure would be a serious hazard); Spravato label 4 (aneurysmal vascular disease,
    arteriovenous malformation, intracerebral haemorrhage).
    """
    history = context.facts.history
    yield from _history_rule(
        history.cardiovascular, "history.cardiovascular", FlagCode.CARDIOVASCULAR
    )


def respiratory_rule(context: RuleContext) -> Iterator[Finding]:
    """Lung disease, sleep apnoea or other breathing problems.

    Source: FAQ, Risks and side effects 3 ("Ketamine can depress the respiratory system");
    Ketalar label 5 (respiratory depression).
    """
    history = context.facts.history
    yield from _history_rule(history.respiratory, "history.respiratory", FlagCode.RESPIRATORY)


def bladder_rule(context: RuleContext) -> Iterator[Finding]:
    """Bladder or urinary tract problems.

    Source: FAQ, Risks and side effects 8 ("bladder problems, such as cystitis"); Spravato
    label 5 (ulcerative or interstitial cystitis).
    """
    yield from _history_rule(context.facts.history.bladder, "history.bladder", FlagCode.BLADDER)


def liver_rule(context: RuleContext) -> Iterator[Finding]:
    """Liver disease.

    Source: Cohen 2018 (severe hepatic dysfunction: avoid; moderate: caution); Ketalar label 5
    (hepatobiliary dysfunction with recurrent use).
    """
    yield from _history_rule(context.facts.history.liver, "history.liver", FlagCode.LIVER)


def ketamine_allergy_rule(context: RuleContext) -> Iterator[Finding]:
    """A previous allergic or severe reaction to ketamine or anaesthesia, asked directly or
    mentioned among other allergies.

    Source: FAQ, Risks and side effects 9 (allergic reactions); Ketalar and Spravato labels 4
    (contraindication: known hypersensitivity to ketamine or esketamine).
    """
    history = context.facts.history
    yield from _history_rule(
        history.ketamine_reaction, "history.ketamine_reaction", FlagCode.KETAMINE_ALLERGY
    )
    allergies = history.allergies
    if allergies.answer != "no" and _mentions(_ANAESTHESIA_WORDS, allergies.details):
        yield _finding(
            FlagCode.KETAMINE_ALLERGY,
            _answer_evidence(
                "history.allergies", allergies.answer or "not answered", allergies.details
            ),
        )


def psychosis_history_rule(context: RuleContext) -> Iterator[Finding]:
    """Psychosis, schizophrenia or mania in the past; bipolar depression implies past mania or
    hypomania (moderate).

    Source: FAQ, Risks and side effects 1 (psychological effects); Sanacora 2017 (history of
    psychosis; caution in bipolar disorder); Cohen 2018 (active psychosis: contraindication).
    """
    facts = context.facts
    yield from _history_rule(
        facts.history.psychosis, "history.psychosis", FlagCode.PSYCHOSIS_HISTORY
    )
    if "bipolar_depression" in facts.reasons.conditions and facts.history.psychosis.answer != "yes":
        yield _finding(
            FlagCode.PSYCHOSIS_HISTORY,
            "reasons.conditions: bipolar_depression (implies past mania or hypomania)",
            Severity.MODERATE,
        )


def raised_pressure_rule(context: RuleContext) -> Iterator[Finding]:
    """Glaucoma, raised eye pressure, a recent head injury or raised pressure in the skull.

    Source: Cohen 2018 (elevated intracranial and intraocular pressure: contraindications);
    Ketalar label (ketamine raises intraocular pressure).
    """
    history = context.facts.history
    yield from _history_rule(
        history.raised_pressure, "history.raised_pressure", FlagCode.RAISED_PRESSURE
    )


# --- Pregnancy and breastfeeding (FAQ, Pregnancy and breastfeeding) ------------------------------


def pregnancy_rule(context: RuleContext) -> Iterator[Finding]:
    """Pregnant or possibly pregnant (high), trying to conceive (moderate).

    Source: FAQ, Pregnancy and breastfeeding ("the use of ketamine during pregnancy is not
    recommended"); Spravato label 8.1 (embryo-fetal toxicity); Cohen 2018 (pregnancy).
    """
    pregnant = context.facts.pregnancy.pregnant
    if pregnant in ("yes", "possibly"):
        yield _finding(FlagCode.PREGNANCY, f"pregnancy.pregnant: {pregnant}")
    elif pregnant == "trying":
        yield _finding(FlagCode.PREGNANCY, "pregnancy.pregnant: trying", Severity.MODERATE)


def pregnancy_undisclosed_rule(context: RuleContext) -> Iterator[Finding]:
    """Pregnancy answered "prefer not to say": flagged itself, to be asked in private.

    Source: FAQ, Pregnancy and breastfeeding; the intake specification (prefer-not-to-say is
    flagged).
    """
    if context.facts.pregnancy.pregnant == "prefer_not_to_say":
        yield _finding(FlagCode.PREGNANCY_UNDISCLOSED, "pregnancy.pregnant: prefer_not_to_say")


def breastfeeding_rule(context: RuleContext) -> Iterator[Finding]:
    """Breastfeeding.

    Source: FAQ, Pregnancy and breastfeeding ("Ketamine is excreted into breast milk ... its use
    during breastfeeding is generally discouraged"); Spravato label 8.2.
    """
    if context.facts.pregnancy.breastfeeding == "yes":
        yield _finding(FlagCode.BREASTFEEDING, "pregnancy.breastfeeding: yes")


def breastfeeding_undisclosed_rule(context: RuleContext) -> Iterator[Finding]:
    """Breastfeeding answered "prefer not to say".

    Source: FAQ, Pregnancy and breastfeeding.
    """
    if context.facts.pregnancy.breastfeeding == "prefer_not_to_say":
        yield _finding(
            FlagCode.BREASTFEEDING_UNDISCLOSED, "pregnancy.breastfeeding: prefer_not_to_say"
        )


# --- Mental health -------------------------------------------------------------------------------


def suicidal_ideation_rule(context: RuleContext) -> Iterator[Finding]:
    """Current thoughts of suicide or self-harm (urgent); the same words in the details, or
    suicidal thoughts ticked as a reason for treatment, without a "yes" (high).

    Source: Spravato label, boxed warning (suicidal thoughts and behaviours); FAQ, Conditions
    treated 5 (suicidal ideation is treated, and must be assessed first).
    """
    mental_health = context.facts.mental_health
    answer = mental_health.suicidal_thoughts
    if answer == "yes":
        yield _finding(
            FlagCode.SUICIDAL_IDEATION,
            _answer_evidence("mental_health.suicidal_thoughts", "yes", mental_health.details),
        )
        return
    if _mentions(_SUICIDE_WORDS, mental_health.details):
        yield _finding(
            FlagCode.SUICIDAL_IDEATION,
            _answer_evidence(
                "mental_health.suicidal_thoughts", answer or "not answered", mental_health.details
            ),
            Severity.HIGH,
        )
    if "suicidal_thoughts" in context.facts.reasons.conditions:
        yield _finding(
            FlagCode.SUICIDAL_IDEATION,
            "reasons.conditions: suicidal_thoughts "
            f"(mental_health.suicidal_thoughts: {answer or 'not answered'})",
            Severity.HIGH,
        )


def suicidal_ideation_undisclosed_rule(context: RuleContext) -> Iterator[Finding]:
    """Current thoughts of suicide answered "prefer not to say": ask at first contact.

    Source: Spravato label, boxed warning.
    """
    if context.facts.mental_health.suicidal_thoughts == "prefer_not_to_say":
        yield _finding(
            FlagCode.SUICIDAL_IDEATION_UNDISCLOSED,
            "mental_health.suicidal_thoughts: prefer_not_to_say",
        )


# --- Getting home --------------------------------------------------------------------------------


def no_escort_rule(context: RuleContext) -> Iterator[Finding]:
    """No one to take the patient home (moderate), or not sure yet (low).

    Source: FAQ, Lifestyle during treatment 12 ("Avoid driving ... on the day of an infusion");
    Spravato label 5 (impaired ability to drive).
    """
    about = context.facts.about
    if about.escort == "no":
        yield _finding(FlagCode.NO_ESCORT, "about.escort: no")
    elif about.escort == "unsure":
        yield _finding(FlagCode.NO_ESCORT, "about.escort: unsure", Severity.LOW)


def driving_not_agreed_rule(context: RuleContext) -> Iterator[Finding]:
    """The patient did not confirm they will not drive on infusion days.

    Source: FAQ, Lifestyle during treatment 12 and What it feels like (after the infusion).
    """
    if context.facts.consent.no_driving is False:
        yield _finding(FlagCode.DRIVING_NOT_AGREED, "consent.no_driving: false")


RULES: tuple[Rule, ...] = (
    suicidal_ideation_rule,
    suicidal_ideation_undisclosed_rule,
    maoi_rule,
    benzodiazepine_rule,
    opioid_rule,
    nmda_antagonist_rule,
    ketamine_in_use_rule,
    unrecognised_medication_rule,
    alcohol_rule,
    recreational_drugs_rule,
    substance_use_history_rule,
    cardiovascular_rule,
    respiratory_rule,
    bladder_rule,
    liver_rule,
    ketamine_allergy_rule,
    psychosis_history_rule,
    raised_pressure_rule,
    pregnancy_rule,
    pregnancy_undisclosed_rule,
    breastfeeding_rule,
    breastfeeding_undisclosed_rule,
    no_escort_rule,
    driving_not_agreed_rule,
)

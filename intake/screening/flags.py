"""Flag codes, severities and the catalogue of what each flag means.

Codes are stored on intakes and never renamed; a retired code stays in the catalogue. The
catalogue's severity is the most a flag can be raised at: a rule may raise it lower (an "unsure"
answer is one step lower than "yes"), never higher. docs/screening.md explains each choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Severity(StrEnum):
    """How soon a clinician must look, most urgent first; `rank` 0 is urgent."""

    URGENT = "urgent"
    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def lower(self) -> Severity:
        """One step less severe (low stays low): how an "unsure" answer is raised."""
        return _BY_RANK[min(self.rank + 1, len(_BY_RANK) - 1)]

    @classmethod
    def most_severe(cls, severities: list[Severity]) -> Severity:
        return min(severities, key=lambda severity: severity.rank)


_BY_RANK = tuple(Severity)
_RANKS = {severity: rank for rank, severity in enumerate(_BY_RANK)}


class FlagCode(StrEnum):
    SUICIDAL_IDEATION = "SUICIDAL_IDEATION"
    SUICIDAL_IDEATION_UNDISCLOSED = "SUICIDAL_IDEATION_UNDISCLOSED"
    MAOI = "MAOI"
    BENZODIAZEPINE = "BENZODIAZEPINE"
    OPIOID = "OPIOID"
    NMDA_ANTAGONIST = "NMDA_ANTAGONIST"
    KETAMINE_IN_USE = "KETAMINE_IN_USE"
    UNRECOGNISED_MEDICATION = "UNRECOGNISED_MEDICATION"
    ALCOHOL = "ALCOHOL"
    RECREATIONAL_DRUGS = "RECREATIONAL_DRUGS"
    SUBSTANCE_USE_HISTORY = "SUBSTANCE_USE_HISTORY"
    CARDIOVASCULAR = "CARDIOVASCULAR"
    RESPIRATORY = "RESPIRATORY"
    BLADDER = "BLADDER"
    LIVER = "LIVER"
    KETAMINE_ALLERGY = "KETAMINE_ALLERGY"
    PSYCHOSIS_HISTORY = "PSYCHOSIS_HISTORY"
    RAISED_PRESSURE = "RAISED_PRESSURE"
    PREGNANCY = "PREGNANCY"
    PREGNANCY_UNDISCLOSED = "PREGNANCY_UNDISCLOSED"
    BREASTFEEDING = "BREASTFEEDING"
    BREASTFEEDING_UNDISCLOSED = "BREASTFEEDING_UNDISCLOSED"
    NO_ESCORT = "NO_ESCORT"
    DRIVING_NOT_AGREED = "DRIVING_NOT_AGREED"


class FaqArticle(StrEnum):
    """Stable keys of the clinic's FAQ articles (the faq app owns their text)."""

    WHAT_IS_KETAMINE_INFUSION_THERAPY = "what-is-ketamine-infusion-therapy"
    CONDITIONS_TREATED = "conditions-treated"
    BENEFITS = "benefits"
    RISKS_AND_SIDE_EFFECTS = "risks-and-side-effects"
    SESSION_LENGTH = "session-length"
    NUMBER_OF_SESSIONS = "number-of-sessions"
    WHAT_IT_FEELS_LIKE = "what-it-feels-like"
    SEDATION = "sedation"
    MEDICATION_INTERACTIONS = "medication-interactions"
    LIFESTYLE_DURING_TREATMENT = "lifestyle-during-treatment"
    PREGNANCY_AND_BREASTFEEDING = "pregnancy-and-breastfeeding"


@dataclass(frozen=True)
class FlagSpec:
    """What a code means, for the clinician and for the patient."""

    code: FlagCode
    severity: Severity
    title: str
    explanation: str
    patient_explanation: str
    faq_article: FaqArticle
    source: str


@dataclass(frozen=True)
class Flag:
    """One finding on one intake, with the patient's own words that raised it."""

    code: FlagCode
    severity: Severity
    evidence: tuple[str, ...]

    @property
    def spec(self) -> FlagSpec:
        return FLAG_CATALOGUE[self.code]

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def explanation(self) -> str:
        return self.spec.explanation

    @property
    def patient_explanation(self) -> str:
        return self.spec.patient_explanation

    @property
    def faq_article(self) -> str:
        return self.spec.faq_article.value


_INTERACTIONS = FaqArticle.MEDICATION_INTERACTIONS
_RISKS = FaqArticle.RISKS_AND_SIDE_EFFECTS
_LIFESTYLE = FaqArticle.LIFESTYLE_DURING_TREATMENT
_PREGNANCY = FaqArticle.PREGNANCY_AND_BREASTFEEDING

_SPECS = (
    FlagSpec(
        FlagCode.SUICIDAL_IDEATION,
        Severity.URGENT,
        "Current thoughts of suicide or self-harm",
        "The patient reports current thoughts of suicide or self-harm. Contact them today to "
        "assess risk and agree a safety plan before anything else in this intake.",
        "Thank you for telling us. A member of our clinical team will contact you soon to talk "
        "with you. If you feel unsafe right now, call 988 (Suicide & Crisis Lifeline) or 911.",
        FaqArticle.CONDITIONS_TREATED,
        "Spravato label, boxed warning (suicidal thoughts and behaviours); clinic FAQ, "
        "Conditions treated (suicidal ideation)",
    ),
    FlagSpec(
        FlagCode.SUICIDAL_IDEATION_UNDISCLOSED,
        Severity.HIGH,
        "Did not say whether they have thoughts of suicide",
        "The patient preferred not to say whether they have thoughts of suicide or self-harm. "
        "Ask them directly at the first contact.",
        "That is fine. We will ask how you are feeling when we speak, so we can support you. "
        "If you feel unsafe right now, call 988 (Suicide & Crisis Lifeline) or 911.",
        FaqArticle.CONDITIONS_TREATED,
        "Spravato label, boxed warning",
    ),
    FlagSpec(
        FlagCode.MAOI,
        Severity.HIGH,
        "MAOI taken now or stopped within 14 days",
        "An MAO inhibitor (including selegiline patches, linezolid and methylene blue) is taken "
        "now or was stopped within the last 14 days. Ketamine with an MAOI can raise blood "
        "pressure sharply; confirm the stop date and the wash-out with the prescriber.",
        "One of your medicines needs to be stopped for a while before ketamine, and only with "
        "your prescriber's advice. Please keep taking it until we have spoken with you.",
        _INTERACTIONS,
        "Clinic FAQ, Medication interactions 1; Spravato label 7 (MAOIs: monitor blood pressure)",
    ),
    FlagSpec(
        FlagCode.BENZODIAZEPINE,
        Severity.MODERATE,
        "Benzodiazepine taken",
        "A benzodiazepine is taken. It may blunt ketamine's effect and adds to sedation and "
        "breathing depression; plan the timing of doses around infusions with the prescriber.",
        "Some anxiety and sleep medicines can make ketamine work less well. We will talk with "
        "you about timing; please do not stop or change them on your own.",
        _INTERACTIONS,
        "Clinic FAQ, Medication interactions 2; Ketalar label 7 (CNS depressants); Frye et al., "
        "J Clin Psychopharmacol 2015 (attenuated response)",
    ),
    FlagSpec(
        FlagCode.OPIOID,
        Severity.HIGH,
        "Opioid taken",
        "An opioid (including buprenorphine, tramadol and codeine products) is taken. Together "
        "with ketamine it increases the risk of sedation and respiratory depression; the dose "
        "may need adjusting and monitoring planned.",
        "Some pain medicines affect breathing together with ketamine. Our team will plan your "
        "treatment with this in mind; please keep taking them as prescribed.",
        _INTERACTIONS,
        "Clinic FAQ, Medication interactions 3; Ketalar label 7 (opioid analgesics)",
    ),
    FlagSpec(
        FlagCode.NMDA_ANTAGONIST,
        Severity.MODERATE,
        "Another NMDA receptor antagonist taken",
        "Another NMDA receptor antagonist (memantine, amantadine, dextromethorphan including "
        "cough and cold products, esketamine, nitrous oxide) is taken; the combined effect "
        "increases the risk of adverse effects.",
        "One of your medicines works in a similar way to ketamine. We will check with you "
        "whether to pause it around your infusions.",
        _INTERACTIONS,
        "Clinic FAQ, Medication interactions 4; Namenda, Nuedexta and Spravato labels",
    ),
    FlagSpec(
        FlagCode.KETAMINE_IN_USE,
        Severity.HIGH,
        "Already taking ketamine or esketamine",
        "The patient lists ketamine or esketamine (Spravato) among current medicines. Confirm "
        "who prescribes it, the dose and the schedule before planning infusions.",
        "You told us you already take ketamine or esketamine. We will talk with you and your "
        "prescriber so your treatments fit together safely.",
        _INTERACTIONS,
        "Ketalar label (drug abuse and dependence); Spravato label (REMS)",
    ),
    FlagSpec(
        FlagCode.UNRECOGNISED_MEDICATION,
        Severity.MODERATE,
        "Medication not identified",
        "A medication line could not be identified automatically, or names a kind of medicine "
        "or a product whose formulations differ. Check it by hand: it may be an interacting "
        "drug.",
        "We could not match one of your medicines to our list. That is common; a member of our "
        "team will check it with you.",
        _INTERACTIONS,
        "Clinic FAQ, Medication interactions (a complete medication list is needed)",
    ),
    FlagSpec(
        FlagCode.ALCOHOL,
        Severity.HIGH,
        "Regular or heavy alcohol use",
        "The patient drinks alcohol most days or heavily. Alcohol adds to ketamine's sedation, "
        "may reduce its benefit and heavy use affects the liver; discuss use around infusions.",
        "Alcohol can interact with ketamine. We will talk with you about avoiding it around your "
        "treatment days.",
        _LIFESTYLE,
        "Clinic FAQ, Lifestyle during treatment 2; Spravato label 7 (CNS depressants)",
    ),
    FlagSpec(
        FlagCode.RECREATIONAL_DRUGS,
        Severity.HIGH,
        "Current recreational drug use",
        "The patient currently uses recreational drugs. They may interact with ketamine and "
        "affect safety and benefit; ask which, how often and when last used.",
        "Some recreational drugs interact with ketamine. We will talk this through with you in "
        "confidence.",
        _LIFESTYLE,
        "Clinic FAQ, Lifestyle during treatment 2",
    ),
    FlagSpec(
        FlagCode.SUBSTANCE_USE_HISTORY,
        Severity.HIGH,
        "History of substance misuse",
        "The patient reports a history of substance misuse or addiction, or mentions ketamine "
        "use outside treatment. Ketamine can be misused; assess the history and relapse risk.",
        "Thank you for being open with us. We ask everyone about this so that we can support "
        "you well during treatment.",
        _RISKS,
        "Clinic FAQ, Risks and side effects 4; Ketalar label (drug abuse and dependence, "
        "Schedule III); Sanacora et al., JAMA Psychiatry 2017 (consensus statement)",
    ),
    FlagSpec(
        FlagCode.CARDIOVASCULAR,
        Severity.HIGH,
        "Heart or blood vessel condition",
        "Heart disease, high blood pressure, an aneurysm, a stroke or bleeding in the brain. "
        "Ketamine raises blood pressure and heart rate; aneurysmal vascular disease and a "
        "history of intracerebral haemorrhage are contraindications for esketamine.",
        "Ketamine can raise blood pressure for a short time. We will check your heart health "
        "and blood pressure with you before treatment.",
        _RISKS,
        "Clinic FAQ, Risks and side effects 2; Ketalar label (contraindication: when a rise in "
        "blood pressure is a serious hazard); Spravato label 4 (contraindications)",
    ),
    FlagSpec(
        FlagCode.RESPIRATORY,
        Severity.MODERATE,
        "Lung or breathing condition",
        "Lung disease, sleep apnoea or other breathing problems. Ketamine can depress breathing "
        "at higher doses, more so with other sedatives; plan monitoring.",
        "We monitor breathing during every infusion. We will ask a little more about your "
        "breathing so we can plan your care.",
        _RISKS,
        "Clinic FAQ, Risks and side effects 3; Ketalar label 5 (respiratory depression)",
    ),
    FlagSpec(
        FlagCode.BLADDER,
        Severity.MODERATE,
        "Bladder or urinary problems",
        "Bladder or urinary tract problems. Ketamine is associated with cystitis and other "
        "lower urinary tract problems; record a baseline and ask about symptoms at each visit.",
        "Ketamine can occasionally affect the bladder. We will note how things are now so that "
        "we can look after you during treatment.",
        _RISKS,
        "Clinic FAQ, Risks and side effects 8; Spravato label 5 (ulcerative or interstitial "
        "cystitis)",
    ),
    FlagSpec(
        FlagCode.LIVER,
        Severity.MODERATE,
        "Liver disease",
        "Liver disease. Ketamine is cleared by the liver and repeated use has been linked to "
        "liver injury; severe hepatic dysfunction is a contraindication in the chronic pain "
        "consensus guidelines.",
        "Your liver helps clear ketamine from your body. We will ask a little more about your "
        "liver health.",
        _RISKS,
        "Cohen et al., Reg Anesth Pain Med 2018 (ASRA/AAPM/ASA consensus on IV ketamine for "
        "chronic pain); Ketalar label 5 (hepatobiliary)",
    ),
    FlagSpec(
        FlagCode.KETAMINE_ALLERGY,
        Severity.HIGH,
        "Previous reaction to ketamine or anaesthesia",
        "A previous allergic or severe reaction to ketamine or to an anaesthetic. Known "
        "hypersensitivity to ketamine is a contraindication; find out what happened.",
        "You told us about a previous reaction. We will ask you about it so we can keep you safe.",
        _RISKS,
        "Clinic FAQ, Risks and side effects 9; Ketalar and Spravato labels (contraindication: "
        "hypersensitivity)",
    ),
    FlagSpec(
        FlagCode.PSYCHOSIS_HISTORY,
        Severity.HIGH,
        "Psychosis, schizophrenia or mania in the past",
        "A history of psychosis, schizophrenia or mania (or bipolar disorder). Ketamine can "
        "cause dissociation and perceptual changes and may worsen psychosis; active psychosis "
        "is a contraindication in consensus guidance.",
        "Ketamine can change how things feel for a short time. We will ask about your history "
        "so we can make sure this treatment is right for you.",
        _RISKS,
        "Clinic FAQ, Risks and side effects 1; Sanacora et al., JAMA Psychiatry 2017; Cohen et "
        "al., Reg Anesth Pain Med 2018",
    ),
    FlagSpec(
        FlagCode.RAISED_PRESSURE,
        Severity.MODERATE,
        "Glaucoma, recent head injury or raised pressure in the skull",
        "Glaucoma or raised eye pressure, a recent head injury or raised intracranial pressure. "
        "Ketamine can raise these pressures; elevated intracranial and intraocular pressure are "
        "listed contraindications in the chronic pain consensus guidelines.",
        "Ketamine can briefly raise pressure in the eyes or head. We will ask a few questions "
        "to check it is safe for you.",
        _RISKS,
        "Cohen et al., Reg Anesth Pain Med 2018; Ketalar label (intraocular pressure)",
    ),
    FlagSpec(
        FlagCode.PREGNANCY,
        Severity.HIGH,
        "Pregnant, possibly pregnant or trying to conceive",
        "The patient is pregnant, may be pregnant or is trying to become pregnant. Ketamine is "
        "not recommended in pregnancy; discuss alternatives and a pregnancy test.",
        "Ketamine is not usually recommended during pregnancy. We will talk with you about the "
        "options that are safest for you.",
        _PREGNANCY,
        "Clinic FAQ, Pregnancy and breastfeeding; Spravato label 8.1 (embryo-fetal toxicity)",
    ),
    FlagSpec(
        FlagCode.PREGNANCY_UNDISCLOSED,
        Severity.MODERATE,
        "Did not say whether they could be pregnant",
        "The patient preferred not to say whether they are or could be pregnant. Ask in "
        "private before treatment.",
        "That is fine. We will ask about this privately before any treatment, because ketamine "
        "is not usually recommended during pregnancy.",
        _PREGNANCY,
        "Clinic FAQ, Pregnancy and breastfeeding",
    ),
    FlagSpec(
        FlagCode.BREASTFEEDING,
        Severity.MODERATE,
        "Breastfeeding",
        "The patient is breastfeeding. Ketamine passes into breast milk; treatment is "
        "generally discouraged and needs a plan agreed with the physician.",
        "Ketamine can pass into breast milk. We will talk with you about what that means and "
        "the choices you have.",
        _PREGNANCY,
        "Clinic FAQ, Pregnancy and breastfeeding; Spravato label 8.2 (lactation)",
    ),
    FlagSpec(
        FlagCode.BREASTFEEDING_UNDISCLOSED,
        Severity.LOW,
        "Did not say whether they are breastfeeding",
        "The patient preferred not to say whether they are breastfeeding. Ask in private.",
        "That is fine. We will ask about this privately, because ketamine can pass into breast "
        "milk.",
        _PREGNANCY,
        "Clinic FAQ, Pregnancy and breastfeeding",
    ),
    FlagSpec(
        FlagCode.NO_ESCORT,
        Severity.MODERATE,
        "No one to take them home",
        "No one can take the patient home after an infusion (or they are not sure yet). They "
        "must not drive that day; arrange an escort or transport before booking.",
        "You must not drive on the day of an infusion. We can help you think about how to get "
        "home safely.",
        _LIFESTYLE,
        "Clinic FAQ, Lifestyle during treatment 12 and What it feels like; Spravato label 5 "
        "(impaired ability to drive)",
    ),
    FlagSpec(
        FlagCode.DRIVING_NOT_AGREED,
        Severity.MODERATE,
        "Has not agreed not to drive",
        "The patient did not confirm that they will not drive on the day of an infusion. "
        "Discuss before booking.",
        "For your safety, you must not drive on the day of an infusion, even if you feel fine. "
        "We will talk this through with you.",
        _LIFESTYLE,
        "Clinic FAQ, Lifestyle during treatment 12",
    ),
)

FLAG_CATALOGUE: Mapping[FlagCode, FlagSpec] = MappingProxyType({spec.code: spec for spec in _SPECS})
# Every code, in catalogue order (most severe concerns first), for filters and listings.
FLAG_CODES: tuple[FlagCode, ...] = tuple(FLAG_CATALOGUE)

"""The curated, reviewed part of the medication vocabulary.

General recognition comes from the drug dictionary shipped by the `drug-named-entity-recognition`
package (see `intake.screening.dictionary`). That dictionary decides nothing clinical: the classes
that matter for ketamine (the clinic FAQ, "Medication interactions" 1-4, plus ketamine itself)
are decided only by the tables below, one entry per ingredient or product, each with its source.
A change here changes what screening raises, so it goes with a new `RULES_VERSION`.

Sources are cited by short name:

- FAQ: the clinic's FAQ, section "Medication interactions" (numbered 1 MAOIs, 2 benzodiazepines,
  3 opioids, 4 other NMDA receptor antagonists).
- Label: the US prescribing information of the named product (DailyMed).
- DEA: DEA Drug Fact Sheets (Benzodiazepines; Narcotics/Opioids), 2022 edition.
- CDC 2022: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022.
- ODS: NIH Office of Dietary Supplements fact sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DrugClass(StrEnum):
    """Classes screening acts on; a medication outside them has no class."""

    MAOI = "maoi"
    BENZODIAZEPINE = "benzodiazepine"
    OPIOID = "opioid"
    NMDA_ANTAGONIST = "nmda_antagonist"
    KETAMINE = "ketamine"
    SUPPLEMENT = "supplement"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]


_CLASS_LABELS = {
    DrugClass.MAOI: "MAOI",
    DrugClass.BENZODIAZEPINE: "benzodiazepine",
    DrugClass.OPIOID: "opioid",
    DrugClass.NMDA_ANTAGONIST: "NMDA receptor antagonist",
    DrugClass.KETAMINE: "ketamine",
    DrugClass.SUPPLEMENT: "supplement",
}

INTERACTING_CLASSES = frozenset(
    {
        DrugClass.MAOI,
        DrugClass.BENZODIAZEPINE,
        DrugClass.OPIOID,
        DrugClass.NMDA_ANTAGONIST,
        DrugClass.KETAMINE,
    }
)


@dataclass(frozen=True)
class Ingredient:
    """An ingredient in a class screening acts on, with the names that mean it alone."""

    name: str
    classes: tuple[DrugClass, ...]
    names: tuple[str, ...]
    source: str
    suggest: bool = True  # offered by the autocomplete (street names are recognised, not offered)


@dataclass(frozen=True)
class Product:
    """A product name that means a fixed set of ingredients (combinations, OTC brands)."""

    names: tuple[str, ...]
    ingredients: tuple[str, ...]
    source: str
    suggest: bool = True


MAOI = (DrugClass.MAOI,)
BZD = (DrugClass.BENZODIAZEPINE,)
OPI = (DrugClass.OPIOID,)
NMDA = (DrugClass.NMDA_ANTAGONIST,)

# Each ingredient lists its generic name first, then brands and synonyms meaning it alone.
INGREDIENTS: tuple[Ingredient, ...] = (
    # --- MAOIs (FAQ 1) ---
    Ingredient("phenelzine", MAOI, ("phenelzine", "nardil"), "FAQ 1; Nardil label"),
    Ingredient("tranylcypromine", MAOI, ("tranylcypromine", "parnate"), "FAQ 1; Parnate label"),
    Ingredient("isocarboxazid", MAOI, ("isocarboxazid", "marplan"), "FAQ 1; Marplan label"),
    Ingredient(
        "selegiline",
        MAOI,
        (
            "selegiline",
            "emsam",
            "zelapar",
            "eldepryl",
            "carbex",
            "deprenyl",
            "l deprenyl",
            "selegiline patch",
            "selegiline transdermal",
        ),
        "FAQ 1; Emsam, Zelapar and Eldepryl labels (MAO-B selective only at low doses)",
    ),
    Ingredient(
        "rasagiline", MAOI, ("rasagiline", "azilect"), "FAQ 1; Azilect label (MAO-B inhibitor)"
    ),
    Ingredient(
        "safinamide", MAOI, ("safinamide", "xadago"), "FAQ 1; Xadago label (MAO-B inhibitor)"
    ),
    Ingredient(
        "moclobemide",
        MAOI,
        ("moclobemide", "manerix", "aurorix"),
        "FAQ 1; reversible MAO-A inhibitor (Canadian monograph, Manerix)",
    ),
    Ingredient(
        "procarbazine", MAOI, ("procarbazine", "matulane"), "FAQ 1; Matulane label (MAO inhibition)"
    ),
    Ingredient(
        "linezolid",
        MAOI,
        ("linezolid", "zyvox"),
        "FAQ 1; Zyvox label 5.5 (reversible, nonselective MAOI)",
    ),
    Ingredient(
        "methylene blue",
        MAOI,
        ("methylene blue", "provayblue", "methylthioninium chloride", "methylthioninium"),
        "FAQ 1; ProvayBlue label, boxed warning (potent reversible MAO-A inhibitor)",
    ),
    Ingredient(
        "maoi (unspecified)",
        MAOI,
        ("maoi", "maois", "mao inhibitor", "mao inhibitors", "monoamine oxidase inhibitor"),
        "FAQ 1: the class named without a drug",
    ),
    # --- Benzodiazepines (FAQ 2) ---
    Ingredient(
        "alprazolam",
        BZD,
        ("alprazolam", "xanax", "xanax xr", "niravam", "alprazolam intensol"),
        "FAQ 2; DEA; Xanax label",
    ),
    Ingredient(
        "clonazepam",
        BZD,
        ("clonazepam", "klonopin", "klonopin wafer", "rivotril"),
        "FAQ 2; DEA; Klonopin label",
    ),
    Ingredient(
        "lorazepam", BZD, ("lorazepam", "ativan", "loreev", "loreev xr"), "FAQ 2; DEA; Ativan label"
    ),
    Ingredient(
        "diazepam",
        BZD,
        ("diazepam", "valium", "diastat", "valtoco", "libervant"),
        "FAQ 2; DEA; Valium label",
    ),
    Ingredient("temazepam", BZD, ("temazepam", "restoril"), "FAQ 2; DEA; Restoril label"),
    Ingredient(
        "chlordiazepoxide", BZD, ("chlordiazepoxide", "librium"), "FAQ 2; DEA; Librium label"
    ),
    Ingredient(
        "clorazepate",
        BZD,
        ("clorazepate", "tranxene", "tranxene t tab"),
        "FAQ 2; DEA; Tranxene label",
    ),
    Ingredient("oxazepam", BZD, ("oxazepam", "serax"), "FAQ 2; DEA; oxazepam label"),
    Ingredient("triazolam", BZD, ("triazolam", "halcion"), "FAQ 2; DEA; Halcion label"),
    Ingredient(
        "midazolam",
        BZD,
        ("midazolam", "versed", "nayzilam", "seizalam"),
        "FAQ 2; DEA; Nayzilam label",
    ),
    Ingredient("estazolam", BZD, ("estazolam", "prosom"), "FAQ 2; DEA; estazolam label"),
    Ingredient("flurazepam", BZD, ("flurazepam", "dalmane"), "FAQ 2; DEA; flurazepam label"),
    Ingredient("quazepam", BZD, ("quazepam", "doral"), "FAQ 2; DEA; Doral label"),
    Ingredient("clobazam", BZD, ("clobazam", "onfi", "sympazan"), "FAQ 2; Onfi label"),
    Ingredient("remimazolam", BZD, ("remimazolam", "byfavo"), "FAQ 2; Byfavo label"),
    Ingredient(
        "bromazepam",
        BZD,
        ("bromazepam", "lexotan", "lectopam"),
        "FAQ 2; benzodiazepine marketed outside the US",
    ),
    Ingredient(
        "nitrazepam",
        BZD,
        ("nitrazepam", "mogadon"),
        "FAQ 2; benzodiazepine marketed outside the US",
    ),
    Ingredient(
        "flunitrazepam",
        BZD,
        ("flunitrazepam", "rohypnol"),
        "FAQ 2; DEA (Schedule IV internationally)",
    ),
    Ingredient(
        "lormetazepam", BZD, ("lormetazepam",), "FAQ 2; benzodiazepine marketed outside the US"
    ),
    Ingredient(
        "etizolam",
        BZD,
        ("etizolam",),
        "FAQ 2; thienodiazepine acting as a benzodiazepine (DEA, 2022 scheduling notice)",
    ),
    Ingredient(
        "alprazolam",
        BZD,
        ("xans", "xannies", "xanax bars", "zannies"),
        "FAQ 2; DEA Drug Slang Code Words (2018)",
        suggest=False,
    ),
    Ingredient(
        "benzodiazepine (unspecified)",
        BZD,
        ("benzo", "benzos", "benzodiazepine", "benzodiazepines"),
        "FAQ 2: the class named without a drug",
    ),
    # --- Opioids, full and partial agonists (FAQ 3) ---
    Ingredient(
        "morphine",
        OPI,
        (
            "morphine",
            "morphine sulfate",
            "ms contin",
            "kadian",
            "arymo",
            "morphabond",
            "roxanol",
            "duramorph",
            "infumorph",
            "mitigo",
            "oramorph",
        ),
        "FAQ 3; CDC 2022; MS Contin label",
    ),
    Ingredient(
        "codeine",
        OPI,
        ("codeine", "codeine sulfate", "codeine phosphate"),
        "FAQ 3; CDC 2022; codeine label",
    ),
    Ingredient(
        "hydrocodone",
        OPI,
        ("hydrocodone", "hysingla", "hysingla er", "zohydro", "zohydro er", "vantrela"),
        "FAQ 3; CDC 2022; Hysingla ER label",
    ),
    Ingredient(
        "benzhydrocodone", OPI, ("benzhydrocodone",), "FAQ 3; Apadaz label (prodrug of hydrocodone)"
    ),
    Ingredient(
        "oxycodone",
        OPI,
        (
            "oxycodone",
            "oxycontin",
            "roxicodone",
            "oxaydo",
            "xtampza",
            "xtampza er",
            "roxybond",
            "oxyir",
            "oxy ir",
            "oxycodone hcl",
        ),
        "FAQ 3; CDC 2022; OxyContin label",
    ),
    Ingredient(
        "hydromorphone",
        OPI,
        ("hydromorphone", "dilaudid", "exalgo"),
        "FAQ 3; CDC 2022; Dilaudid label",
    ),
    Ingredient(
        "oxymorphone", OPI, ("oxymorphone", "opana", "opana er"), "FAQ 3; CDC 2022; Opana label"
    ),
    Ingredient(
        "fentanyl",
        OPI,
        (
            "fentanyl",
            "duragesic",
            "actiq",
            "fentora",
            "subsys",
            "lazanda",
            "abstral",
            "sublimaze",
            "fentanyl patch",
        ),
        "FAQ 3; CDC 2022; Duragesic label",
    ),
    Ingredient("sufentanil", OPI, ("sufentanil", "dsuvia"), "FAQ 3; Dsuvia label"),
    Ingredient("remifentanil", OPI, ("remifentanil", "ultiva"), "FAQ 3; Ultiva label"),
    Ingredient("alfentanil", OPI, ("alfentanil", "alfenta"), "FAQ 3; alfentanil label"),
    Ingredient(
        "methadone",
        OPI,
        ("methadone", "dolophine", "methadose", "diskets"),
        "FAQ 3; CDC 2022; Dolophine label",
    ),
    Ingredient(
        "buprenorphine",
        OPI,
        (
            "buprenorphine",
            "subutex",
            "butrans",
            "belbuca",
            "sublocade",
            "brixadi",
            "buprenex",
            "buprenorphine patch",
        ),
        "FAQ 3; partial agonist: Butrans, Belbuca and Sublocade labels",
    ),
    Ingredient(
        "tramadol",
        OPI,
        ("tramadol", "ultram", "ultram er", "conzip", "qdolo"),
        "FAQ 3; CDC 2022; Ultram label",
    ),
    Ingredient(
        "tapentadol", OPI, ("tapentadol", "nucynta", "nucynta er"), "FAQ 3; CDC 2022; Nucynta label"
    ),
    Ingredient(
        "meperidine", OPI, ("meperidine", "pethidine", "demerol"), "FAQ 3; CDC 2022; Demerol label"
    ),
    Ingredient("levorphanol", OPI, ("levorphanol",), "FAQ 3; levorphanol label"),
    Ingredient(
        "pentazocine",
        OPI,
        ("pentazocine", "talwin"),
        "FAQ 3; mixed agonist-antagonist, pentazocine label",
    ),
    Ingredient(
        "butorphanol",
        OPI,
        ("butorphanol", "stadol"),
        "FAQ 3; mixed agonist-antagonist, butorphanol label",
    ),
    Ingredient(
        "nalbuphine",
        OPI,
        ("nalbuphine", "nubain"),
        "FAQ 3; mixed agonist-antagonist, nalbuphine label",
    ),
    Ingredient("dihydrocodeine", OPI, ("dihydrocodeine",), "FAQ 3; Synalgos-DC label"),
    Ingredient("oliceridine", OPI, ("oliceridine", "olinvyk"), "FAQ 3; Olinvyk label"),
    Ingredient(
        "propoxyphene",
        OPI,
        ("propoxyphene", "dextropropoxyphene", "darvon"),
        "FAQ 3; Darvon label (withdrawn 2010, may still be listed)",
    ),
    Ingredient(
        "ethylmorphine",
        OPI,
        ("ethylmorphine",),
        "FAQ 3; opioid antitussive marketed outside the US",
    ),
    Ingredient("tilidine", OPI, ("tilidine",), "FAQ 3; opioid marketed outside the US"),
    Ingredient(
        "opium", OPI, ("opium", "opium tincture", "paregoric", "laudanum"), "FAQ 3; paregoric label"
    ),
    Ingredient(
        "heroin",
        OPI,
        ("heroin", "diamorphine", "diacetylmorphine"),
        "FAQ 3; DEA Narcotics fact sheet",
    ),
    Ingredient(
        "mitragynine (kratom)",
        OPI,
        ("kratom", "mitragynine"),
        "FAQ 3; FDA statement on kratom's opioid properties (2018)",
    ),
    # Street names for prescription opioids (DEA Drug Slang Code Words, 2018).
    Ingredient(
        "oxycodone",
        OPI,
        ("oxy", "oxys", "roxy", "roxys", "roxies", "percs", "perc", "percs 30"),
        "FAQ 3; DEA Drug Slang Code Words (2018)",
        suggest=False,
    ),
    Ingredient(
        "opioid (unspecified)",
        OPI,
        ("opioid", "opioids", "opiate", "opiates", "narcotic", "narcotics"),
        "FAQ 3: the class named without a drug",
    ),
    # --- Other NMDA receptor antagonists (FAQ 4) ---
    Ingredient(
        "memantine",
        NMDA,
        ("memantine", "namenda", "namenda xr"),
        "FAQ 4; Namenda label (NMDA receptor antagonist)",
    ),
    Ingredient(
        "amantadine",
        NMDA,
        ("amantadine", "gocovri", "osmolex", "osmolex er", "symmetrel"),
        "FAQ 4; Gocovri label (NMDA receptor antagonist)",
    ),
    Ingredient(
        "dextromethorphan",
        NMDA,
        ("dextromethorphan", "dxm", "delsym", "benylin dm", "vicks 44", "vicks formula 44"),
        "FAQ 4; Nuedexta and Auvelity labels (uncompetitive NMDA antagonist)",
    ),
    Ingredient(
        "nitrous oxide",
        NMDA,
        ("nitrous oxide", "laughing gas", "nitrous"),
        "FAQ 4; NMDA antagonist (Jevtovic-Todorovic et al., Nat Med 1998)",
    ),
    Ingredient(
        "esketamine",
        (DrugClass.NMDA_ANTAGONIST, DrugClass.KETAMINE),
        ("esketamine", "spravato", "s ketamine"),
        "FAQ 4; Spravato label (NMDA receptor antagonist, the S-enantiomer of ketamine)",
    ),
    # --- Ketamine itself ---
    Ingredient(
        "ketamine",
        (DrugClass.KETAMINE,),
        ("ketamine", "ketalar", "ketamine hcl", "ketamine hydrochloride"),
        "Ketalar label; FAQ 'What is ketamine infusion therapy'",
    ),
)

# Combination and branded products, mapped to every ingredient.
PRODUCTS: tuple[Product, ...] = (
    # Opioid combinations (FAQ 3; each product's US label).
    Product(
        (
            "percocet",
            "endocet",
            "roxicet",
            "primlev",
            "nalocet",
            "prolate",
            "tylox",
            "xartemis xr",
            "oxycodone acetaminophen",
            "oxycodone apap",
        ),
        ("oxycodone", "acetaminophen"),
        "FAQ 3; Percocet label",
    ),
    Product(
        ("percodan", "endodan", "oxycodone aspirin"),
        ("oxycodone", "aspirin"),
        "FAQ 3; Percodan label",
    ),
    Product(("combunox",), ("oxycodone", "ibuprofen"), "FAQ 3; Combunox label"),
    Product(
        (
            "norco",
            "vicodin",
            "vicodin es",
            "vicodin hp",
            "lortab",
            "lorcet",
            "lorcet plus",
            "lorcet hd",
            "xodol",
            "verdrocet",
            "hycet",
            "zamicet",
            "zydone",
            "anexsia",
            "co gesic",
            "hydrocodone acetaminophen",
            "hydrocodone apap",
        ),
        ("hydrocodone", "acetaminophen"),
        "FAQ 3; Norco label",
    ),
    Product(
        ("vicoprofen", "reprexain", "ibudone", "xylon", "hydrocodone ibuprofen"),
        ("hydrocodone", "ibuprofen"),
        "FAQ 3; Vicoprofen label",
    ),
    Product(
        ("tussionex", "tussicaps"), ("hydrocodone", "chlorpheniramine"), "FAQ 3; Tussionex label"
    ),
    Product(
        ("hycodan", "hydromet", "tussigon"), ("hydrocodone", "homatropine"), "FAQ 3; Hycodan label"
    ),
    Product(("apadaz",), ("benzhydrocodone", "acetaminophen"), "FAQ 3; Apadaz label"),
    Product(
        (
            "tylenol 3",
            "tylenol # 3",
            "tylenol no 3",
            "tylenol 4",
            "tylenol # 4",
            "tylenol no 4",
            "tylenol with codeine",
            "tylenol codeine",
            "acetaminophen with codeine",
            "acetaminophen codeine",
            "apap codeine",
            "apap with codeine",
            "co codamol",
            "panadeine",
        ),
        ("acetaminophen", "codeine"),
        "FAQ 3; Tylenol with Codeine label",
    ),
    Product(("co dydramol",), ("acetaminophen", "dihydrocodeine"), "FAQ 3; co-dydramol (UK SmPC)"),
    Product(
        ("fioricet with codeine", "fioricet codeine"),
        ("butalbital", "acetaminophen", "caffeine", "codeine"),
        "FAQ 3; Fioricet with Codeine label",
    ),
    Product(
        ("fiorinal with codeine", "fiorinal codeine", "ascomp with codeine"),
        ("butalbital", "aspirin", "caffeine", "codeine"),
        "FAQ 3; Fiorinal with Codeine label",
    ),
    Product(
        ("tuzistra", "tuzistra xr", "tuxarin", "tuxarin er"),
        ("codeine", "chlorpheniramine"),
        "FAQ 3; Tuzistra XR label",
    ),
    Product(
        (
            "promethazine with codeine",
            "promethazine codeine",
            "phenergan with codeine",
            "phenergan codeine",
        ),
        ("promethazine", "codeine"),
        "FAQ 3; promethazine and codeine oral solution label",
    ),
    Product(
        ("lean", "purple drank", "sizzurp"),
        ("promethazine", "codeine"),
        "FAQ 3; DEA Drug Slang Code Words (2018)",
        suggest=False,
    ),
    Product(
        ("promethazine vc with codeine", "promethazine vc codeine"),
        ("promethazine", "phenylephrine", "codeine"),
        "FAQ 3; Promethazine VC with Codeine label",
    ),
    Product(
        (
            "guaifenesin with codeine",
            "guaifenesin codeine",
            "robitussin ac",
            "cheratussin ac",
            "cheratussin",
            "virtussin ac",
            "tussi organidin",
        ),
        ("guaifenesin", "codeine"),
        "FAQ 3; guaifenesin and codeine oral solution label",
    ),
    Product(
        ("synalgos dc",), ("dihydrocodeine", "aspirin", "caffeine"), "FAQ 3; Synalgos-DC label"
    ),
    Product(("trezix",), ("acetaminophen", "caffeine", "dihydrocodeine"), "FAQ 3; Trezix label"),
    Product(
        ("ultracet", "tramadol acetaminophen"),
        ("tramadol", "acetaminophen"),
        "FAQ 3; Ultracet label",
    ),
    Product(("seglentis",), ("celecoxib", "tramadol"), "FAQ 3; Seglentis label"),
    Product(
        ("suboxone", "zubsolv", "bunavail", "cassipa", "buprenorphine naloxone"),
        ("buprenorphine", "naloxone"),
        "FAQ 3; Suboxone label (partial agonist with an antagonist)",
    ),
    Product(
        ("darvocet", "darvocet n"),
        ("propoxyphene", "acetaminophen"),
        "FAQ 3; Darvocet label (withdrawn 2010)",
    ),
    Product(("talwin nx",), ("pentazocine", "naloxone"), "FAQ 3; Talwin NX label"),
    # Benzodiazepine combinations (FAQ 2).
    Product(("librax",), ("chlordiazepoxide", "clidinium"), "FAQ 2; Librax label"),
    Product(("limbitrol",), ("chlordiazepoxide", "amitriptyline"), "FAQ 2; Limbitrol label"),
    # NMDA receptor antagonist combinations and cough and cold products (FAQ 4).
    Product(("namzaric",), ("memantine", "donepezil"), "FAQ 4; Namzaric label"),
    Product(("nuedexta",), ("dextromethorphan", "quinidine"), "FAQ 4; Nuedexta label"),
    Product(("auvelity",), ("dextromethorphan", "bupropion"), "FAQ 4; Auvelity label"),
    Product(
        (
            "robitussin dm",
            "mucinex dm",
            "tussin dm",
            "guaifenesin dm",
            "guaifenesin dextromethorphan",
            "tussin cough dm",
            "robitussin cough chest congestion dm",
        ),
        ("guaifenesin", "dextromethorphan"),
        "FAQ 4; Robitussin DM and Mucinex DM drug facts",
    ),
    Product(
        ("nyquil", "nyquil cold and flu", "nyquil severe", "vicks nyquil"),
        ("acetaminophen", "dextromethorphan", "doxylamine"),
        "FAQ 4; Vicks NyQuil Cold & Flu drug facts",
    ),
    Product(
        ("dayquil", "dayquil cold and flu", "dayquil severe", "vicks dayquil"),
        ("acetaminophen", "dextromethorphan", "phenylephrine"),
        "FAQ 4; Vicks DayQuil Cold & Flu drug facts",
    ),
    Product(
        ("dimetapp dm", "dimetapp cold and cough"),
        ("brompheniramine", "dextromethorphan", "phenylephrine"),
        "FAQ 4; Children's Dimetapp Cold & Cough drug facts",
    ),
    Product(
        ("coricidin hbp cough and cold", "coricidin cough and cold"),
        ("chlorpheniramine", "dextromethorphan"),
        "FAQ 4; Coricidin HBP Cough & Cold drug facts",
    ),
    Product(("entonox",), ("nitrous oxide", "oxygen"), "FAQ 4; Entonox (UK SmPC)"),
    # MAOI-containing urinary antiseptic (FAQ 1).
    Product(
        ("uribel", "urelle"),
        ("methenamine", "sodium phosphate", "phenyl salicylate", "methylene blue", "hyoscyamine"),
        "FAQ 1; Uribel label (contains methylene blue)",
    ),
    # Look-alikes of interacting products that contain none of the classes (labels' drug facts).
    Product(
        ("tylenol pm", "tylenol simply sleep"),
        ("acetaminophen", "diphenhydramine"),
        "Tylenol PM drug facts (no interacting ingredient)",
    ),
    Product(
        ("advil pm", "motrin pm"),
        ("ibuprofen", "diphenhydramine"),
        "Advil PM drug facts (no interacting ingredient)",
    ),
    Product(
        ("contrave",), ("naltrexone", "bupropion"), "Contrave label (no interacting ingredient)"
    ),
)

# Names whose formulations differ in exactly the way that matters (some contain dextromethorphan
# or codeine, some do not). Read as "check by hand", never guessed.
CHECK_FORMULATION: dict[str, str] = {
    "coricidin": "some Coricidin products contain dextromethorphan",
    "coricidin hbp": "some Coricidin HBP products contain dextromethorphan",
    "theraflu": "some Theraflu products contain dextromethorphan",
    "triaminic": "some Triaminic products contain dextromethorphan",
    "tylenol cold": "some Tylenol Cold products contain dextromethorphan",
    "alka seltzer plus": "some Alka-Seltzer Plus products contain dextromethorphan",
    "vicks": "some Vicks products (NyQuil, DayQuil, 44) contain dextromethorphan",
    "cough syrup": "cough syrups may contain dextromethorphan or codeine",
    "cough medicine": "cough medicines may contain dextromethorphan or codeine",
    "cold medicine": "cold medicines may contain dextromethorphan",
    "sleeping pill": "sleeping pills may be benzodiazepines",
    "sleeping pills": "sleeping pills may be benzodiazepines",
    "pain pill": "pain pills may be opioids",
    "pain pills": "pain pills may be opioids",
    "painkiller": "painkillers may be opioids",
    "painkillers": "painkillers may be opioids",
    "pain killer": "painkillers may be opioids",
    "pain killers": "painkillers may be opioids",
    "pain medication": "pain medication may be an opioid",
    "pain meds": "pain medication may be an opioid",
    "antidepressant": "antidepressants include MAOIs",
    "antidepressants": "antidepressants include MAOIs",
    "anxiety medication": "anxiety medication may be a benzodiazepine",
    "anxiety meds": "anxiety medication may be a benzodiazepine",
}

# Supplements, herbals and everyday products the dictionary lacks or names oddly (ODS). None is in
# an interacting class; listing them keeps them from becoming "unrecognised" noise.
SUPPLEMENTS: dict[str, tuple[str, ...]] = {
    "vitamin d": (
        "vitamin d",
        "vitamin d3",
        "vitamin d 3",
        "vitamin d2",
        "vit d",
        "vit d3",
        "d3",
        "cholecalciferol",
    ),
    "vitamin b12": ("vitamin b12", "vit b12", "b12", "b 12", "cyanocobalamin", "methylcobalamin"),
    "vitamin b complex": ("b complex", "vitamin b complex", "b vitamins", "vitamin b"),
    "vitamin b6": ("vitamin b6", "b6", "pyridoxine"),
    "vitamin c": ("vitamin c", "vit c", "ascorbic acid"),
    "vitamin e": ("vitamin e",),
    "vitamin a": ("vitamin a",),
    "vitamin k2": ("vitamin k2", "vitamin k", "k2"),
    "multivitamin": (
        "multivitamin",
        "multivitamins",
        "multi vitamin",
        "multi vitamins",
        "multi",
        "one a day",
        "centrum",
        "prenatal vitamin",
        "prenatal vitamins",
        "prenatals",
        "prenatal",
        "womens multivitamin",
        "mens multivitamin",
        "gummy vitamins",
        "vitamins",
    ),
    "fish oil": (
        "fish oil",
        "omega 3",
        "omega 3s",
        "omega",
        "krill oil",
        "cod liver oil",
        "dha",
        "epa",
    ),
    "magnesium": (
        "magnesium",
        "magnesium glycinate",
        "magnesium citrate",
        "magnesium oxide",
        "magnesium l threonate",
        "mag glycinate",
        "magnesium bisglycinate",
    ),
    "melatonin": ("melatonin",),
    "st john's wort": (
        "st johns wort",
        "saint johns wort",
        "st john wort",
        "st johns wart",
        "hypericum",
    ),
    "ashwagandha": ("ashwagandha", "ashwaganda", "withania"),
    "turmeric": ("turmeric", "curcumin"),
    "probiotic": ("probiotic", "probiotics"),
    "iron": ("iron", "iron supplement", "ferrous sulfate", "ferrous gluconate"),
    "zinc": ("zinc",),
    "calcium": ("calcium", "calcium carbonate", "calcium citrate", "tums"),
    "potassium": ("potassium", "potassium chloride"),
    "coenzyme q10": ("coq10", "coq 10", "co q10", "co q 10", "coenzyme q10", "ubiquinol"),
    "5-htp": ("5 htp", "5htp"),
    "sam-e": ("sam e", "s adenosylmethionine"),
    "l-theanine": ("l theanine", "theanine"),
    "valerian": ("valerian", "valerian root"),
    "kava": ("kava", "kava kava"),
    "cannabidiol": ("cbd", "cbd oil", "cbd gummies", "cannabidiol"),
    "biotin": ("biotin",),
    "folic acid": ("folic acid", "folate", "methylfolate", "l methylfolate", "deplin"),
    "glucosamine": ("glucosamine", "glucosamine chondroitin", "chondroitin"),
    "collagen": ("collagen",),
    "elderberry": ("elderberry", "sambucus"),
    "ginkgo": ("ginkgo", "ginkgo biloba"),
    "ginseng": ("ginseng",),
    "lion's mane": ("lions mane",),
    "creatine": ("creatine",),
    "rhodiola": ("rhodiola",),
    "saffron": ("saffron",),
    "berberine": ("berberine",),
    "fibre supplement": ("psyllium", "metamucil", "fiber", "fibre", "benefiber"),
    "electrolytes": ("electrolytes", "liquid iv"),
    "lavender oil": ("lavender", "lavender oil", "silexan", "lavela"),
    "chamomile": ("chamomile",),
    "passionflower": ("passionflower", "passion flower"),
    "lemon balm": ("lemon balm",),
    "inositol": ("inositol", "myo inositol"),
    "n-acetylcysteine": ("nac", "n acetyl cysteine", "n acetylcysteine"),
    "glycine": ("glycine",),
    "gaba": ("gaba",),
    "l-tryptophan": ("tryptophan", "l tryptophan"),
    "dhea": ("dhea",),
    "echinacea": ("echinacea",),
    "garlic": ("garlic",),
    "milk thistle": ("milk thistle",),
    "black cohosh": ("black cohosh",),
    "evening primrose oil": ("evening primrose oil", "evening primrose"),
    "flaxseed oil": ("flaxseed", "flaxseed oil", "flax oil"),
    "spirulina": ("spirulina",),
    "selenium": ("selenium",),
    "iodine": ("iodine",),
    "thiamine": ("thiamine", "vitamin b1"),
    "niacin": ("niacin", "vitamin b3"),
    "quercetin": ("quercetin",),
    "alpha-lipoic acid": ("alpha lipoic acid",),
    "acetyl-l-carnitine": ("acetyl l carnitine", "l carnitine", "carnitine"),
    "protein powder": ("protein powder", "whey protein"),
    "apple cider vinegar": ("apple cider vinegar",),
    "green tea extract": ("green tea extract",),
}

# Everyday medicines the drug dictionary lacks under the name patients use (checked against it);
# none is in an interacting class. Without them a typo-tolerant reader would drift to the nearest
# known name: "Dilantin" (phenytoin) is one letter from "Dolantin" (pethidine).
OTHER_PRODUCTS: tuple[Product, ...] = (
    Product(
        (
            "birth control",
            "birth control pill",
            "birth control pills",
            "the pill",
            "oral contraceptive",
            "contraceptive pill",
            "mini pill",
            "nexplanon",
            "nuvaring",
            "mirena",
            "depo provera",
            "yaz",
            "yasmin",
            "sprintec",
            "tri sprintec",
            "junel",
            "loestrin",
            "lo loestrin",
        ),
        ("hormonal contraceptive",),
        "product labels",
    ),
    Product(
        (
            "estradiol",
            "oestradiol",
            "estrogen",
            "oestrogen",
            "hrt",
            "estrace",
            "vivelle",
            "climara",
        ),
        ("estradiol",),
        "product labels",
    ),
    Product(("progesterone", "prometrium"), ("progesterone",), "Prometrium label"),
    Product(
        ("testosterone", "trt", "androgel", "testosterone cypionate"),
        ("testosterone",),
        "AndroGel label",
    ),
    Product(("soma",), ("carisoprodol",), "Soma label"),
    Product(("sonata", "zaleplon"), ("zaleplon",), "Sonata label"),
    Product(("quviviq", "daridorexant"), ("daridorexant",), "Quviviq label"),
    Product(("zurzuvae", "zuranolone"), ("zuranolone",), "Zurzuvae label"),
    Product(
        ("insulin", "lantus", "humalog", "novolog", "basaglar", "tresiba", "levemir"),
        ("insulin",),
        "product labels",
    ),
    Product(
        ("medical marijuana", "medical cannabis", "thc"),
        ("cannabis",),
        "not a medicine with a label",
    ),
    Product(
        ("nicotine patch", "nicotine gum", "nicotine lozenge", "nicorette", "nicoderm"),
        ("nicotine",),
        "product labels",
    ),
    Product(("dilantin", "phenytek"), ("phenytoin",), "Dilantin label"),
    Product(("hyzaar",), ("losartan", "hydrochlorothiazide"), "Hyzaar label"),
    Product(("horizant",), ("gabapentin enacarbil",), "Horizant label"),
    Product(
        ("sinemet", "rytary", "carbidopa levodopa"), ("carbidopa", "levodopa"), "Sinemet label"
    ),
    Product(("oleptro",), ("trazodone",), "Oleptro label"),
    Product(("symbyax",), ("olanzapine", "fluoxetine"), "Symbyax label"),
    Product(("cobenfy",), ("xanomeline", "trospium"), "Cobenfy label"),
    Product(("jornay", "jornay pm"), ("methylphenidate",), "Jornay PM label"),
    Product(("lumryz",), ("sodium oxybate",), "Lumryz label"),
    Product(("intermezzo",), ("zolpidem",), "Intermezzo label"),
    Product(("keflex",), ("cephalexin",), "Keflex label"),
    Product(("augmentin",), ("amoxicillin", "clavulanate"), "Augmentin label"),
    Product(("zimhi", "kloxxado"), ("naloxone",), "Zimhi label (opioid antagonist, not an opioid)"),
    Product(("ldn", "low dose naltrexone"), ("naltrexone",), "opioid antagonist, not an opioid"),
    Product(("zzzquil",), ("diphenhydramine",), "ZzzQuil drug facts"),
    # Diphenoxylate is a pethidine congener with little central effect at label doses, given
    # with atropine to deter misuse; like loperamide it is not screened as an opioid.
    Product(("lomotil",), ("diphenoxylate", "atropine"), "Lomotil label"),
    Product(
        ("z pack", "zpack", "z pak", "zpak", "zithromax z pak"),
        ("azithromycin",),
        "Zithromax label",
    ),
    Product(("emergen c", "emergenc"), ("vitamin c",), "supplement facts"),
    Product(
        ("weed", "edibles", "cannabis", "marijuana gummies", "thc gummies"),
        ("cannabis",),
        "not a medicine with a label",
    ),
    Product(("coffee", "caffeine pills", "caffeine"), ("caffeine",), "not an interacting class"),
)

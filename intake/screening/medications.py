"""Medication recognition: what a patient typed on one line, as ingredients and classes.

Patients type what is on the bottle or what they remember ("Xanax 0.5mg as needed",
"Norco 10/325 every 6 hours", "percoset"). A line is read in four steps:

1. Normalise: lower case, accents and apostrophes dropped, digits split from letters, doses such
   as ``10/325`` kept as one number, separators (``,``, ``and``, ``+``, ``/``) kept as tokens.
2. Spell-correct words that are not in the vocabulary against a limited list of names (the
   curated table, supplements and the dictionary's MedlinePlus drugs) with rapidfuzz. A correction
   whose runner-up is almost as close but means something clinically different is not made: the
   line is then left for a clinician ("buspiron" never becomes buprenorphine by a coin toss).
3. Match the longest known phrase at each position ("tylenol # 3" before "tylenol"), curated
   names first, then the drug dictionary. Dose, frequency and form words are noise.
4. Split on separators; each part that names something but matched nothing is reported as
   unrecognised, so "Norco and Zzzfoo" finds hydrocodone and still asks for a check.

The vocabulary is built once per process (`vocabulary()` is cached) and results are cached per
normalised line, so a busy screen never reloads or rescans anything.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from intake.screening.dictionary import load_drug_dictionary
from intake.screening.vocabulary import (
    CHECK_FORMULATION,
    INGREDIENTS,
    INTERACTING_CLASSES,
    OTHER_PRODUCTS,
    PRODUCTS,
    SUPPLEMENTS,
    DrugClass,
)

MAX_PHRASE_WORDS = 6
# Dictionary synonyms shorter than this that would put a drug in an interacting class are not
# used ("aman" for amantadine, "kalma" for alprazolam): short words collide with ordinary ones.
MIN_DICTIONARY_SYNONYM_FOR_CLASS = 6
MAX_DICTIONARY_NAME = 40
MIN_FUZZY_LENGTH = 5
FUZZY_CUTOFF = 80.0
# A correction is ambiguous when a clinically different candidate scores within this margin.
AMBIGUITY_MARGIN = 5.0

_CLASS_ORDER = {drug_class: index for index, drug_class in enumerate(DrugClass)}

# --- Normalisation -------------------------------------------------------------------------------

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_W_SLASH = re.compile(r"\bw/(?!o)")
_DOTTED = re.compile(r"\b[a-z](?:\.[a-z])+\.?(?![a-z])")  # d.m., q.i.d., b.i.d
_TOKEN = re.compile(
    r"\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)+"  # 10/325, 5/325
    r"|\d+(?:\.\d+)?"  # 0.5, 325
    r"|[a-z]+"
    r"|[#,;+&/()]"
)
_SIMPLE_KEY = re.compile(r"[a-z]+(?: [a-z]+)*")
_HYPHENATED_KEY = re.compile(r"[a-z -]+")

# Parentheses are not separators: what they hold usually explains the words before them
# ("Klonopin (clonazepam)", "eye drops (latanoprost)").
SEPARATORS = frozenset({",", ";", "+", "&", "/", "and", "plus", "also", "or"})
PUNCTUATION = frozenset({",", ";", "+", "&", "/", "(", ")", "#"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NOISE_WORDS = _words(
    """
    mg mgs mcg ug g gm gram grams ml mls iu ius unit units meq percent cc tsp teaspoon teaspoons
    tbsp tablespoon tablespoons drop drops puff puffs spray sprays hr hrs hour hours min minutes
    tablet tablets tab tabs caplet caplets capsule capsules cap caps pill pills patch patches film
    films strip strips wafer wafers lozenge lozenges troche troches gummy gummies chewable chewables
    chew chews liquid syrup solution suspension elixir injection injections injectable shot shots
    cream gel ointment lotion inhaler nebulizer nebuliser powder softgel softgels dissolvable odt
    er xr xl sr cr ir dr la ec cd xt extended release released delayed immediate sustained
    controlled modified oral orally sublingual sublingually buccal transdermal nasal topical iv im
    generic brand hcl hydrochloride sulfate sulphate phosphate bitartrate citrate tartrate maleate
    mesylate besylate succinate sodium acetate hydrobromide hbr fumarate extra strength regular
    maximum max mini junior childrens children kids adult original formula
    daily day days a an per once twice thrice three times time x qd od bid bd tid tds qid qds qhs
    hs prn qam qpm am pm morning mornings afternoon evening evenings night nights nightly noon
    bedtime week weeks weekly month months monthly year years every each other alternate as
    needed required necessary directed when whenever if at in on the for of to by from my me i im
    take takes taking took use uses using used about around approx approximately up one two four
    five six half quarter only sometimes occasionally rarely usually currently now still since
    started start starting stopped last ago recently recent new old prescribed prescription rx otc
    over counter doctor dose doses dosage dosing before after meals meal food water breakfast lunch
    dinner bed low high small large then just not sure unsure unknown maybe think dont know
    remember name with without no is it its was were be been
    pain anxiety panic attacks attack insomnia depression mood migraine migraines headache
    headaches blood pressure bp cholesterol heart back nerve nerves allergies allergy adhd focus
    thyroid diabetes sugar acid reflux heartburn stomach nausea inflammation arthritis asthma
    seizures seizure cough cold flu fever muscle spasms spasm ptsd ocd bipolar restless legs
    energy immune immunity bones bone joint joints skin hair health support supplement supplements
    medicine medication medications med meds drug drugs treatment therapy glaucoma nightmares
    flying travel clinic another psychiatrist psychiatrist's gp prescriber pharmacy compounded
    """
)
# Phrases that are noise although the dictionary knows them ("nasal sprays" is a MeSH term).
NOISE_PHRASES = frozenset(
    {
        "nasal spray",
        "nasal sprays",
        "oral spray",
        "oral sprays",
        "eye drops",
        "ear drops",
        "oral solution",
        "oral suspension",
        "enteric coated",
        "as needed",
        "at bedtime",
        "at night",
        "saline solution",
        "lubricant eye drops",
    }
)
# A phrase ending in a number ("tylenol 3") does not match when a dose or count follows it
# ("Tylenol 3 times a day" is plain Tylenol).
_AFTER_NUMBER = frozenset(
    {
        "x",
        "times",
        "time",
        "mg",
        "mcg",
        "g",
        "ml",
        "tabs",
        "tablets",
        "pills",
        "caps",
        "a",
        "per",
        "daily",
        "hrs",
        "hours",
        "every",
    }
)
NONE_LINES = frozenset(
    {
        "none",
        "no",
        "na",
        "n a",
        "n / a",
        "nil",
        "nothing",
        "no medications",
        "no medication",
        "no meds",
        "not taking any",
        "none currently",
        "no current medications",
        "not applicable",
    }
)


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens_of(text: str) -> list[str]:
    """The tokens recognition reads: ``"Tylenol #3, 1 tab"`` -> tylenol # 3 , 1 tab."""
    lowered = _strip_accents(text).lower().replace("\u2019", "'").replace("'", "")
    lowered = _W_SLASH.sub(" with ", _THOUSANDS.sub("", lowered)).replace("&", " and ")
    lowered = _DOTTED.sub(lambda match: match.group().replace(".", ""), lowered)
    return _TOKEN.findall(lowered)


def normalise(text: str) -> str:
    """One line as the space-joined tokens that index the vocabulary and the result cache."""
    return " ".join(tokens_of(text))


def _key(name: str) -> str:
    if _SIMPLE_KEY.fullmatch(name):
        return name
    if _HYPHENATED_KEY.fullmatch(name):
        return " ".join(name.replace("-", " ").split())
    return normalise(name)


def _is_number(token: str) -> bool:
    return token[0].isdigit()


def _is_noise(token: str) -> bool:
    return token in NOISE_WORDS or _is_number(token) or (token.isalpha() and len(token) <= 2)


# --- Vocabulary ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """What a known name means."""

    name: str
    ingredients: tuple[str, ...]
    classes: tuple[DrugClass, ...]
    origin: str  # "curated", "supplement", "other", "dictionary" or "noise"
    # When set, the name cannot be screened as it is (a class of medicines, or a product whose
    # formulations differ): the clinician is told why.
    check: str = ""


@dataclass(frozen=True)
class Vocabulary:
    phrases: Mapping[str, Entry]
    known_tokens: frozenset[str]
    fuzzy_choices: Mapping[int, tuple[str, ...]]
    fuzzy_signature: Mapping[str, frozenset[str]]
    # (normalised, rank, display), sorted. Rank 0: curated names; 1: the dictionary's generic
    # names; 2: its brands and synonyms. There is no offline popularity data to rank by.
    suggestions: tuple[tuple[str, int, str], ...]
    dictionary_names: int = 0


def _sorted_classes(classes: Iterable[DrugClass]) -> tuple[DrugClass, ...]:
    return tuple(sorted(set(classes), key=_CLASS_ORDER.__getitem__))


@lru_cache(maxsize=1)
def _ingredient_classes() -> Mapping[str, tuple[DrugClass, ...]]:
    classes = {ingredient.name: ingredient.classes for ingredient in INGREDIENTS}
    for name in SUPPLEMENTS:
        classes[name] = (DrugClass.SUPPLEMENT,)
    return classes


def ingredient_classes(ingredient: str) -> tuple[DrugClass, ...]:
    """The classes of one ingredient by its curated name ("hydrocodone" -> opioid)."""
    return _ingredient_classes().get(ingredient, ())


_FORM_WORDS = _words(
    """patch sublingual buccal transdermal nasal spray injection injectable oral rectal topical
    ophthalmic inhalation implant tablets tablet solution extended-release extended release
    combination products intravenous film"""
)
_SALT_WORDS = _words(
    """hydrochloride hcl sulfate phosphate bitartrate citrate tartrate maleate mesylate besylate
    succinate sodium acetate hydrobromide fumarate polistirex carbonate"""
)
_CANONICAL_SPLIT = re.compile(r"\s*/\s*|\s*,\s*(?:and\s+)?|\s+and\s+|\s+with\s+")
_PARENTHESES = re.compile(r"\([^)]*\)")
# Dictionary class names (MeSH) that stand for one of our classes.
_CLASS_CANONICALS = {
    "analgesics, opioid": "opioid (unspecified)",
    "narcotics": "opioid (unspecified)",
    "benzodiazepines": "benzodiazepine (unspecified)",
    "monoamine oxidase inhibitors": "maoi (unspecified)",
}


def split_canonical(canonical: str) -> tuple[str, ...]:
    """Ingredients of a dictionary drug name: "buprenorphine/naloxone" -> both."""
    ingredients: list[str] = []
    for part in _CANONICAL_SPLIT.split(_PARENTHESES.sub(" ", canonical)):
        words = part.split()
        while words and words[-1] in _FORM_WORDS:
            words.pop()
        if len(words) > 1 and words[-1] in _SALT_WORDS:
            words.pop()
        name = " ".join(words)
        if name and name not in ingredients:
            ingredients.append(name)
    return tuple(ingredients)


def _is_class_name(data: Mapping[str, object]) -> bool:
    """MeSH tree D27 is "Chemical Actions and Uses": antidepressants, antibiotics, statins."""
    trees = data.get("mesh_tree")
    return (
        isinstance(trees, list)
        and bool(trees)
        and all(str(tree).startswith("D27") for tree in trees)
    )


def _display(name: str, *, generic: bool) -> str:
    if generic:
        return name
    words = []
    for word in name.replace(" # ", " #").split(" "):
        upper = word in {
            "xr",
            "er",
            "sr",
            "cr",
            "xl",
            "ir",
            "dm",
            "pm",
            "hbp",
            "ac",
            "dc",
            "hp",
            "es",
            "hd",
            "nx",
            "iv",
            "vc",
            "la",
            "odt",
        }
        words.append(word.upper() if upper else word[:1].upper() + word[1:])
    return " ".join(words)


def _curated_entries() -> tuple[dict[str, Entry], dict[str, str]]:
    """Curated phrases and, for suggestions, their display names."""
    ingredient_classes = _ingredient_classes()
    phrases: dict[str, Entry] = {}
    display: dict[str, str] = {}
    for ingredient in INGREDIENTS:
        entry = Entry(ingredient.name, (ingredient.name,), ingredient.classes, "curated")
        for index, name in enumerate(ingredient.names):
            key = _key(name)
            phrases[key] = entry
            if ingredient.suggest and "(unspecified)" not in ingredient.name:
                display[key] = _display(name, generic=index == 0)
    for product in PRODUCTS:
        classes = _sorted_classes(
            drug_class
            for ingredient in product.ingredients
            for drug_class in ingredient_classes.get(ingredient, ())
        )
        entry = Entry(
            _display(product.names[0], generic=False), product.ingredients, classes, "curated"
        )
        for name in product.names:
            key = _key(name)
            phrases[key] = entry
            if product.suggest:
                display[key] = _display(name, generic=False)
    for name in NOISE_PHRASES:
        phrases[name] = Entry(name, (), (), "noise")
    for name, why in CHECK_FORMULATION.items():
        phrases[_key(name)] = Entry(name, (), (), "curated", check=why)
    for ingredient_name, names in SUPPLEMENTS.items():
        entry = Entry(ingredient_name, (ingredient_name,), (DrugClass.SUPPLEMENT,), "supplement")
        for name in names:
            key = _key(name)
            phrases.setdefault(key, entry)
            display.setdefault(key, name)
    for product in OTHER_PRODUCTS:
        entry = Entry(product.names[0], product.ingredients, (), "other")
        for name in product.names:
            key = _key(name)
            phrases.setdefault(key, entry)
            display.setdefault(key, _display(name, generic=name in product.ingredients))
    return phrases, display


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Build the vocabulary once per process: curated table first, then the drug dictionary."""
    dictionary = load_drug_dictionary()
    ingredient_classes = _ingredient_classes()
    phrases, display = _curated_entries()
    curated_keys = frozenset(phrases)

    by_canonical: dict[str, Entry] = {}

    def entry_for(canonical: str) -> Entry:
        entry = by_canonical.get(canonical)
        if entry is None:
            data = dictionary.canonical_data.get(canonical, {})
            if canonical in _CLASS_CANONICALS:
                ingredient = _CLASS_CANONICALS[canonical]
                entry = Entry(
                    ingredient, (ingredient,), ingredient_classes[ingredient], "dictionary"
                )
            elif _is_class_name(data):
                entry = Entry(canonical, (), (), "dictionary", check="names a kind of medicine")
            else:
                ingredients = split_canonical(canonical)
                classes = _sorted_classes(
                    c for name in ingredients for c in ingredient_classes.get(name, ())
                )
                entry = Entry(canonical, ingredients, classes, "dictionary")
            by_canonical[canonical] = entry
        return entry

    known_tokens: set[str] = set(NOISE_WORDS)
    consumer_keys: set[str] = set()  # names a patient would type: MedlinePlus-covered drugs
    generic_keys: set[str] = set()
    used = 0
    for variant, canonicals in dictionary.variant_to_canonicals.items():
        if len(variant) > MAX_DICTIONARY_NAME:
            continue  # systematic chemical names: nobody types them
        key = _key(variant)
        if not key:
            continue
        tokens = key.split(" ")
        known_tokens.update(tokens)
        if len(tokens) > MAX_PHRASE_WORDS or key in curated_keys:
            continue
        entries = [entry_for(canonical) for canonical in canonicals]
        entry = entries[0] if len(entries) == 1 else _merge(entries)
        interacting = bool(set(entry.classes) & INTERACTING_CLASSES)
        if (interacting and len(key) < MIN_DICTIONARY_SYNONYM_FOR_CLASS) or key in phrases:
            continue
        phrases[key] = entry
        used += 1
        if any("medline_plus_id" in dictionary.canonical_data.get(c, {}) for c in canonicals):
            consumer_keys.add(key)
            generic = variant in canonicals
            if generic:
                generic_keys.add(key)
            # Spelling variants of the generic name (sertralina, sertralinum, sertraline
            # hydrochloride) are recognised but not offered as suggestions.
            if generic or not any(variant[:6] == c[:6] for c in canonicals):
                display.setdefault(key, _display(key, generic=generic))

    # Misspellings are read against names patients use, never against the dictionary's rarer
    # synonyms: "dilantin" must not drift to "dolantin" (an old brand of pethidine).
    fuzzy_keys = set(curated_keys) | consumer_keys

    # What a candidate word means clinically, to tell a real ambiguity ("nemenda": Namenda or
    # Emend?) from two spellings of one drug. A word that is a name on its own means that name;
    # other words mean every name they are part of.
    def marks_of(entry: Entry) -> set[str]:
        return {c.value for c in entry.classes} or {"check" if entry.check else "other"}

    signature: dict[str, set[str]] = {}
    for key in fuzzy_keys:
        for token in key.split(" "):
            if token.isalpha() and len(token) >= MIN_FUZZY_LENGTH - 1:
                own = phrases.get(token)
                if own is not None and token in fuzzy_keys:
                    signature[token] = marks_of(own)
                elif token not in fuzzy_keys:
                    signature.setdefault(token, set()).update(marks_of(phrases[key]))
    for token in NOISE_WORDS:
        if len(token) >= MIN_FUZZY_LENGTH - 1:
            signature[token] = {"noise"}
    known_tokens.update(token for key in curated_keys for token in key.split(" "))

    by_length: dict[int, list[str]] = {}
    for token in sorted(signature):
        by_length.setdefault(len(token), []).append(token)
    longest = max(by_length)
    fuzzy_choices = {
        length: tuple(
            token for other in range(length - 2, length + 3) for token in by_length.get(other, ())
        )
        for length in range(MIN_FUZZY_LENGTH, longest + 3)
    }
    suggestions = tuple(
        sorted(
            (key, 0 if key in curated_keys else 1 if key in generic_keys else 2, name)
            for key, name in display.items()
            if len(key) <= 30 and key.count(" ") <= 3 and not any(ch in key for ch in ",;()")
        )
    )
    return Vocabulary(
        phrases=phrases,
        known_tokens=frozenset(known_tokens),
        fuzzy_choices=fuzzy_choices,
        fuzzy_signature={token: frozenset(marks) for token, marks in signature.items()},
        suggestions=suggestions,
        dictionary_names=used,
    )


def _merge(entries: list[Entry]) -> Entry:
    ingredients = tuple(dict.fromkeys(i for entry in entries for i in entry.ingredients))
    classes = _sorted_classes(c for entry in entries for c in entry.classes)
    return Entry(entries[0].name, ingredients, classes, "dictionary")


# --- Recognition ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DrugMatch:
    """One medicine found on a line."""

    words: str  # the normalised words that matched ("xanax")
    name: str
    ingredients: tuple[str, ...]
    classes: tuple[DrugClass, ...]
    read_as: str = ""  # set when spelling was corrected: what the words were read as


@dataclass(frozen=True)
class RecognisedMedication:
    """What one medication line means. `unrecognised` lists parts a clinician must check."""

    text: str
    matches: tuple[DrugMatch, ...] = ()
    unrecognised: tuple[str, ...] = ()
    ingredients: tuple[str, ...] = field(init=False)
    classes: tuple[DrugClass, ...] = field(init=False)

    def __post_init__(self) -> None:
        ingredients = tuple(dict.fromkeys(i for m in self.matches for i in m.ingredients))
        classes = _sorted_classes(c for m in self.matches for c in m.classes)
        object.__setattr__(self, "ingredients", ingredients)
        object.__setattr__(self, "classes", classes)

    @property
    def recognised(self) -> bool:
        """True when every part of the line was identified (or the line says "none")."""
        return not self.unrecognised

    def matches_in(self, drug_class: DrugClass) -> tuple[DrugMatch, ...]:
        return tuple(match for match in self.matches if drug_class in match.classes)


@dataclass(frozen=True)
class _Reading:
    matches: tuple[DrugMatch, ...]
    unrecognised: tuple[str, ...]


@lru_cache(maxsize=16384)
def _correct_cached(token: str) -> tuple[str, str]:
    """(correction, "") or ("", why it is ambiguous) or ("", "") when nothing is close."""
    vocab = vocabulary()
    choices = vocab.fuzzy_choices.get(min(len(token), max(vocab.fuzzy_choices)), ())
    found = [
        candidate
        for candidate in process.extract(
            token, choices, scorer=fuzz.ratio, limit=7, score_cutoff=FUZZY_CUTOFF
        )
        if candidate[0] != token  # a word known only inside a longer name is not its own fix
    ]
    if not found:
        return "", ""
    best, best_score, _index = found[0]
    best_signature = vocab.fuzzy_signature[best]
    for other, score, _other_index in found[1:]:
        if score < best_score - AMBIGUITY_MARGIN:
            break
        if vocab.fuzzy_signature[other] != best_signature:
            return "", f'"{token}" could be {best} or {other}'
    return best, ""


_Segment = tuple[list[tuple[Entry, int, int]], list[int]]


def _segments(tokens: list[str], vocab: Vocabulary) -> list[_Segment]:
    """Longest phrase at each position; segments split by separators not inside a phrase.

    Each segment holds its matches (entry, start, end) and the positions of leftover words that
    are neither noise nor punctuation.
    """
    segments: list[_Segment] = [([], [])]
    position = 0
    count = len(tokens)
    while position < count:
        token = tokens[position]
        found: tuple[Entry, int] | None = None
        for length in range(min(MAX_PHRASE_WORDS, count - position), 0, -1):
            last = tokens[position + length - 1]
            if last in PUNCTUATION and last != "#":
                continue
            if length == 1 and (_is_noise(token) or token in SEPARATORS or token in PUNCTUATION):
                break
            entry = vocab.phrases.get(" ".join(tokens[position : position + length]))
            if entry is None:
                continue
            after = position + length
            if _is_number(last) and after < count and tokens[after] in _AFTER_NUMBER:
                continue
            found = (entry, length)
            break
        if found is not None:
            entry, length = found
            if entry.origin != "noise":
                segments[-1][0].append((entry, position, position + length))
            position += length
            continue
        if token in SEPARATORS:
            segments.append(([], []))
        elif not _is_noise(token) and token not in PUNCTUATION:
            segments[-1][1].append(position)
        position += 1
    return segments


def _correctable(token: str) -> bool:
    return token.isalpha() and len(token) >= MIN_FUZZY_LENGTH and token not in NOISE_WORDS


@lru_cache(maxsize=8192)
def _read(key: str) -> _Reading:
    """Recognise one normalised line (cached: identical lines are read once).

    Exact names first: words the vocabulary does not know are spell-corrected before matching;
    words it knows only inside some longer dictionary name ("trazodon" of "trazodon hexal") are
    corrected only if they are left over after exact matching.
    """
    vocab = vocabulary()
    if key in NONE_LINES:
        return _Reading((), ())
    original = key.split(" ") if key else []
    tokens = list(original)
    ambiguous: dict[int, str] = {}

    def correct(index: int) -> bool:
        correction, why = _correct_cached(tokens[index])
        if correction:
            tokens[index] = correction
        elif why:
            ambiguous[index] = why
        return bool(correction)

    for index, token in enumerate(tokens):
        if _correctable(token) and token not in vocab.known_tokens:
            correct(index)
    segments = _segments(tokens, vocab)
    leftover = [
        index
        for _found, leftovers in segments
        for index in leftovers
        if _correctable(tokens[index]) and tokens[index] == original[index]
    ]
    if leftover and any([correct(index) for index in leftover]):
        segments = _segments(tokens, vocab)

    matches: list[DrugMatch] = []
    unrecognised: list[str] = []
    for found_entries, leftovers in segments:
        specific = [item for item in found_entries if not item[0].check]
        for entry, start, end in specific:
            words = " ".join(original[start:end])
            corrected = " ".join(tokens[start:end])
            matches.append(
                DrugMatch(
                    words=words,
                    name=entry.name,
                    ingredients=entry.ingredients,
                    classes=entry.classes,
                    read_as=corrected if corrected != words else "",
                )
            )
        if specific:
            continue
        checks = [item for item in found_entries if item[0].check]
        for entry, start, end in checks:
            unrecognised.append(f'"{" ".join(original[start:end])}": {entry.check}')
        if not checks and leftovers:
            unrecognised.append(f'"{" ".join(original[index] for index in leftovers)}"')
            unrecognised.extend(ambiguous[index] for index in leftovers if index in ambiguous)
    if not matches and not unrecognised:
        unrecognised.append(f'"{key}"')
    return _Reading(tuple(matches), tuple(dict.fromkeys(unrecognised)))


def recognise(text: str) -> RecognisedMedication:
    """Identify the medicines on one line the patient typed."""
    reading = _read(normalise(text))
    return RecognisedMedication(
        text=text, matches=reading.matches, unrecognised=reading.unrecognised
    )


def clear_caches() -> None:
    """Forget cached readings (benchmarks use it to time cold reads); the vocabulary stays."""
    _read.cache_clear()
    _correct_cached.cache_clear()


# --- Suggestions ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _suggest(key: str, limit: int) -> tuple[str, ...]:
    vocab = vocabulary()
    names = vocab.suggestions
    start = bisect.bisect_left(names, (key,))
    hits: list[tuple[str, int, str]] = []
    for candidate in names[start:]:
        if not candidate[0].startswith(key):
            break
        hits.append(candidate)
    ranks = {candidate[0]: candidate[1] for candidate in hits}

    def order(item: tuple[str, int, str]) -> tuple[bool, int, int, str, int, int]:
        # Names group under their first word, so "Xanax XR" follows "Xanax".
        first = item[0].split(" ", 1)[0]
        rank = ranks.get(first, item[1])
        return (item[0] != key, rank, len(first), first, item[0].count(" "), len(item[0]))

    hits.sort(key=order)
    found = list(dict.fromkeys(name for _key, _rank, name in hits))[:limit]
    if len(found) < limit and len(key) >= MIN_FUZZY_LENGTH:
        words, word_names = _single_word_suggestions()
        close = process.extract(
            key, words, scorer=fuzz.ratio, limit=limit, score_cutoff=FUZZY_CUTOFF
        )
        for _candidate, _score, index in close:
            if word_names[index] not in found:
                found.append(word_names[index])
    return tuple(found[:limit])


@lru_cache(maxsize=1)
def _single_word_suggestions() -> tuple[tuple[str, ...], tuple[str, ...]]:
    pairs = [(key, name) for key, _rank, name in vocabulary().suggestions if " " not in key]
    return tuple(key for key, _name in pairs), tuple(name for _key, name in pairs)


def suggest(prefix: str, limit: int = 8) -> list[str]:
    """Medication names for an autocomplete as the patient types ("xan" -> Xanax, Xanax XR)."""
    key = normalise(prefix)
    if len(key) < 2 or limit <= 0:
        return []
    return list(_suggest(key, limit))

"""Medication recognition: the labelled table, look-alikes, and how the vocabulary is built."""

from __future__ import annotations

import pytest

from intake.screening import DrugClass, recognise, suggest
from intake.screening.dictionary import load_drug_dictionary
from intake.screening.medications import normalise, split_canonical, vocabulary
from intake.screening.vocabulary import INGREDIENTS, PRODUCTS, SUPPLEMENTS
from tests.intake.screening.medication_cases import CASES, LOOK_ALIKE, MedicationCase

INTERACTING = {"maoi", "benzodiazepine", "opioid", "nmda_antagonist", "ketamine"}


def test_the_labelled_table_is_large_and_covers_every_kind() -> None:
    kinds = {case.kind for case in CASES}
    assert len(CASES) >= 200
    assert len({case.text for case in CASES}) == len(CASES)
    assert {"generic", "brand", "combination", "misspelling", "look-alike"} <= kinds
    assert sum(case.kind == LOOK_ALIKE for case in CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}: {case.text}")
def test_medication_line_is_read_as_labelled(case: MedicationCase) -> None:
    result = recognise(case.text)

    assert set(result.ingredients) == case.ingredients
    assert {str(drug_class) for drug_class in result.classes} == case.classes
    assert result.recognised is case.recognised, result.unrecognised


@pytest.mark.parametrize(
    ("text", "not_this"),
    [
        ("buspirone", "buprenorphine"),
        ("trazodone", "tramadol"),
        ("clonidine", "clonazepam"),
        ("hydroxyzine", "hydrocodone"),
        ("hydrocortisone", "hydrocodone"),
        ("Xyzal", "alprazolam"),
        ("loratadine", "lorazepam"),
        ("Tylenol", "codeine"),
        ("diltiazem", "diazepam"),
        ("clozapine", "clonazepam"),
        ("oxybutynin", "oxycodone"),
        ("Narcan", "hydrocodone"),
        ("dextroamphetamine", "dextromethorphan"),
        ("Dilantin", "meperidine"),
        ("bupropion", "buprenorphine"),
        ("methocarbamol", "methadone"),
    ],
)
def test_look_alike_names_are_not_confused(text: str, not_this: str) -> None:
    result = recognise(text)

    assert not_this not in result.ingredients
    assert not set(result.classes) & {DrugClass(c) for c in INTERACTING}


def test_percocet_is_recognised_as_an_opioid_with_both_ingredients() -> None:
    result = recognise("percoset")

    assert result.ingredients == ("oxycodone", "acetaminophen")
    assert result.classes == (DrugClass.OPIOID,)
    assert result.matches[0].read_as == "percocet"


def test_a_line_with_two_drugs_finds_both() -> None:
    result = recognise("Norco and Xanax")

    assert [match.name for match in result.matches] == ["Norco", "alprazolam"]
    assert set(result.classes) == {DrugClass.OPIOID, DrugClass.BENZODIAZEPINE}


def test_an_unknown_word_next_to_a_known_drug_is_still_reported() -> None:
    result = recognise("Norco and Zzzfoo")

    assert "hydrocodone" in result.ingredients
    assert result.unrecognised == ('"zzzfoo"',)
    assert not result.recognised


def test_a_misspelling_equally_close_to_two_different_drugs_is_left_for_a_clinician() -> None:
    result = recognise("nemenda")

    assert result.matches == ()
    assert any("could be namenda or emend" in part for part in result.unrecognised)


def test_a_product_whose_formulations_differ_says_why_it_needs_checking() -> None:
    result = recognise("Coricidin")

    assert result.unrecognised == ('"coricidin": some Coricidin products contain dextromethorphan',)


def test_a_class_named_without_a_drug_is_screened_as_that_class() -> None:
    assert recognise("benzos").classes == (DrugClass.BENZODIAZEPINE,)
    assert recognise("opioids for back pain").classes == (DrugClass.OPIOID,)


@pytest.mark.parametrize("text", ["none", "None", "N/A", "no meds"])
def test_a_line_saying_none_is_recognised_as_nothing(text: str) -> None:
    result = recognise(text)

    assert result.recognised
    assert result.ingredients == ()


def test_dictionary_provides_general_recognition() -> None:
    for text, ingredient in [
        ("lisinopril", "lisinopril"),
        ("sertraline", "sertraline"),
        ("Humira", "adalimumab"),
        ("Eliquis", "apixaban"),
    ]:
        result = recognise(text)
        assert result.ingredients == (ingredient,)
        assert result.classes == ()


def test_the_dictionary_shipped_by_the_package_is_broad() -> None:
    dictionary = load_drug_dictionary()

    assert len(dictionary.variant_to_canonicals) > 100_000
    assert vocabulary().dictionary_names > 50_000


def test_vocabulary_and_dictionary_are_loaded_once() -> None:
    vocabulary()
    before = load_drug_dictionary.cache_info().misses

    for text in ["Xanax", "lisinopril", "percoset", "Zzzfoo"]:
        recognise(text)

    assert vocabulary() is vocabulary()
    assert load_drug_dictionary.cache_info().misses == before


def test_short_dictionary_synonyms_cannot_put_a_drug_in_an_interacting_class() -> None:
    # "aman" is a dictionary synonym of amantadine; as a word it must not raise a flag.
    assert recognise("aman").classes == ()


def test_every_curated_name_is_recognised_as_its_own_ingredient() -> None:
    for ingredient in INGREDIENTS:
        for name in ingredient.names:
            result = recognise(name)
            assert ingredient.name in result.ingredients, name
            assert set(ingredient.classes) <= set(result.classes), name


def test_every_curated_product_maps_to_all_its_ingredients() -> None:
    for product in PRODUCTS:
        for name in product.names:
            assert set(recognise(name).ingredients) == set(product.ingredients), name


def test_every_supplement_name_is_recognised_as_a_supplement() -> None:
    for ingredient, names in SUPPLEMENTS.items():
        for name in names:
            result = recognise(name)
            assert result.ingredients == (ingredient,), name
            assert result.classes == (DrugClass.SUPPLEMENT,), name


def test_every_curated_entry_cites_a_source() -> None:
    assert all(ingredient.source.strip() for ingredient in INGREDIENTS)
    assert all(product.source.strip() for product in PRODUCTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tylenol #3, 1 tab", "tylenol # 3 , 1 tab"),
        ("Norco 10/325", "norco 10/325"),
        ("Xanax 0.5mg", "xanax 0.5 mg"),
        ("St. John's Wort", "st johns wort"),
        ("Vitamin D3 2,000 IU", "vitamin d 3 2000 iu"),
        ("Tylenol w/ codeine", "tylenol with codeine"),
        ("Café-ine", "cafe ine"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("canonical", "ingredients"),
    [
        ("buprenorphine/naloxone", ("buprenorphine", "naloxone")),
        ("dextromethorphan and quinidine", ("dextromethorphan", "quinidine")),
        ("abacavir, dolutegravir, and lamivudine", ("abacavir", "dolutegravir", "lamivudine")),
        ("selegiline patch", ("selegiline",)),
        ("buprenorphine sublingual and buccal (opioid dependence)", ("buprenorphine",)),
        ("lithium carbonate", ("lithium",)),
    ],
)
def test_split_canonical_names_ingredients(canonical: str, ingredients: tuple[str, ...]) -> None:
    assert split_canonical(canonical) == ingredients


def test_suggest_offers_names_as_the_patient_types() -> None:
    assert suggest("xan")[:2] == ["Xanax", "Xanax XR"]
    assert "Percocet" in suggest("perc")
    assert "Tylenol" in suggest("tyl")
    assert "vitamin d" in suggest("vitamin")


def test_suggest_tolerates_a_misspelt_name() -> None:
    assert "Xanax" in suggest("zanax")


def test_suggest_respects_the_limit_and_ignores_too_short_input() -> None:
    assert len(suggest("a", limit=8)) == 0
    assert len(suggest("ox", limit=3)) == 3
    assert suggest("xan", limit=0) == []

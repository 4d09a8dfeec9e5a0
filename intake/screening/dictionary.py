"""The drug dictionary shipped by `drug-named-entity-recognition` (Fast Data Science, MIT licence).

It joins DrugBank, MeSH, MedlinePlus and Wikipedia names: about 107,000 names (generic, brand,
international and chemical) for about 20,000 canonical drugs. Screening uses it for general
recognition only; it never decides a clinical class (see `intake.screening.vocabulary`).

The file is read directly rather than through the package's own module, whose import builds an
n-gram index of every name and reads a cache file in the home directory: neither is needed here.
The pickle is part of an installed, pinned dependency (requirements.txt), not user input.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = "drug_named_entity_recognition"
DATA_FILE = "drug_ner_dictionary.pkl.bz2"


@dataclass(frozen=True)
class DrugDictionary:
    variant_to_canonicals: Mapping[str, list[str]]
    canonical_data: Mapping[str, Mapping[str, Any]]
    variant_data: Mapping[str, Mapping[str, Any]]


def dictionary_path() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"The {PACKAGE} package is not installed; it provides the drug dictionary "
            "(pip install -r requirements.txt)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / DATA_FILE


@lru_cache(maxsize=1)
def load_drug_dictionary() -> DrugDictionary:
    with bz2.open(dictionary_path(), "rb") as file:
        raw = pickle.load(file)  # noqa: S301 - pinned package data, see module docstring
    return DrugDictionary(
        variant_to_canonicals=raw["drug_variant_to_canonical"],
        canonical_data=raw["drug_canonical_to_data"],
        variant_data=raw["drug_variant_to_variant_data"],
    )

"""Screening figures: recognition quality over the labelled cases, and speed on one core.

    .venv/bin/python bench/screening.py [--seconds 2]

Needs no Django and no database. Prints:

- recognition precision and recall over tests/intake/screening/medication_cases.py, counted per
  interacting class (MAOI, benzodiazepine, opioid, NMDA antagonist, ketamine), plus how many lines
  were read exactly as labelled and how many look-alikes were mistaken for an interacting drug;
- medication lines classified per second, cold (every line new: result caches cleared) and warm;
- full intakes (parse + screen) per second, with every medication line unique (a random dose is
  appended, so the per-line cache misses), against the target of 2,000 a second.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from intake.screening import parse_intake, recognise, screen
from intake.screening.facts import HISTORY_CONDITIONS
from intake.screening.medications import clear_caches, vocabulary
from tests.intake.screening.medication_cases import CASES, LOOK_ALIKE

TARGET_INTAKES_PER_SECOND = 2_000
INTERACTING = ("maoi", "benzodiazepine", "opioid", "nmda_antagonist", "ketamine")


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def recognition_quality() -> dict[str, float]:
    true_positive = false_positive = false_negative = exact = look_alike_errors = 0
    misread: list[str] = []
    for case in CASES:
        result = recognise(case.text)
        predicted = {str(c) for c in result.classes} & set(INTERACTING)
        expected = set(case.interacting)
        true_positive += len(predicted & expected)
        false_positive += len(predicted - expected)
        false_negative += len(expected - predicted)
        if case.kind == LOOK_ALIKE and predicted:
            look_alike_errors += 1
        same = (
            set(result.ingredients) == case.ingredients
            and {str(c) for c in result.classes} == case.classes
            and result.recognised == case.recognised
        )
        exact += same
        if not same:
            misread.append(case.text)
    precision = true_positive / max(true_positive + false_positive, 1)
    recall = true_positive / max(true_positive + false_negative, 1)
    for text in misread:
        print(f"  misread: {text!r}")
    return {
        "cases": len(CASES),
        "precision": precision,
        "recall": recall,
        "exact": exact,
        "look_alike_errors": look_alike_errors,
        "look_alikes": sum(case.kind == LOOK_ALIKE for case in CASES),
        "true_positive": true_positive,
        "false_positive": false_positive,
        "false_negative": false_negative,
    }


def rate(work: Callable[[], int], seconds: float) -> float:
    """Items per second: repeat `work` (which returns how many items it did) for `seconds`."""
    done = 0
    started = time.perf_counter()
    while True:
        done += work()
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return done / elapsed


def synthetic_intakes(count: int, rng: random.Random) -> list[dict[str, Any]]:
    texts = [case.text for case in CASES]
    answers = ("no", "no", "no", "no", "yes", "unsure")
    documents = []
    for _ in range(count):
        lines: list[Any] = []
        for _line in range(rng.randint(1, 6)):
            text = f"{rng.choice(texts)} {rng.randint(1, 999)} mg"  # unique: defeats the line cache
            if rng.random() < 0.5:
                lines.append({"name": text, "dose": "", "frequency": "daily"})
            else:
                lines.append(text)
        documents.append(
            {
                "schema_version": 1,
                "submitted_on": "2026-11-20",
                "about": {"first_name": "A", "last_name": "B", "escort": rng.choice(("yes", "no"))},
                "history": {
                    key: {"answer": rng.choice(answers), "details": "some words"}
                    for key in HISTORY_CONDITIONS
                },
                "no_medications": False,
                "medications": lines,
                "stopped_medications": [
                    {
                        "name": rng.choice(texts),
                        "dose": "",
                        "frequency": "",
                        "stopped_on": f"2026-11-{rng.randint(1, 20):02d}",
                    }
                ],
                "substances": {
                    "alcohol": rng.choice(("none", "occasional", "weekly", "daily", "heavy")),
                    "alcohol_details": "wine at weekends",
                    "recreational_drugs": rng.choice(("none", "past", "current")),
                    "recreational_drugs_details": "",
                    "caffeine": "2 cups",
                },
                "pregnancy": {
                    "pregnant": rng.choice(("no", "not_applicable", "yes")),
                    "breastfeeding": "no",
                },
                "mental_health": {
                    "suicidal_thoughts": rng.choice(("no", "no", "yes")),
                    "details": "",
                },
                "consent": {"answers_true": True, "no_driving": True},
            }
        )
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per speed measurement")
    seconds = parser.parse_args().seconds

    print(f"Screening benchmark ({pin_to_one_core()})")
    started = time.perf_counter()
    vocabulary()
    print(f"vocabulary built once in {time.perf_counter() - started:.2f} s")

    quality = recognition_quality()
    print(
        f"recognition over {quality['cases']} labelled lines: "
        f"precision {quality['precision']:.3f}, recall {quality['recall']:.3f} "
        f"(interacting classes: {quality['true_positive']} right, "
        f"{quality['false_positive']} false positives, {quality['false_negative']} missed); "
        f"{quality['exact']}/{quality['cases']} read exactly as labelled; "
        f"look-alikes mistaken for interacting drugs: "
        f"{quality['look_alike_errors']}/{quality['look_alikes']}"
    )

    texts = [case.text for case in CASES]

    def classify_cold() -> int:
        clear_caches()
        for text in texts:
            recognise(text)
        return len(texts)

    def classify_warm() -> int:
        for text in texts:
            recognise(text)
        return len(texts)

    print(
        f"medication lines per second: {rate(classify_cold, seconds):,.0f} cold "
        f"(caches cleared each pass), {rate(classify_warm, seconds):,.0f} warm"
    )

    rng = random.Random(20261120)
    documents = synthetic_intakes(5_000, rng)
    lines = sum(len(d["medications"]) + len(d["stopped_medications"]) for d in documents)
    clear_caches()
    position = 0

    def screen_some() -> int:
        nonlocal position
        batch = documents[position : position + 500]
        position = (position + 500) % len(documents)
        for document in batch:
            screen(parse_intake(document))
        return len(batch)

    per_second = rate(screen_some, seconds)
    verdict = "meets" if per_second >= TARGET_INTAKES_PER_SECOND else "BELOW"
    print(
        f"full intakes per second: {per_second:,.0f} on one core "
        f"({lines / len(documents):.1f} medication lines each, every line unique) "
        f"— {verdict} the target of {TARGET_INTAKES_PER_SECOND:,}"
    )


if __name__ == "__main__":
    main()

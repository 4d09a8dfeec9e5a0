"""Seed many realistic intakes fast: screen each demo answer set once, then bulk-insert copies."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

FIRST = [
    "Alex",
    "Sam",
    "Jordan",
    "Maya",
    "Priya",
    "Leo",
    "Hana",
    "Grace",
    "Tom",
    "Ines",
    "Noah",
    "Ava",
]
LAST = ["Rivera", "Okafor", "Lindqvist", "Raman", "Marchetti", "Sato", "Oduya", "Brennan", "Moreau"]


def seed_intakes(total: int, *, batch: int = 5000) -> int:
    """Bring the number of intakes up to `total`. Returns how many were added."""
    from django.db import transaction
    from django.utils import timezone

    from intake import screening
    from intake.demo import demo_answers
    from intake.models import Flag, Intake
    from intake.services import flags_for, intake_document, open_severity_rank

    existing = Intake.objects.count()
    if existing >= total:
        return 0
    rng = random.Random(7)
    now = timezone.now()
    templates: list[tuple[dict[str, Any], list[Flag], str]] = []
    for answers in demo_answers(timezone.localdate(now)):
        document = intake_document(answers, submitted_on=timezone.localdate(now).isoformat())
        result = screening.screen(screening.parse_intake(document))
        templates.append((document, flags_for(result), result.rules_version))

    added = 0
    while existing + added < total:
        size = min(batch, total - existing - added)
        intakes, flag_sets = [], []
        for index in range(size):
            document, flags, version = rng.choice(templates)
            serial = existing + added + index
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            submitted_at = now - timedelta(minutes=rng.randint(0, 60 * 24 * 365))
            intakes.append(
                Intake(
                    reference=f"B{serial:07d}",
                    answers=document,
                    patient_name=name,
                    submitted_at=submitted_at,
                    status=rng.choice(
                        ["awaiting_review"] * 3 + ["in_review", "cleared", "not_eligible"]
                    ),
                    is_urgent=any(flag.severity == "urgent" for flag in flags),
                    open_severity_rank=open_severity_rank(flags),
                    rules_version=version,
                )
            )
            flag_sets.append(flags)
        with transaction.atomic():
            Intake.objects.bulk_create(intakes)
            Flag.objects.bulk_create(
                [
                    Flag(
                        intake=intake,
                        code=flag.code,
                        severity=flag.severity,
                        severity_rank=flag.severity_rank,
                        title=flag.title,
                        explanation=flag.explanation,
                        evidence=flag.evidence,
                        faq_article=flag.faq_article,
                        rules_version=flag.rules_version,
                        raised_at=intake.submitted_at,
                    )
                    for intake, flags in zip(intakes, flag_sets, strict=True)
                    for flag in flags
                ]
            )
        added += size
    return added

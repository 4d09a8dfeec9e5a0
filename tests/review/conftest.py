from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from intake.demo import demo_answers
from intake.models import Intake
from intake.services import intake_document, store_intake


def make_intake(answers: dict[str, Any], *, hours_ago: float = 1) -> Intake:
    submitted_at = timezone.now() - timedelta(hours=hours_ago)
    return store_intake(
        document=intake_document(answers, submitted_on=submitted_at.date().isoformat()),
        submitted_at=submitted_at,
    )


@pytest.fixture
def demo(db: Any) -> list[dict[str, Any]]:
    return demo_answers(timezone.localdate())


@pytest.fixture
def urgent_intake(demo: list[dict[str, Any]]) -> Intake:
    return make_intake(demo[0], hours_ago=1)  # suicidal thoughts


@pytest.fixture
def benzo_intake(demo: list[dict[str, Any]]) -> Intake:
    return make_intake(demo[2], hours_ago=30)  # Xanax + Norco


@pytest.fixture
def clean_intake(demo: list[dict[str, Any]]) -> Intake:
    return make_intake(demo[9], hours_ago=50)  # escitalopram only

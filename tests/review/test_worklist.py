"""The worklist: riskiest first, filterable, and cheap however many intakes there are."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from intake.models import Intake
from review import services
from tests.review.conftest import make_intake

pytestmark = pytest.mark.django_db


def references(response: Any) -> list[str]:
    return [intake.reference for intake in response.context["page"].object_list]


def test_urgent_intake_comes_first_then_severity_then_age(
    clinician_client: Client, clean_intake: Intake, benzo_intake: Intake, urgent_intake: Intake
) -> None:
    response = clinician_client.get(reverse("review:worklist"))
    order = references(response)
    assert order[0] == urgent_intake.reference
    assert order.index(benzo_intake.reference) < order.index(clean_intake.reference)
    html = response.content.decode()
    assert "URGENT" in html
    assert "table-danger" in html


def test_suicidal_ideation_stays_first_after_its_flag_is_acknowledged(
    clinician_client: Client, clinician: Any, urgent_intake: Intake, demo: list[dict[str, Any]]
) -> None:
    older_benzo = make_intake(demo[2], hours_ago=400)
    flag = urgent_intake.flags.get(code="SUICIDAL_IDEATION")
    services.acknowledge_flag(
        flag=flag,
        clinician=clinician,
        acknowledgement="action_planned",
        note="Called",
        request=None,
    )
    order = references(clinician_client.get(reverse("review:worklist")))
    assert order[0] == urgent_intake.reference
    assert older_benzo.reference in order


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"code": "BENZODIAZEPINE"}, {"benzo"}),
        ({"severity": "urgent"}, {"urgent"}),
        ({"q": "okafor"}, {"benzo"}),
        ({"status": "cleared"}, set()),
        ({"status": "all"}, {"benzo", "urgent", "clean"}),
    ],
)
def test_filters_narrow_the_worklist(
    clinician_client: Client,
    urgent_intake: Intake,
    benzo_intake: Intake,
    clean_intake: Intake,
    params: dict[str, str],
    expected: set[str],
) -> None:
    named = {"urgent": urgent_intake, "benzo": benzo_intake, "clean": clean_intake}
    found = set(references(clinician_client.get(reverse("review:worklist"), params)))
    assert found == {named[name].reference for name in expected}


def test_search_by_reference_finds_the_intake(
    clinician_client: Client, benzo_intake: Intake, urgent_intake: Intake
) -> None:
    response = clinician_client.get(reverse("review:worklist"), {"q": benzo_intake.reference})
    assert references(response) == [benzo_intake.reference]


def test_date_filter_and_bad_values_never_break_the_page(
    clinician_client: Client, benzo_intake: Intake, urgent_intake: Intake
) -> None:
    today = urgent_intake.submitted_at.date().isoformat()
    response = clinician_client.get(reverse("review:worklist"), {"submitted_from": today})
    assert urgent_intake.reference in references(response)
    for bad in ({"severity": "apocalyptic"}, {"submitted_from": "yesterday"}, {"page": "x"}):
        assert clinician_client.get(reverse("review:worklist"), bad).status_code == 200


def test_worklist_counts_intakes_per_status(
    clinician_client: Client, benzo_intake: Intake, urgent_intake: Intake
) -> None:
    response = clinician_client.get(reverse("review:worklist"))
    counts = {row.status: row.count for row in response.context["counts"]}
    assert counts["awaiting_review"] == 2
    assert counts["cleared"] == 0
    assert "Awaiting review</a>: <strong>2</strong>" in response.content.decode()


def count_queries(client: Client, params: dict[str, str] | None = None) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("review:worklist"), params or {}).status_code == 200
    return len(queries.captured_queries)


def test_worklist_query_count_does_not_grow_with_intakes(
    clinician_client: Client, demo: list[dict[str, Any]], django_assert_max_num_queries: Any
) -> None:
    for index in range(3):
        make_intake(demo[index], hours_ago=index)
    few = count_queries(clinician_client)
    filtered_few = count_queries(clinician_client, {"code": "OPIOID", "status": "all"})
    for index in range(40):
        make_intake(demo[index % len(demo)], hours_ago=index)
    assert count_queries(clinician_client) == few
    assert count_queries(clinician_client, {"code": "OPIOID", "status": "all"}) == filtered_few
    with django_assert_max_num_queries(11):
        response = clinician_client.get(reverse("review:worklist"))
    assert len(response.context["page"].object_list) == 25

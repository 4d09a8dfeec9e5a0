"""Whatever is posted to any intake page: never a 500, and never an invalid saved row."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake import screening
from intake.models import IntakeDraft
from intake.steps import STEPS, get_step
from tests.intake import pages
from tests.intake.journey import start

# Field names each page knows, plus formset keys and junk, so posts hit real validation paths.
KNOWN_FIELDS = sorted(
    {name for data in (dict(p) for _slug, p in pages.all_pages()) for name in data}
    | {"add_row", "current-0-DELETE", "stopped-0-stopped_on", "no_medications"}
)
hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "<script>alert(1)</script>",
            "'; DROP TABLE intake_intake; --",
            "9" * 5000,
            "1900-02-30",
            "2999-01-01",
            "-1",
            "NaN",
            "yes",
            "on",
            "💊" * 50,
        ]
    ),
)
posts = st.dictionaries(
    keys=st.one_of(st.sampled_from(KNOWN_FIELDS), st.text(min_size=1, max_size=20)),
    values=st.one_of(hostile_text, st.lists(hostile_text, max_size=3)),
    max_size=25,
)


def client_at(slug: str) -> Client:
    """A client whose draft has every page before `slug` done."""
    client = Client()
    start(client)
    for page_slug, data in pages.all_pages():
        if page_slug == slug:
            break
        client.post(reverse("intake:step", kwargs={"slug": page_slug}), data)
    return client


def assert_draft_is_valid() -> None:
    for draft in IntakeDraft.objects.all():
        document: dict[str, Any] = {"schema_version": 1, **draft.answers}
        screening.parse_intake(document)  # raises on any invalid stored answer
        for slug in draft.completed_steps:
            step = get_step(slug)
            assert step is not None


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("slug", [step.slug for step in STEPS])
def test_arbitrary_posts_to_a_page_never_fail_or_store_invalid_answers(slug: str) -> None:
    client = client_at(slug)

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=posts)
    def check(data: dict[str, Any]) -> None:
        cache.clear()  # the rate limit is not what is under test here
        response = client.post(reverse("intake:step", kwargs={"slug": slug}), data)
        assert response.status_code in {200, 302}, response.status_code
        assert_draft_is_valid()

    check()


@pytest.mark.django_db(transaction=True)
def test_arbitrary_posts_to_the_review_page_never_fail() -> None:
    client = client_at("review")
    for slug, data in pages.all_pages():
        client.post(reverse("intake:step", kwargs={"slug": slug}), data)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=posts)
    def check(data: dict[str, Any]) -> None:
        cache.clear()
        response = client.post(reverse("intake:review"), data)
        assert response.status_code in {200, 302}

    check()

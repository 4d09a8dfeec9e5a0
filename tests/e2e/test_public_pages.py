"""The public pages a patient may land on, checked in the browser: they load their styles and
scripts under the strict CSP, and axe-core finds no serious or critical accessibility problem.

The intake's pages, the staff pages and the admin are checked along the journeys that reach them
(test_patient_journeys.py, test_staff_journeys.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from faq.models import Article
from faq.services import ensure_initial_articles
from tests.e2e.actions import assert_page_healthy, heading
from tests.e2e.axe import Audit

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def article_url() -> str:
    return Article.objects.get(key="risks-and-side-effects").get_absolute_url()


PUBLIC_PAGES: list[tuple[str, Callable[[], str], str]] = [
    ("home page", lambda: "/", "Welcome to"),
    ("FAQ index", lambda: "/faq/", "Questions"),
    ("FAQ article", article_url, "side effects"),
    ("FAQ search with results", lambda: "/faq/search/?q=driving", "Search the questions"),
    ("FAQ search without results", lambda: "/faq/search/?q=zebra", "Search the questions"),
    ("intake start page", lambda: "/intake/", "Before your consultation"),
]


@pytest.mark.parametrize(
    ("label", "url", "expected_heading"),
    PUBLIC_PAGES,
    ids=[label.replace(" ", "-") for label, _, _ in PUBLIC_PAGES],
)
def test_public_page_is_accessible_and_loads_under_the_csp(
    page: Page,
    a11y: Audit,
    shot: Callable[..., object],
    label: str,
    url: Callable[[], str],
    expected_heading: str,
) -> None:
    ensure_initial_articles()
    response = page.goto(url())
    assert response is not None and response.status == 200
    expect(heading(page)).to_contain_text(expected_heading, ignore_case=True)
    # Bootstrap's stylesheet applied (served by the app, allowed by the CSP).
    expect(page.locator("header nav")).to_have_css("display", "flex")
    a11y(page, label)
    shot(page, label.replace(" ", "-"))
    assert_page_healthy(page)
    a11y.assert_clean()


def test_faq_search_shows_results_or_says_there_are_none(page: Page) -> None:
    ensure_initial_articles()
    page.goto("/faq/")
    page.get_by_role("search").get_by_label("Search the questions").fill("driving")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="found for “driving”")).to_be_visible()
    page.get_by_role("search").get_by_label("Search the questions").fill("zebra")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page.get_by_role("status")).to_contain_text("No answers found for “zebra”")

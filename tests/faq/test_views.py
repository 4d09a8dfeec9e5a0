from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.http import http_date

from faq.models import Article, ArticleStatus, ContentGeneration
from tests.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic_articles() -> dict[str, Article]:
    """Two topics: 'first' with three articles (one a draft), 'second' with one."""
    first = TopicFactory.create(name="First topic", slug="first", position=1)
    second = TopicFactory.create(name="Second topic", slug="second", position=2)
    return {
        "a": ArticleFactory.create(topic=first, position=1, question="Question A?", slug="a"),
        "b": ArticleFactory.create(topic=first, position=2, question="Question B?", slug="b"),
        "draft": ArticleFactory.create(
            topic=first,
            position=3,
            question="Unfinished question?",
            slug="unfinished",
            body="Secret draft words",
            status=ArticleStatus.DRAFT,
        ),
        "c": ArticleFactory.create(topic=second, position=1, question="Question C?", slug="c"),
    }


def test_index_groups_articles_under_topics_with_a_table_of_contents(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    page = client.get(reverse("faq:index")).content.decode()
    assert page.index('href="#topic-first"') < page.index('href="#topic-second"')
    assert page.index('id="topic-first"') < page.index("Question A?")
    assert page.index("Question A?") < page.index("Question B?") < page.index('id="topic-second"')
    assert page.index('id="topic-second"') < page.index("Question C?")


def test_draft_article_is_404_to_the_public(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    assert client.get(reverse("faq:article", kwargs={"slug": "unfinished"})).status_code == 404


def test_draft_article_is_not_listed_or_found_by_the_public(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    assert "Unfinished question?" not in client.get(reverse("faq:index")).content.decode()
    found = client.get(reverse("faq:search"), {"q": "Secret draft"}).content.decode()
    assert "Unfinished question?" not in found


def test_draft_article_is_404_even_to_an_editor_outside_the_preview(
    editor_client: Client, topic_articles: dict[str, Article]
) -> None:
    response = editor_client.get(reverse("faq:article", kwargs={"slug": "unfinished"}))
    assert response.status_code == 404


def test_article_page_shows_related_articles_previous_next_and_review_date(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    article = topic_articles["b"]
    article.last_reviewed_on = datetime.date(2026, 3, 4)
    article.save()
    page = client.get(article.get_absolute_url()).content.decode()
    related = page[page.index('id="related-heading"') :]
    assert 'href="/faq/a/"' in related  # same topic
    assert 'href="/faq/c/"' not in related  # other topic
    assert re.search(r'href="/faq/a/" rel="prev"', page)
    assert re.search(r'href="/faq/c/" rel="next"', page)  # next crosses into the next topic
    assert '<time datetime="2026-03-04">' in page


def test_first_article_has_no_previous_and_last_has_no_next(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    assert 'rel="prev"' not in client.get("/faq/a/").content.decode()
    assert 'rel="next"' not in client.get("/faq/c/").content.decode()


def test_preview_shows_a_draft_to_a_content_editor_as_the_public_page_would(
    editor_client: Client, topic_articles: dict[str, Article]
) -> None:
    draft = topic_articles["draft"]
    response = editor_client.get(reverse("faq:preview", kwargs={"pk": draft.pk}))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Unfinished question?" in page and "Secret draft words" in page
    assert "patients cannot see it until it is published" in page
    assert 'rel="prev"' in page  # placed where it will appear once published
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_preview_sends_anonymous_visitors_to_sign_in(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    response = client.get(reverse("faq:preview", kwargs={"pk": topic_articles["draft"].pk}))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_preview_is_forbidden_to_a_clinician(
    clinician_client: Client, topic_articles: dict[str, Article]
) -> None:
    response = clinician_client.get(
        reverse("faq:preview", kwargs={"pk": topic_articles["draft"].pk})
    )
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("faq:index", {}),
        ("faq:search", {}),
        ("faq:search", {"q": "Question"}),
        ("faq:search", {"q": "nothing-matches-this"}),
    ],
)
def test_public_pages_need_at_most_three_queries(
    client: Client,
    topic_articles: dict[str, Article],
    django_assert_max_num_queries: Any,
    url: str,
    params: dict[str, str],
) -> None:
    with django_assert_max_num_queries(3):
        assert client.get(reverse(url), params).status_code == 200


def test_article_page_needs_at_most_three_queries(
    client: Client, initial_faq: dict[str, Article], django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(3):
        response = client.get(initial_faq["sedation"].get_absolute_url())
    assert response.status_code == 200


def test_a_repeated_visit_is_served_from_the_cache_with_one_query(
    client: Client, initial_faq: dict[str, Article], django_assert_num_queries: Any
) -> None:
    urls = [reverse("faq:index"), "/faq/sedation/", reverse("faq:search") + "?q=MAOI"]
    for url in urls:
        client.get(url)
    for url in urls:
        with django_assert_num_queries(1):  # the content generation, nothing else
            assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/faq/", "/faq/a/", "/faq/search/?q=Question"])
def test_unchanged_page_answers_a_conditional_request_with_304(
    client: Client, topic_articles: dict[str, Article], url: str
) -> None:
    first = client.get(url)
    assert first.status_code == 200
    assert first["ETag"] and first["Last-Modified"]
    assert "no-cache" in first["Cache-Control"]

    by_etag = client.get(url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert by_etag.content == b""


def test_changed_content_no_longer_matches_the_old_validators(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    first = client.get("/faq/a/")
    article = topic_articles["a"]
    article.body = "A corrected answer."
    article.save()
    changed_at = ContentGeneration.current().changed_at

    response = client.get("/faq/a/", headers={"If-None-Match": first["ETag"]})

    assert response.status_code == 200
    assert "A corrected answer." in response.content.decode()
    assert response["ETag"] != first["ETag"]
    assert response["Last-Modified"] == http_date(changed_at.timestamp())


def test_signed_in_staff_get_fresh_pages_rather_than_validators(
    editor_client: Client, topic_articles: dict[str, Article]
) -> None:
    response = editor_client.get("/faq/")
    assert response.status_code == 200
    assert not response.has_header("ETag")
    assert "Sign out" in response.content.decode()


def test_faq_is_in_the_site_navigation(client: Client) -> None:
    assert 'href="/faq/"' in client.get(reverse("home")).content.decode()


@pytest.mark.parametrize("url", ["/faq/", "/faq/a/", "/faq/search/", "/faq/search/?q=zzzz"])
def test_public_pages_have_no_inline_script_or_style(
    client: Client, topic_articles: dict[str, Article], url: str
) -> None:
    page = client.get(url).content.decode()
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", page), "inline <script>"
    assert " style=" not in page and "<style" not in page
    assert not re.search(r"\son[a-z]+=", page), "inline event handler"


def test_unsafe_methods_are_refused_on_public_pages(
    client: Client, topic_articles: dict[str, Article]
) -> None:
    assert client.post("/faq/").status_code == 405

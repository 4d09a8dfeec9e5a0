from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from faq.models import Article, ArticleStatus
from faq.search import (
    MARK_END,
    MARK_START,
    excerpt,
    highlight,
    mark_headline,
    normalise_query,
    query_terms,
    search_articles,
)
from tests.factories import ArticleFactory, TopicFactory

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="trigram similarity needs PostgreSQL (pg_trgm)"
)


def keys(hits: list) -> list[str]:
    return [hit.article.key for hit in hits]


@pytest.mark.django_db
def test_a_match_in_the_question_ranks_above_a_match_in_the_answer() -> None:
    topic = TopicFactory.create()
    ArticleFactory.create(topic=topic, key="in-body", body="Bring a warm jumper to the clinic.")
    ArticleFactory.create(topic=topic, key="in-question", question="Should I bring a jumper?")
    ArticleFactory.create(topic=topic, key="in-summary", summary="A jumper is a good idea.")
    assert keys(search_articles("jumper")) == ["in-question", "in-summary", "in-body"]


@pytest.mark.django_db
def test_search_shows_where_the_word_appears_highlighted(
    client: Client, initial_faq: dict[str, Article]
) -> None:
    page = client.get(reverse("faq:search"), {"q": "caffeine"}).content.decode()
    assert "<mark>" in page
    assert "<mark>caffeine</mark>" in page.lower()


@pytest.mark.django_db
def test_multiple_words_find_the_article_that_has_them_all(initial_faq) -> None:
    assert keys(search_articles("pregnancy breastfeeding"))[0] == "pregnancy-and-breastfeeding"


@pytest.mark.django_db
def test_snippets_escape_the_editors_text_before_highlighting(client: Client) -> None:
    ArticleFactory.create(
        question="Odd answer?",
        body="Type `<script>alert(1)</script>` & wait patiently for <b>nothing</b>.",
    )
    page = client.get(reverse("faq:search"), {"q": "patiently"}).content.decode()
    results = page[page.index('id="results-heading"') :]
    results = results[: results.index("</ol>")]
    assert "<mark>patiently</mark>" in results
    assert "<script" not in results and "<b>" not in results
    if connection.vendor != "postgresql":  # ts_headline drops tag-like text altogether
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in results


@pytest.mark.django_db
def test_the_search_words_are_shown_back_escaped(client: Client) -> None:
    page = client.get(reverse("faq:search"), {"q": '<img src=x onerror="alert(1)">'})
    html = page.content.decode()
    assert page.status_code == 200
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


@pytest.mark.django_db
def test_an_empty_search_suggests_topics_and_common_questions(
    client: Client, initial_faq: dict[str, Article]
) -> None:
    page = client.get(reverse("faq:search")).content.decode()
    assert "Common questions" in page
    assert "Browse by topic" in page
    assert initial_faq["what-is-ketamine-infusion-therapy"].get_absolute_url() in page


@pytest.mark.django_db
def test_a_search_without_results_says_so_and_offers_a_way_on(
    client: Client, initial_faq: dict[str, Article]
) -> None:
    page = client.get(reverse("faq:search"), {"q": "xylophone"}).content.decode()
    assert "No answers found for “xylophone”" in page
    assert "please call the clinic" in page
    assert "Browse by topic" in page
    assert "Call or text 988".lower() in page.lower()  # the crisis line in the footer


@pytest.mark.django_db
def test_drafts_are_never_search_results() -> None:
    ArticleFactory.create(question="Hidden?", body="zebra", status=ArticleStatus.DRAFT)
    assert search_articles("zebra") == []


@on_postgresql
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typo", "key"),
    [
        ("breastfeding", "pregnancy-and-breastfeeding"),
        ("disociation", "sedation"),
        ("benzodiazepene", "medication-interactions"),
    ],
)
def test_a_misspelt_word_still_finds_the_article(initial_faq, typo: str, key: str) -> None:
    assert key in keys(search_articles(typo))


@on_postgresql
@pytest.mark.django_db
def test_postgresql_snippets_come_from_ts_headline_with_marks(initial_faq) -> None:
    hit = next(
        hit for hit in search_articles("MAOI") if hit.article.key == "medication-interactions"
    )
    assert "<mark>MAOIs</mark>" in hit.snippet or "<mark>MAOI</mark>" in hit.snippet


def test_highlight_escapes_first_and_only_then_marks() -> None:
    assert highlight("a <b> & MAOI, maoi", ["maoi"]) == (
        "a &lt;b&gt; &amp; <mark>MAOI</mark>, <mark>maoi</mark>"
    )
    assert highlight("x & y", ["&"]) == "x <mark>&amp;</mark> y"
    assert highlight("<i>", []) == "&lt;i&gt;"


def test_headline_marks_are_turned_into_mark_elements_around_escaped_text() -> None:
    headline = f"use {MARK_START}<MAOIs>{MARK_END} & {MARK_START}x{MARK_END}"
    assert mark_headline(headline) == "use <mark>&lt;MAOIs&gt;</mark> &amp; <mark>x</mark>"
    assert mark_headline(f"stray {MARK_END}end") == "stray end"


def test_excerpt_is_cut_at_words_around_the_first_match() -> None:
    text = " ".join(f"word{i}" for i in range(200)) + " target " + "tail " * 100
    snippet = excerpt(text, ["target"], length=80)
    assert "target" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet) <= 80 + 4
    assert excerpt("short text", ["x"]) == "short text"


def test_queries_are_tidied_before_searching() -> None:
    assert normalise_query("  side\x00  effects\n ") == "side effects"
    assert len(normalise_query("x" * 1000)) == 200
    assert query_terms("MAOI, maoi? a (opioids)") == ["MAOI", "opioids"]
    assert query_terms("a") == ["a"]

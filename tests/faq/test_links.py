from __future__ import annotations

from typing import Any

import pytest
from django.template import Context, Template

from faq.links import ArticleLink, article_links, article_url, link_html
from faq.models import Article, ArticleStatus

pytestmark = pytest.mark.django_db


def test_article_url_finds_a_published_article_by_its_key(initial_faq: dict[str, Article]) -> None:
    assert article_url("medication-interactions") == "/faq/medication-interactions/"


def test_article_url_follows_the_article_when_an_editor_changes_its_address(
    initial_faq: dict[str, Article],
) -> None:
    article = initial_faq["medication-interactions"]
    article.slug = "medicines"
    article.save()
    assert article_url("medication-interactions") == "/faq/medicines/"


def test_article_url_is_none_for_a_draft_or_an_unknown_key(
    initial_faq: dict[str, Article],
) -> None:
    article = initial_faq["sedation"]
    article.status = ArticleStatus.DRAFT
    article.save()
    assert article_url("sedation") is None
    assert article_url("no-such-article") is None


def test_links_for_several_keys_take_one_query(
    initial_faq: dict[str, Article], django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(1):
        links = article_links(["sedation", "benefits", "no-such-article"])
    assert set(links) == {"sedation", "benefits"}
    assert links["sedation"].question == "Will I be sedated during the infusion?"


def test_faq_link_tag_links_the_question_or_given_text(initial_faq: dict[str, Article]) -> None:
    template = Template(
        '{% load faq_links %}{% faq_link "sedation" %}|{% faq_link "sedation" text %}'
        '|{% faq_link "missing" "plain" %}|{% faq_url "benefits" %}'
    )
    assert template.render(Context({"text": "Read <this>"})) == (
        '<a href="/faq/sedation/">Will I be sedated during the infusion?</a>'
        '|<a href="/faq/sedation/">Read &lt;this&gt;</a>|plain|/faq/benefits/'
    )


def test_link_html_escapes_the_question() -> None:
    link = ArticleLink("k", "/faq/k/", "Is <b> safe?")
    assert link_html(link) == '<a href="/faq/k/">Is &lt;b&gt; safe?</a>'
    assert link_html(None) == ""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from clinic.management.commands.seed_demo import Command as SeedDemo
from faq import content
from faq.models import Article, ArticleStatus, Topic
from faq.services import ensure_initial_articles, seed_faq
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_loading_twice_creates_each_topic_and_article_once() -> None:
    first = ensure_initial_articles()
    second = ensure_initial_articles()
    assert len(first.created_articles) == 11 and not first.kept_articles
    assert not second.created_articles and len(second.kept_articles) == 11
    assert Article.objects.count() == 11
    assert Topic.objects.count() == len(content.TOPICS)


def test_loading_again_never_overwrites_an_article_an_editor_changed(content_editor) -> None:
    ensure_initial_articles()
    article = Article.objects.get(key="sedation")
    article.question = "Will I be asleep?"
    article.body = "Our own answer, written by the clinic."
    article.slug = "asleep"
    article.last_edited_by = content_editor
    article.save()

    ensure_initial_articles()

    article.refresh_from_db()
    assert article.question == "Will I be asleep?"
    assert article.body == "Our own answer, written by the clinic."
    assert article.slug == "asleep"
    assert Article.objects.filter(key="sedation").count() == 1


def test_loading_again_leaves_an_unpublished_article_a_draft() -> None:
    ensure_initial_articles()
    article = Article.objects.get(key="benefits")
    article.status = ArticleStatus.DRAFT
    article.save()

    ensure_initial_articles()

    assert Article.objects.get(key="benefits").status == ArticleStatus.DRAFT


def test_loading_again_restores_a_deleted_initial_article_that_pages_link_to() -> None:
    ensure_initial_articles()
    Article.objects.get(key="medication-interactions").delete()

    report = ensure_initial_articles()

    assert report.created_articles == ("medication-interactions",)
    assert Article.objects.get(key="medication-interactions").is_published


def test_loading_finds_a_free_address_when_an_editor_already_uses_the_slug() -> None:
    ArticleFactory.create(slug="benefits", key="")

    ensure_initial_articles()

    assert Article.objects.get(key="benefits").slug == "benefits-2"


def test_load_faq_command_says_what_it_did() -> None:
    out = StringIO()
    call_command("load_faq", stdout=out)
    call_command("load_faq", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("FAQ: 11 article(s) created, 0 already present")
    assert lines[1].startswith("FAQ: 0 article(s) created, 11 already present")


def test_seed_demo_contributes_the_faq_as_one_line() -> None:
    assert seed_faq in SeedDemo()._contributions()
    summary = seed_faq()
    assert "\n" not in summary and summary.startswith("FAQ:")

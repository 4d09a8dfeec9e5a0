from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.roles import CONTENT_EDITORS
from faq.models import Article, ArticleStatus, ContentGeneration
from tests.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_saving_an_article_stores_its_answer_rendered_and_sanitised() -> None:
    article = ArticleFactory.create(body="Hello **there** <script>alert(1)</script>")
    stored = Article.objects.get(pk=article.pk)
    assert stored.body_html == "<p>Hello <strong>there</strong> </p>"
    assert stored.body_text == "Hello there"


def test_saving_only_the_answer_also_saves_its_rendered_html() -> None:
    article = ArticleFactory.create(body="old")
    article.body = "new *words*"
    article.save(update_fields=["body"])
    stored = Article.objects.get(pk=article.pk)
    assert stored.body_html == "<p>new <em>words</em></p>"
    assert stored.body_text == "new words"


def test_two_articles_cannot_share_a_key_but_many_may_have_none() -> None:
    ArticleFactory.create(key="sedation")
    ArticleFactory.create(key="")
    ArticleFactory.create(key="")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory.create(key="sedation")


@pytest.mark.parametrize("slug", ["search", "preview"])
def test_an_article_cannot_take_the_address_of_an_faq_page(slug: str) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory.create(slug=slug)
    with pytest.raises(ValidationError):
        ArticleFactory.build(slug=slug, topic=TopicFactory.create()).full_clean()


def test_a_published_article_needs_an_answer_but_a_draft_need_not() -> None:
    ArticleFactory.create(body="", status=ArticleStatus.DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory.create(body="", status=ArticleStatus.PUBLISHED)


def test_the_database_refuses_an_unknown_status() -> None:
    article = ArticleFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status="archived")


def test_published_lists_only_published_articles_by_topic_then_position() -> None:
    later_topic = TopicFactory.create(position=20)
    first_topic = TopicFactory.create(position=10)
    b = ArticleFactory.create(topic=first_topic, position=2)
    a = ArticleFactory.create(topic=first_topic, position=1)
    c = ArticleFactory.create(topic=later_topic, position=0)
    ArticleFactory.create(topic=first_topic, position=0, status=ArticleStatus.DRAFT)
    assert list(Article.objects.published()) == [a, b, c]


def test_every_change_to_faq_content_moves_the_generation_on() -> None:
    seen = {ContentGeneration.current().token}
    topic = TopicFactory.create()
    seen.add(ContentGeneration.current().token)
    article = ArticleFactory.create(topic=topic)
    seen.add(ContentGeneration.current().token)
    article.save()
    seen.add(ContentGeneration.current().token)
    article.delete()
    seen.add(ContentGeneration.current().token)
    topic.delete()
    seen.add(ContentGeneration.current().token)
    assert len(seen) == 6


def test_generation_row_is_recreated_if_it_goes_missing() -> None:
    ContentGeneration.objects.all().delete()
    ContentGeneration.bump()
    assert ContentGeneration.objects.count() == 1


def test_content_editors_may_add_change_delete_and_view_faq_content() -> None:
    codenames = set(
        Group.objects.get(name=CONTENT_EDITORS)
        .permissions.filter(content_type__app_label="faq")
        .values_list("codename", flat=True)
    )
    assert codenames == {
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("article", "topic")
    }

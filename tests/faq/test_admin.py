"""Content editors at work in the admin, through the admin's own pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from faq.models import Article, ArticleStatus
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:faq_article_changelist"


def change_url(article: Article) -> str:
    return reverse("admin:faq_article_change", kwargs={"object_id": article.pk})


def form_data(article: Article, **changes: Any) -> dict[str, Any]:
    """What the change form posts for `article` as it stands, with `changes` typed in."""
    data = {
        "question": article.question,
        "summary": article.summary,
        "body": article.body,
        "topic": article.topic_id,
        "position": article.position,
        "status": article.status,
        "slug": article.slug,
        "key": article.key,
        "last_reviewed_on": article.last_reviewed_on.isoformat()
        if article.last_reviewed_on
        else "",
    }
    data.update(changes)
    return data


def run_action(client: Client, action: str, articles: list[Article]) -> Any:
    return client.post(
        reverse(CHANGELIST),
        {"action": action, ACTION_CHECKBOX_NAME: [article.pk for article in articles]},
        follow=True,
    )


def test_content_editor_sees_the_article_list_with_topic_position_status_and_updated(
    editor_client: Client, initial_faq: dict[str, Article], django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(12):
        response = editor_client.get(reverse(CHANGELIST))
    assert response.status_code == 200
    page = response.content.decode()
    for column in ("column-topic", "column-position", "column-status", "column-updated_at"):
        assert column in page
    assert reverse("faq:preview", kwargs={"pk": initial_faq["sedation"].pk}) in page


def test_content_editor_can_search_and_filter_articles(
    editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    found = editor_client.get(reverse(CHANGELIST), {"q": "breastfeeding"}).content.decode()
    assert "Can I have ketamine infusions if I am pregnant or breastfeeding?" in found
    assert "Will I be sedated during the infusion?" not in found
    ArticleFactory.create(
        topic=initial_faq["benefits"].topic, question="Draft question?", status="draft"
    )
    drafts = editor_client.get(reverse(CHANGELIST), {"status__exact": "draft"}).content.decode()
    assert "Draft question?" in drafts
    assert "Will I be sedated during the infusion?" not in drafts


def test_editor_changes_an_article_and_the_public_page_shows_it_at_once(
    client: Client,
    editor_client: Client,
    content_editor: Any,
    initial_faq: dict[str, Article],
) -> None:
    article = initial_faq["session-length"]
    before = client.get(article.get_absolute_url())  # now cached
    assert "about 90 minutes" not in before.content.decode()

    response = editor_client.post(
        change_url(article), form_data(article, body="It takes **about 90 minutes** in all.")
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    after = client.get(article.get_absolute_url(), headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200
    assert "<strong>about 90 minutes</strong>" in after.content.decode()
    article.refresh_from_db()
    assert article.last_edited_by == content_editor
    latest = article.history.latest()
    assert latest.history_user == content_editor


def test_editor_restores_an_earlier_version_from_the_history(
    client: Client, editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    article = initial_faq["sedation"]
    original_body = article.body
    editor_client.post(change_url(article), form_data(article, body="A wrong answer."))
    assert "A wrong answer." in client.get(article.get_absolute_url()).content.decode()

    original = article.history.earliest()
    history_page = editor_client.get(
        reverse("admin:faq_article_history", kwargs={"object_id": article.pk})
    )
    revert_url = reverse("admin:faq_article_simple_history", args=[article.pk, original.history_id])
    assert revert_url in history_page.content.decode()
    assert editor_client.get(revert_url).status_code == 200
    response = editor_client.post(revert_url, form_data(original.instance))

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == original_body
    page = client.get(article.get_absolute_url()).content.decode()
    assert "A wrong answer." not in page
    assert "subanesthetic doses" in page


def test_change_page_offers_a_preview_and_the_history(
    editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    article = initial_faq["benefits"]
    page = editor_client.get(change_url(article)).content.decode()
    assert reverse("faq:preview", kwargs={"pk": article.pk}) in page
    assert reverse("admin:faq_article_history", kwargs={"object_id": article.pk}) in page


def test_the_key_other_pages_link_by_cannot_be_changed_in_the_admin(
    editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    article = initial_faq["benefits"]
    editor_client.post(change_url(article), form_data(article, key="something-else"))
    article.refresh_from_db()
    assert article.key == "benefits"


def test_editor_adds_a_draft_with_its_slug_prefilled_and_previews_it(
    client: Client, editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    add_page = editor_client.get(reverse("admin:faq_article_add")).content.decode()
    assert "prepopulated" in add_page
    topic = initial_faq["benefits"].topic
    response = editor_client.post(
        reverse("admin:faq_article_add"),
        {
            "question": "Can I bring someone with me?",
            "summary": "Yes.",
            "body": "Yes, a friend may wait with you.",
            "topic": topic.pk,
            "position": 5,
            "status": ArticleStatus.DRAFT,
            "slug": "bring-someone",
            "key": "",
            "last_reviewed_on": "",
        },
    )
    assert response.status_code == 302
    draft = Article.objects.get(slug="bring-someone")
    assert client.get(draft.get_absolute_url()).status_code == 404
    preview = editor_client.get(reverse("faq:preview", kwargs={"pk": draft.pk}))
    assert "a friend may wait with you" in preview.content.decode()


def test_unpublishing_in_bulk_hides_the_articles_from_the_public_at_once(
    client: Client, editor_client: Client, content_editor: Any, initial_faq: dict[str, Article]
) -> None:
    chosen = [initial_faq["benefits"], initial_faq["sedation"]]
    for article in chosen:
        assert client.get(article.get_absolute_url()).status_code == 200
    assert "Will I be sedated" in client.get(reverse("faq:index")).content.decode()

    response = run_action(editor_client, "unpublish_articles", chosen)

    assert "2 articles unpublished." in response.content.decode()
    for article in chosen:
        assert client.get(article.get_absolute_url()).status_code == 404
        article.refresh_from_db()
        assert article.last_edited_by == content_editor
        assert article.history.latest().history_user == content_editor
    assert "Will I be sedated" not in client.get(reverse("faq:index")).content.decode()


def test_publishing_in_bulk_shows_drafts_to_the_public_at_once(
    client: Client, editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    drafts = ArticleFactory.create_batch(
        2, topic=initial_faq["benefits"].topic, status=ArticleStatus.DRAFT
    )
    assert client.get(drafts[0].get_absolute_url()).status_code == 404

    response = run_action(editor_client, "publish_articles", [*drafts, initial_faq["benefits"]])

    assert "2 articles published." in response.content.decode()
    for draft in drafts:
        assert client.get(draft.get_absolute_url()).status_code == 200


def test_marking_articles_reviewed_shows_today_as_the_review_date(
    client: Client, editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    article = initial_faq["risks-and-side-effects"]
    client.get(article.get_absolute_url())

    run_action(editor_client, "mark_reviewed_today", [article])

    today = timezone.localdate().isoformat()
    assert f'<time datetime="{today}">' in client.get(article.get_absolute_url()).content.decode()


def test_deleting_in_bulk_removes_the_articles_from_public_pages_at_once(
    client: Client, editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    article = ArticleFactory.create(topic=initial_faq["benefits"].topic, question="Doomed?")
    assert "Doomed?" in client.get(reverse("faq:index")).content.decode()

    editor_client.post(
        reverse(CHANGELIST),
        {"action": "delete_selected", ACTION_CHECKBOX_NAME: [article.pk], "post": "yes"},
    )

    assert not Article.objects.filter(pk=article.pk).exists()
    assert "Doomed?" not in client.get(reverse("faq:index")).content.decode()


def test_editor_reorders_articles_from_the_list_and_the_index_follows(
    client: Client, editor_client: Client, initial_faq: dict[str, Article]
) -> None:
    listed = list(
        Article.objects.select_related("topic").order_by(
            "topic__position", "topic__name", "position", "question"
        )
    )
    assert client.get(reverse("faq:index")).status_code == 200
    new_positions = {article.pk: article.position for article in listed}
    new_positions[initial_faq["benefits"].pk] = 1  # benefits first in its topic
    data: dict[str, Any] = {
        "form-TOTAL_FORMS": len(listed),
        "form-INITIAL_FORMS": len(listed),
        "form-MIN_NUM_FORMS": 0,
        "form-MAX_NUM_FORMS": 1000,
        "_save": "Save",
    }
    for index, article in enumerate(listed):
        data[f"form-{index}-id"] = article.pk
        data[f"form-{index}-position"] = new_positions[article.pk]

    response = editor_client.post(reverse(CHANGELIST), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    page = client.get(reverse("faq:index")).content.decode()
    assert page.index("What are the benefits") < page.index("What is ketamine infusion therapy")


def test_a_clinician_cannot_open_the_faq_admin(clinician_client: Client) -> None:
    response = clinician_client.get(reverse(CHANGELIST))
    assert response.status_code == 302  # the admin sends non-staff to its sign-in

"""Writes to FAQ content that are more than saving one form: loading, publishing, reviewing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from faq import content
from faq.models import Article, ArticleStatus, ContentGeneration, Topic


@dataclass(frozen=True)
class InitialLoadReport:
    created_topics: tuple[str, ...]
    created_articles: tuple[str, ...]
    kept_articles: tuple[str, ...]

    def summary(self) -> str:
        return (
            f"FAQ: {len(self.created_articles)} article(s) created, "
            f"{len(self.kept_articles)} already present and left as editors keep them."
        )


@transaction.atomic
def ensure_initial_articles() -> InitialLoadReport:
    """Create the clinic's initial topics and articles that are missing; change nothing else.

    An article is matched by its stable key, so an article an editor has rewritten, renamed,
    moved or unpublished is left exactly as it is. A missing one (never loaded, or deleted) is
    created again, published, because other pages link to it by key.
    """
    created_topics: list[str] = []
    topics: dict[str, Topic] = {}
    for initial_topic in content.TOPICS:
        topic = Topic.objects.filter(slug=initial_topic.slug).first()
        if topic is None:
            topic = Topic.objects.create(
                slug=initial_topic.slug,
                name=initial_topic.name,
                description=initial_topic.description,
                position=initial_topic.position,
            )
            created_topics.append(topic.slug)
        topics[initial_topic.slug] = topic

    existing = set(Article.objects.filter(key__in=content.KEYS).values_list("key", flat=True))
    created: list[str] = []
    for position, initial in enumerate(content.ARTICLES, start=1):
        if initial.key in existing:
            continue
        Article.objects.create(
            key=initial.key,
            slug=_free_slug(initial.slug),
            question=initial.question,
            summary=initial.summary,
            body=initial.body.strip(),
            topic=topics[initial.topic],
            position=position * 10,
            status=ArticleStatus.PUBLISHED,
        )
        created.append(initial.key)
    kept = tuple(key for key in content.KEYS if key in existing)
    return InitialLoadReport(tuple(created_topics), tuple(created), kept)


def _free_slug(wanted: str) -> str:
    """The wanted slug, or the first `wanted-N` no other article uses."""
    slug, suffix = wanted, 2
    while Article.objects.filter(slug=slug).exists():
        slug, suffix = f"{wanted}-{suffix}", suffix + 1
    return slug


def seed_faq() -> str:
    """seed_demo's contribution: the initial FAQ, as one line for its output."""
    return ensure_initial_articles().summary()


@transaction.atomic
def set_articles_status(
    *, articles: QuerySet[Article], status: ArticleStatus, editor: Any = None
) -> int:
    """Publish or unpublish articles one by one, so each change is saved, recorded in the
    history with its author, and invalidates cached pages; returns how many changed.

    `QuerySet.update()` would skip all three.
    """
    changed = 0
    for article in _locked(articles).exclude(status=status):
        article.status = status
        _save_edit(article, editor, ["status"])
        changed += 1
    ContentGeneration.bump()
    return changed


@transaction.atomic
def mark_articles_reviewed(
    *, articles: QuerySet[Article], on: datetime.date | None = None, editor: Any = None
) -> int:
    """Record that a clinician checked these answers (today unless `on` says otherwise)."""
    reviewed_on = on or timezone.localdate()
    changed = 0
    for article in _locked(articles):
        article.last_reviewed_on = reviewed_on
        _save_edit(article, editor, ["last_reviewed_on"])
        changed += 1
    ContentGeneration.bump()
    return changed


def _locked(articles: QuerySet[Article]) -> QuerySet[Article]:
    """The same articles, fresh from the database and locked until the transaction ends."""
    return Article.objects.filter(pk__in=articles.values("pk")).select_for_update(of=("self",))


def _save_edit(article: Article, editor: Any, fields: list[str]) -> None:
    update_fields = [*fields, "updated_at"]
    if editor is not None and getattr(editor, "is_authenticated", False):
        article.last_edited_by = editor
        update_fields.append("last_edited_by")
    article.save(update_fields=update_fields)

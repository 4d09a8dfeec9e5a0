"""Patient-facing questions and answers, grouped by topic and kept current by content editors.

Every write to a topic or an article bumps the single `ContentGeneration` row, explicitly in
`save()`/`delete()` and in the services that change many rows at once. Public pages key their
cache entries and their ETag on that generation, so a change shows at once in every process.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from faq.markdown import html_to_text, render_markdown

# Paths under /faq/ that are not articles; an article slug may not take them.
RESERVED_SLUGS = ("search", "preview")


class ContentGeneration(models.Model):
    """One row whose number goes up whenever any FAQ content changes.

    It lives in the database rather than in the cache so that a change made through one server
    process is seen by all of them, whatever cache backend each uses.
    """

    SINGLETON_ID = 1

    id = models.PositiveSmallIntegerField(primary_key=True, default=SINGLETON_ID)
    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("FAQ content generation")
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="faq_generation_is_a_single_row"),
        ]

    def __str__(self) -> str:
        return f"{self.number} ({self.changed_at:%Y-%m-%d %H:%M:%S})"

    @property
    def token(self) -> str:
        """Identifies the content state; the time part keeps it unique even if the row is reset."""
        return f"{self.number}.{int(self.changed_at.timestamp() * 1_000_000)}"

    @classmethod
    def current(cls) -> ContentGeneration:
        generation, _created = cls.objects.get_or_create(pk=cls.SINGLETON_ID)
        return generation

    @classmethod
    def bump(cls) -> None:
        """Mark all FAQ content as changed: cached pages and validators stop matching."""
        updated = cls.objects.filter(pk=cls.SINGLETON_ID).update(
            number=F("number") + 1, changed_at=timezone.now()
        )
        if not updated:
            cls.objects.get_or_create(pk=cls.SINGLETON_ID)


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One sentence shown under the topic's heading on the FAQ page."),
    )
    position = models.PositiveIntegerField(
        _("position"), default=0, help_text=_("Topics are listed from the lowest number up.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="faq_topic_has_a_name"),
            models.CheckConstraint(condition=~Q(slug=""), name="faq_topic_has_a_slug"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        ContentGeneration.bump()

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        result = super().delete(*args, **kwargs)
        ContentGeneration.bump()
        return result


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class ArticleQuerySet(models.QuerySet["Article"]):
    def in_reading_order(self) -> ArticleQuerySet:
        return self.order_by("topic__position", "topic__name", "position", "question", "pk")

    def published(self) -> ArticleQuerySet:
        """What patients may read, with its topic, in the order the FAQ page lists it."""
        return (
            self.filter(status=ArticleStatus.PUBLISHED).select_related("topic").in_reading_order()
        )

    def outline(self) -> ArticleQuerySet:
        """Published articles without their bodies: enough to list and link to them."""
        return self.published().only(
            "question",
            "slug",
            "key",
            "summary",
            "position",
            "topic__name",
            "topic__slug",
            "topic__position",
            "topic__description",
        )


class Article(models.Model):
    key = models.SlugField(
        _("key"),
        max_length=80,
        blank=True,
        default="",
        help_text=_(
            "Stable name that other pages (such as the intake form) use to link here. "
            "Set once; it cannot be changed afterwards."
        ),
    )
    question = models.CharField(_("question"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The last part of the page's web address."),
    )
    summary = models.CharField(
        _("short answer"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences, shown in lists and search results."),
    )
    body = models.TextField(
        _("answer"), help_text=_("Markdown. Headings, lists, links, bold and italic are kept.")
    )
    body_html = models.TextField(editable=False, default="")
    body_text = models.TextField(editable=False, default="")
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="articles", verbose_name=_("topic")
    )
    position = models.PositiveIntegerField(
        _("position"),
        default=0,
        help_text=_("Articles within a topic are listed from the lowest number up."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )
    last_reviewed_on = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When a clinician last checked this answer. Shown to patients."),
    )

    history = HistoricalRecords()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["topic__position", "topic__name", "position", "question"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.UniqueConstraint(
                fields=["key"], condition=~Q(key=""), name="faq_article_key_is_unique"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ArticleStatus.values), name="faq_article_status_is_known"
            ),
            models.CheckConstraint(condition=~Q(question=""), name="faq_article_has_a_question"),
            models.CheckConstraint(condition=~Q(slug=""), name="faq_article_has_a_slug"),
            models.CheckConstraint(
                condition=~Q(slug__in=RESERVED_SLUGS), name="faq_article_slug_is_not_reserved"
            ),
            models.CheckConstraint(
                condition=Q(status=ArticleStatus.DRAFT) | ~Q(body=""),
                name="faq_published_article_has_an_answer",
            ),
        ]
        indexes = [models.Index(fields=["status", "topic", "position"])]

    def __str__(self) -> str:
        return self.question

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Render the answer once here, so public pages never render Markdown."""
        self.body_html = render_markdown(self.body)
        self.body_text = html_to_text(self.body_html)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_html", "body_text"}
        super().save(*args, **kwargs)
        ContentGeneration.bump()

    def get_absolute_url(self) -> str:
        return reverse("faq:article", kwargs={"slug": self.slug})

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        result = super().delete(*args, **kwargs)
        ContentGeneration.bump()
        return result

    @property
    def is_published(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED

    def clean(self) -> None:
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by the FAQ itself.")})
        if self.status == ArticleStatus.PUBLISHED and not self.body.strip():
            raise ValidationError({"body": _("A published article needs an answer.")})

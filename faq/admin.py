"""The FAQ in the Django admin, for content editors.

History and "revert to this version" come from django-simple-history. Saving, publishing and
reverting all go through `Article.save()`, which renders the answer and invalidates cached pages.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from faq.models import Article, ArticleStatus, ContentGeneration, Topic
from faq.services import mark_articles_reviewed, set_articles_status


class ArticleInline(admin.TabularInline):
    model = Article
    fields = ("question", "position", "status")
    readonly_fields = ("question", "status")
    extra = 0
    show_change_link = True
    can_delete = False
    ordering = ("position", "question")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ("name", "position", "description")
    list_editable = ("position",)
    search_fields = ("name", "description")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (ArticleInline,)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Topic]) -> None:
        super().delete_queryset(request, queryset)
        ContentGeneration.bump()  # QuerySet.delete() does not call Topic.delete()


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = (
        "question",
        "topic",
        "position",
        "status",
        "updated_at",
        "last_edited_by",
        "last_reviewed_on",
        "preview_link",
    )
    list_display_links = ("question",)
    list_editable = ("position",)
    list_filter = ("status", "topic", "last_reviewed_on", "updated_at")
    list_select_related = ("topic", "last_edited_by")
    search_fields = ("question", "summary", "body", "key", "slug")
    ordering = ("topic__position", "topic__name", "position", "question")
    prepopulated_fields = {"slug": ("question",)}
    readonly_fields = ("preview_link", "created_at", "updated_at", "last_edited_by")
    fieldsets = (
        (None, {"fields": ("question", "summary", "body")}),
        (
            _("Where it appears"),
            {"fields": ("topic", "position", "status", "slug", "key")},
        ),
        (
            _("Review"),
            {"fields": ("last_reviewed_on", "preview_link")},
        ),
        (
            _("Record"),
            {"fields": ("created_at", "updated_at", "last_edited_by")},
        ),
    )
    actions = ("publish_articles", "unpublish_articles", "mark_reviewed_today")
    history_list_display = ("status",)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        """A key, once set, is what other pages link by: it cannot be changed here."""
        fields = tuple(super().get_readonly_fields(request, obj))
        if obj is not None and obj.key:
            fields += ("key",)
        return fields

    def view_on_site(self, obj: Article) -> str | None:
        """Only a published article has a public page; a draft has its preview instead."""
        return obj.get_absolute_url() if obj.is_published else None

    @admin.display(description=_("preview"))
    def preview_link(self, obj: Article) -> SafeString | str:
        if obj.pk is None:
            return _("Save the article first; then you can preview it.")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("faq:preview", kwargs={"pk": obj.pk}),
            _("Preview"),
        )

    def save_model(self, request: HttpRequest, obj: Article, form: Any, change: bool) -> None:
        if request.user.is_authenticated:  # always, behind the admin's login
            obj.last_edited_by = request.user
        super().save_model(request, obj, form, change)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        super().delete_queryset(request, queryset)
        ContentGeneration.bump()  # QuerySet.delete() does not call Article.delete()

    @admin.action(description=_("Publish selected articles"), permissions=["change"])
    def publish_articles(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        changed = set_articles_status(
            articles=queryset, status=ArticleStatus.PUBLISHED, editor=request.user
        )
        self.message_user(
            request,
            ngettext("%(count)d article published.", "%(count)d articles published.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Unpublish selected articles (back to draft)"), permissions=["change"]
    )
    def unpublish_articles(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        changed = set_articles_status(
            articles=queryset, status=ArticleStatus.DRAFT, editor=request.user
        )
        self.message_user(
            request,
            ngettext("%(count)d article unpublished.", "%(count)d articles unpublished.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark selected articles as reviewed today"), permissions=["change"])
    def mark_reviewed_today(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        changed = mark_articles_reviewed(articles=queryset, editor=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d article marked as reviewed today.",
                "%(count)d articles marked as reviewed today.",
                changed,
            )
            % {"count": changed},
            messages.SUCCESS,
        )

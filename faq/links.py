"""Links to FAQ articles by their stable key, for other parts of the site.

The intake form links to "the medications article" as `article_url("medication-interactions")`:
the key survives an editor changing the question or the address. Only published articles are
linked; for a draft or a missing article these return None, and callers show no link.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from faq.models import Article, ArticleStatus


@dataclass(frozen=True)
class ArticleLink:
    key: str
    url: str
    question: str


def article_links(keys: Iterable[str]) -> dict[str, ArticleLink]:
    """Links to the published articles with these keys, in one query; missing keys are absent."""
    wanted = {key for key in keys if key}
    if not wanted:
        return {}
    rows = Article.objects.filter(key__in=wanted, status=ArticleStatus.PUBLISHED).values_list(
        "key", "slug", "question"
    )
    return {
        key: ArticleLink(key, reverse("faq:article", kwargs={"slug": slug}), question)
        for key, slug, question in rows
    }


def article_link(key: str) -> ArticleLink | None:
    return article_links([key]).get(key)


def article_url(key: str) -> str | None:
    """The public address of the published article with this key, or None."""
    link = article_link(key)
    return link.url if link else None


def link_html(link: ArticleLink | None, text: str = "") -> SafeString:
    """An <a> to the article, labelled `text` or else its question; plain `text` without a link."""
    if link is None:
        return format_html("{}", text)
    return format_html('<a href="{}">{}</a>', link.url, text or link.question)

"""What each public FAQ page shows, as plain data: at most two queries per page.

The grouping and neighbour functions are pure, so they are tested without a database; the
`*_page` functions run the queries and are what the views cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from faq.models import Article, Topic
from faq.search import SearchHit, search_articles

RELATED_LIMIT = 5
COMMON_QUESTIONS_LIMIT = 5


@dataclass(frozen=True)
class TopicSection:
    topic: Topic
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class ArticlePage:
    article: Article
    related: tuple[Article, ...]
    previous: Article | None
    next: Article | None


@dataclass(frozen=True)
class SearchPage:
    query: str
    hits: tuple[SearchHit, ...]
    # Shown when there is no query or nothing matched: somewhere to go next.
    sections: tuple[TopicSection, ...]
    common_questions: tuple[Article, ...]


def reading_order(article: Article) -> tuple[int, str, int, str, int]:
    """The order the FAQ page lists articles in (Article.objects.in_reading_order)."""
    return (
        article.topic.position,
        article.topic.name,
        article.position,
        article.question,
        article.pk or 0,
    )


def group_by_topic(articles: Iterable[Article]) -> tuple[TopicSection, ...]:
    """Articles in reading order, grouped under their topics (topics without articles left out)."""
    sections: list[TopicSection] = []
    current: Topic | None = None
    grouped: list[Article] = []
    for article in articles:
        if current is None or article.topic_id != current.pk:
            if current is not None:
                sections.append(TopicSection(current, tuple(grouped)))
            current, grouped = article.topic, []
        grouped.append(article)
    if current is not None:
        sections.append(TopicSection(current, tuple(grouped)))
    return tuple(sections)


def neighbours(
    outline: Sequence[Article], article: Article
) -> tuple[Article | None, Article | None]:
    """The articles before and after `article` in reading order.

    `article` need not be in `outline`: a draft being previewed sits where it would once published.
    """
    others = [other for other in outline if other.pk != article.pk]
    place = reading_order(article)
    before = [other for other in others if reading_order(other) < place]
    after = [other for other in others if reading_order(other) > place]
    return (before[-1] if before else None, after[0] if after else None)


def related_to(
    outline: Sequence[Article], article: Article, limit: int = RELATED_LIMIT
) -> tuple[Article, ...]:
    """Other articles on the same topic, in reading order."""
    same_topic = [
        other for other in outline if other.topic_id == article.topic_id and other.pk != article.pk
    ]
    return tuple(same_topic[:limit])


def common_questions(
    sections: Sequence[TopicSection], limit: int = COMMON_QUESTIONS_LIMIT
) -> tuple[Article, ...]:
    """A short starting list: the first question of each topic, then the next ones, in order."""
    picked: list[Article] = []
    depth = 0
    while len(picked) < limit and any(depth < len(section.articles) for section in sections):
        picked.extend(
            section.articles[depth] for section in sections if depth < len(section.articles)
        )
        depth += 1
    return tuple(picked[:limit])


def index_page() -> tuple[TopicSection, ...]:
    return group_by_topic(Article.objects.outline())


def article_page(article: Article) -> ArticlePage:
    outline = list(Article.objects.outline())
    previous, following = neighbours(outline, article)
    return ArticlePage(article, related_to(outline, article), previous, following)


def published_article_page(slug: str) -> ArticlePage | None:
    article = Article.objects.published().filter(slug=slug).first()
    return None if article is None else article_page(article)


def search_page(query: str) -> SearchPage:
    hits = tuple(search_articles(query)) if query else ()
    if hits:
        return SearchPage(query, hits, (), ())
    sections = index_page()
    return SearchPage(query, hits, sections, common_questions(sections))

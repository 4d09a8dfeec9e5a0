"""How public pages arrange articles: pure functions, no database."""

from __future__ import annotations

from faq.models import Article, Topic
from faq.pages import common_questions, group_by_topic, neighbours, related_to
from tests.factories import ArticleFactory, TopicFactory


def make(topic: Topic, position: int, pk: int) -> Article:
    return ArticleFactory.build(topic=topic, position=position, pk=pk, question=f"Q{pk}?")


def outline() -> tuple[Topic, Topic, list[Article]]:
    first = TopicFactory.build(pk=1, position=1, name="First")
    second = TopicFactory.build(pk=2, position=2, name="Second")
    return first, second, [make(first, 1, 1), make(first, 2, 2), make(second, 1, 3)]


def test_articles_are_grouped_under_their_topics_in_order() -> None:
    first, second, articles = outline()
    sections = group_by_topic(articles)
    assert [section.topic for section in sections] == [first, second]
    assert [len(section.articles) for section in sections] == [2, 1]
    assert group_by_topic([]) == ()


def test_neighbours_cross_topic_boundaries_and_stop_at_the_ends() -> None:
    _first, _second, (a, b, c) = outline()
    assert neighbours([a, b, c], a) == (None, b)
    assert neighbours([a, b, c], b) == (a, c)
    assert neighbours([a, b, c], c) == (b, None)


def test_a_draft_being_previewed_sits_where_it_will_be_published() -> None:
    first, _second, (a, b, c) = outline()
    draft = make(first, 3, 9)
    assert neighbours([a, b, c], draft) == (b, c)


def test_related_articles_share_the_topic_and_exclude_the_article_itself() -> None:
    _first, _second, (a, b, c) = outline()
    assert related_to([a, b, c], a) == (b,)
    assert related_to([a, b, c], c) == ()


def test_common_questions_start_with_the_first_of_each_topic() -> None:
    _first, _second, (a, b, c) = outline()
    sections = group_by_topic([a, b, c])
    assert common_questions(sections, limit=2) == (a, c)
    assert common_questions(sections, limit=5) == (a, c, b)

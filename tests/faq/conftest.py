from __future__ import annotations

import pytest

from faq import content
from faq.models import Article
from faq.services import ensure_initial_articles


@pytest.fixture
def initial_faq(db: None) -> dict[str, Article]:
    """The clinic's eleven initial articles, loaded as a deploy (or `make run`) loads them."""
    ensure_initial_articles()
    return {article.key: article for article in Article.objects.filter(key__in=content.KEYS)}

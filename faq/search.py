"""Searching published articles, with a snippet of each answer where the words were found.

On PostgreSQL: full-text search ranked with the question weighing most (A), then the short answer
(B), then the answer (C); `ts_headline` snippets; and trigram similarity (pg_trgm) so that a typo
("breastfeding") still finds the article. Elsewhere (SQLite in development and tests): a plain
`icontains` search over the same three texts.

Snippets are built from the article's plain text, which editors wrote. They are always escaped
first, and only then are the matched words wrapped in <mark>.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Q
from django.db.models.functions import Greatest
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from faq.models import Article

SEARCH_CONFIG = "english"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_RESULTS = 20
# word_similarity() at or above this counts as a match, for queries long enough to judge.
TRIGRAM_THRESHOLD = 0.5
TRIGRAM_MIN_QUERY_LENGTH = 4
SNIPPET_LENGTH = 240
# ts_headline marks matches with these; editors' text cannot contain them (see normalise_query
# and faq.markdown.html_to_text), and they are replaced by <mark> only after escaping.
MARK_START = "\x02"
MARK_END = "\x03"

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHITESPACE = re.compile(r"\s+")
_TERM_EDGES = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True)
class SearchHit:
    article: Article
    snippet: SafeString


def normalise_query(raw: str) -> str:
    """What a visitor typed, tidied: no control characters, single spaces, a sane length."""
    text = _CONTROL_CHARACTERS.sub(" ", raw)
    return _WHITESPACE.sub(" ", text).strip()[:MAX_QUERY_LENGTH].strip()


def query_terms(query: str) -> list[str]:
    """Distinct words of the query, without surrounding punctuation; one-letter words dropped."""
    terms: list[str] = []
    for word in query.split():
        term = _TERM_EDGES.sub("", word)
        if len(term) > 1 and term.casefold() not in {t.casefold() for t in terms}:
            terms.append(term)
    return terms[:MAX_TERMS] or ([query] if query else [])


def search_articles(raw_query: str, *, limit: int = MAX_RESULTS) -> list[SearchHit]:
    query = normalise_query(raw_query)
    if not query:
        return []
    if connection.vendor == "postgresql":
        return _search_postgres(query, limit)
    return _search_portable(query, limit)


def _search_postgres(query: str, limit: int) -> list[SearchHit]:
    document = (
        SearchVector("question", weight="A", config=SEARCH_CONFIG)
        + SearchVector("summary", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body_text", weight="C", config=SEARCH_CONFIG)
    )
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    matches = Q(document=search_query)
    articles = Article.objects.published().defer("body", "body_html")
    if len(query) >= TRIGRAM_MIN_QUERY_LENGTH:
        articles = articles.annotate(
            similarity=Greatest(
                TrigramWordSimilarity(query, "question"),
                TrigramWordSimilarity(query, "summary"),
                TrigramWordSimilarity(query, "body_text"),
            )
        )
        matches |= Q(similarity__gte=TRIGRAM_THRESHOLD)
        order = ["-rank", "-similarity"]
    else:
        order = ["-rank"]
    found = (
        articles.annotate(document=document, rank=SearchRank(document, search_query))
        .filter(matches)
        .annotate(
            headline=SearchHeadline(
                "body_text",
                search_query,
                config=SEARCH_CONFIG,
                start_sel=MARK_START,
                stop_sel=MARK_END,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        )
        .order_by(*order, "topic__position", "position", "pk")[:limit]
    )
    hits = []
    for article in found:
        headline: str = article.headline  # type: ignore[attr-defined]
        snippet = mark_headline(headline) if MARK_START in headline else escape(article.summary)
        hits.append(SearchHit(article, snippet))
    return hits


def _search_portable(query: str, limit: int) -> list[SearchHit]:
    terms = query_terms(query)
    any_term = Q()
    for term in terms:
        any_term |= (
            Q(question__icontains=term) | Q(summary__icontains=term) | Q(body_text__icontains=term)
        )
    candidates = list(Article.objects.published().defer("body", "body_html").filter(any_term))
    scored = [(_portable_score(article, terms), article) for article in candidates]
    # Articles with every word first; if none has them all, those with the most.
    best_coverage = max((coverage for (coverage, _weight), _article in scored), default=0)
    ranked = sorted(
        (item for item in scored if item[0][0] == best_coverage),
        key=lambda item: item[0][1],
        reverse=True,
    )
    return [
        SearchHit(article, highlight(excerpt(_snippet_source(article, terms), terms), terms))
        for _score, article in ranked[:limit]
    ]


def _portable_score(article: Article, terms: Sequence[str]) -> tuple[int, int]:
    """(how many of the words it contains, weight: 3 in the question, 2 summary, 1 answer)."""
    coverage = weight = 0
    for term in terms:
        needle = term.casefold()
        in_question = needle in article.question.casefold()
        in_summary = needle in article.summary.casefold()
        in_body = needle in article.body_text.casefold()
        coverage += in_question or in_summary or in_body
        weight += 3 * in_question + 2 * in_summary + in_body
    return coverage, weight


def _snippet_source(article: Article, terms: Sequence[str]) -> str:
    body = article.body_text.casefold()
    if any(term.casefold() in body for term in terms) or not article.summary:
        return article.body_text
    return article.summary


def excerpt(text: str, terms: Sequence[str], length: int = SNIPPET_LENGTH) -> str:
    """About `length` characters of `text` around the first of `terms`, cut at word boundaries."""
    if len(text) <= length:
        return text
    folded = text.casefold()
    positions = [folded.find(term.casefold()) for term in terms]
    first = min((p for p in positions if p >= 0), default=0)
    start = max(0, first - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return f"{prefix}{text[start:end].strip()}{suffix}"


def highlight(text: str, terms: Sequence[str]) -> SafeString:
    """`text` escaped, with each occurrence of a term wrapped in <mark>."""
    wanted = sorted({term for term in terms if term}, key=len, reverse=True)
    if not wanted:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in wanted), re.IGNORECASE)
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text was escaped above)


def mark_headline(headline: str) -> SafeString:
    """A ts_headline result (matches between MARK_START and MARK_END) as escaped HTML."""
    pieces: list[str] = []
    inside = False
    for piece in re.split(f"({MARK_START}|{MARK_END})", headline):
        if piece == MARK_START:
            inside = True
        elif piece == MARK_END:
            inside = False
        elif piece:
            pieces.append(f"<mark>{escape(piece)}</mark>" if inside else escape(piece))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text was escaped above)

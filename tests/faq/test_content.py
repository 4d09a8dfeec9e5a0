"""The clinic's eleven initial answers, as patients see them after migrate and seed."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from faq import content
from faq.models import Article, ArticleStatus

EXPECTED_KEYS = (
    "what-is-ketamine-infusion-therapy",
    "conditions-treated",
    "benefits",
    "risks-and-side-effects",
    "session-length",
    "number-of-sessions",
    "what-it-feels-like",
    "sedation",
    "medication-interactions",
    "lifestyle-during-treatment",
    "pregnancy-and-breastfeeding",
)

# key -> items of each numbered list in the clinic's FAQ text, in order ([] for prose answers).
SOURCE_LISTS = {
    "what-is-ketamine-infusion-therapy": [8],
    "conditions-treated": [5],
    "benefits": [7],
    "risks-and-side-effects": [11],
    "session-length": [],
    "number-of-sessions": [],
    "what-it-feels-like": [6, 6],
    "sedation": [],
    "medication-interactions": [4],
    "lifestyle-during-treatment": [12],
    "pregnancy-and-breastfeeding": [],
}

# A phrase from the end of each answer: the answer was copied in full.
LAST_WORDS = {
    "what-is-ketamine-infusion-therapy": "maintenance infusions at regular intervals",
    "conditions-treated": "a window for further therapeutic interventions",
    "benefits": "long-term improvements in mood and cognition",
    "risks-and-side-effects": "potentially leading to adverse effects",
    "session-length": "unique medical history and treatment needs",
    "number-of-sessions": "the best possible outcome from ketamine infusion therapy",
    "what-it-feels-like": "any concerns they may have",
    "sedation": "address any specific concerns you may have",
    "medication-interactions": "changes to your medication regimen",
    "lifestyle-during-treatment": "a safe and effective experience with ketamine infusion therapy",
    "pregnancy-and-breastfeeding": "safe treatment approach for you and your baby",
}


def answer_html(page: str) -> str:
    match = re.search(r'<div class="faq-answer">(.*?)</div>', page, re.DOTALL)
    assert match, "the page shows the answer"
    return match.group(1)


def test_initial_content_has_the_eleven_keys_the_screening_links_to_in_order() -> None:
    assert content.KEYS == EXPECTED_KEYS
    assert len({article.slug for article in content.ARTICLES}) == 11


@pytest.mark.parametrize("initial", content.ARTICLES, ids=lambda article: article.key)
def test_every_initial_question_is_a_patient_facing_question_with_a_short_answer(
    initial: content.InitialArticle,
) -> None:
    assert initial.question.endswith("?")
    assert 0 < len(initial.question) <= (Article._meta.get_field("question").max_length or 0)
    assert 0 < len(initial.summary) <= (Article._meta.get_field("summary").max_length or 0)
    assert initial.topic in {topic.slug for topic in content.TOPICS}


@pytest.mark.django_db
def test_seed_demo_loads_all_eleven_articles_published() -> None:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    published = Article.objects.published()
    assert sorted(published.values_list("key", flat=True)) == sorted(EXPECTED_KEYS)
    assert "FAQ: 11 article(s) created" in out.getvalue()


@pytest.mark.parametrize("key", EXPECTED_KEYS)
def test_each_answer_is_on_its_page_complete_with_its_lists_intact(
    client: Client, initial_faq: dict[str, Article], key: str
) -> None:
    response = client.get(reverse("faq:article", kwargs={"slug": initial_faq[key].slug}))
    assert response.status_code == 200
    answer = answer_html(response.content.decode())
    lists = re.findall(r"<ol>(.*?)</ol>", answer, re.DOTALL)
    assert [len(re.findall(r"<li>", items)) for items in lists] == SOURCE_LISTS[key]
    assert "<ul>" not in answer
    assert answer.count("<li>") == sum(SOURCE_LISTS[key])
    assert LAST_WORDS[key] in answer


def test_the_two_lists_about_how_it_feels_keep_their_headings(
    client: Client, initial_faq: dict[str, Article]
) -> None:
    page = client.get(initial_faq["what-it-feels-like"].get_absolute_url()).content.decode()
    assert "<h2>During the Ketamine Infusion</h2>" in page
    assert "<h2>After the Ketamine Infusion</h2>" in page


def test_every_initial_article_is_linked_from_the_faq_index(
    client: Client, initial_faq: dict[str, Article]
) -> None:
    page = client.get(reverse("faq:index")).content.decode()
    for article in initial_faq.values():
        assert f'href="{article.get_absolute_url()}"' in page
        assert article.status == ArticleStatus.PUBLISHED


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("breastfeeding", "pregnancy-and-breastfeeding"),
        ("MAOI", "medication-interactions"),
        ("dissociation", "what-it-feels-like"),
        ("dissociation", "sedation"),
        ("fibromyalgia", "what-is-ketamine-infusion-therapy"),
        ("caffeine", "lifestyle-during-treatment"),
        ("oxygen saturation", "session-length"),
    ],
)
def test_words_in_the_answers_find_their_article(
    client: Client, initial_faq: dict[str, Article], words: str, key: str
) -> None:
    response = client.get(reverse("faq:search"), {"q": words})
    assert response.status_code == 200
    assert f'href="{initial_faq[key].get_absolute_url()}"' in response.content.decode()

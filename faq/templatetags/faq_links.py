"""`{% load faq_links %}`: link to an FAQ article by its stable key.

{% faq_link "medication-interactions" %}                 the question as the link text
{% faq_link "medication-interactions" _("Read more") %}  your own text
{% faq_url "sedation" as sedation_url %}                 just the address ("" if none)
"""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from faq.links import article_link, article_url, link_html

register = template.Library()


@register.simple_tag
def faq_link(key: str, text: str = "") -> SafeString:
    return link_html(article_link(key), str(text))


@register.simple_tag
def faq_url(key: str) -> str:
    return article_url(key) or ""

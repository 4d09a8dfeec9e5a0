"""Caching and HTTP validators for the public FAQ pages, keyed on the content generation.

Every request reads the generation row once (one cheap query). That token is part of every cache
key and of the ETag, so after any change to an article or topic the old entries simply stop being
asked for and browsers' copies stop validating: nothing has to be deleted.

Only the data behind a page is cached, never the rendered page: the header of a page differs for
signed-in staff, and templates without queries render in well under a millisecond.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation

from faq.models import ContentGeneration

T = TypeVar("T")

CACHE_TIMEOUT_SECONDS = 24 * 60 * 60
_MISSING = object()
_REQUEST_ATTRIBUTE = "_faq_generation"


def generation_for(request: HttpRequest) -> ContentGeneration:
    """The content generation, read once per request however many times it is asked for."""
    generation = getattr(request, _REQUEST_ATTRIBUTE, None)
    if generation is None:
        generation = ContentGeneration.current()
        setattr(request, _REQUEST_ATTRIBUTE, generation)
    return generation


def cache_key(token: str, name: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32] if parts else "-"
    return f"faq:{token}:{name}:{digest}"


def cached(request: HttpRequest, name: str, build: Callable[[], T | None], *parts: str) -> T | None:
    """`build()`'s result for the current content, from the cache when it is there.

    A `None` result (nothing found) is not cached, so guessed addresses cannot fill the cache.
    """
    key = cache_key(generation_for(request).token, name, *parts)
    value: Any = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is not None:
            cache.set(key, value, CACHE_TIMEOUT_SECONDS)
    return value


def public_etag(request: HttpRequest, *args: Any, **kwargs: Any) -> str | None:
    """The same for everyone who is not signed in, per content generation and language.

    Signed-in staff see their own header on every page, so their pages are not validated.
    """
    if request.user.is_authenticated:
        return None
    token = generation_for(request).token
    return f'"faq-{token}-{translation.get_language() or "-"}"'


def public_last_modified(request: HttpRequest, *args: Any, **kwargs: Any) -> datetime | None:
    if request.user.is_authenticated:
        return None
    return generation_for(request).changed_at

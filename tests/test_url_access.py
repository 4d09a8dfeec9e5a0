"""Every URL pattern of the project is listed here with who may open it.

A new URL that is not listed fails `test_every_url_pattern_is_listed`, so nobody adds a page without
deciding its access rule. Staff-only pages must send anonymous users to sign in and answer 403 to
signed-in users without the role.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.factories import UserFactory

PUBLIC = "public"
CLINICIAN = "clinician"  # Clinicians group only
STAFF_ADMIN = "admin"  # Django admin: is_staff users, sign-in through the second factor
THIRD_PARTY = "third-party"  # sign-in machinery (allauth); its own tests cover it


@dataclass(frozen=True)
class Rule:
    access: str
    kwargs: Callable[[], dict[str, Any]] = field(default=lambda: {})
    method: str = "get"


# url name -> rule. Later features add their URLs here.
URL_RULES: dict[str, Rule] = {
    "home": Rule(PUBLIC),
    "healthz": Rule(PUBLIC),
}

# Namespaces and name prefixes governed as a whole.
PREFIX_RULES: dict[str, str] = {
    "admin:": STAFF_ADMIN,
    "account_": THIRD_PARTY,
    "mfa_": THIRD_PARTY,
}


def iter_url_names(
    patterns: list[URLPattern | URLResolver] | None = None, namespace: str = ""
) -> Iterator[str]:
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from iter_url_names(pattern.url_patterns, inner)
        elif pattern.name:
            yield f"{namespace}{pattern.name}"


def rule_for(name: str) -> str | None:
    if name in URL_RULES:
        return URL_RULES[name].access
    for prefix, access in PREFIX_RULES.items():
        if name.startswith(prefix):
            return access
    return None


def test_every_url_pattern_is_listed() -> None:
    unlisted = sorted({name for name in iter_url_names() if rule_for(name) is None})
    assert unlisted == [], f"add these URLs to URL_RULES with their access rule: {unlisted}"


def listed(access: str) -> list[str]:
    return [name for name, rule in URL_RULES.items() if rule.access == access]


def url_of(name: str) -> str:
    return reverse(name, kwargs=URL_RULES[name].kwargs())


def fetch(client: Client, name: str) -> Any:
    return getattr(client, URL_RULES[name].method)(url_of(name))


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(PUBLIC))
def test_public_page_opens_for_anonymous_visitors(client: Client, name: str) -> None:
    assert fetch(client, name).status_code in {200, 302}


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(CLINICIAN))
def test_clinician_page_sends_anonymous_visitors_to_sign_in(client: Client, name: str) -> None:
    response = fetch(client, name)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(CLINICIAN))
def test_clinician_page_refuses_signed_in_users_without_the_role(
    client: Client, content_editor: Any, name: str
) -> None:
    for user in (content_editor, UserFactory.create()):
        client.force_login(user)
        assert fetch(client, name).status_code == 403


@pytest.mark.django_db
def test_admin_sends_anonymous_visitors_to_sign_in(client: Client) -> None:
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert "login" in response.url

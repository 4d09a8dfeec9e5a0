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

from tests.factories import ArticleFactory, UserFactory

PUBLIC = "public"
CLINICIAN = "clinician"  # Clinicians group only
STAFF_ADMIN = "admin"  # Django admin: is_staff users, sign-in through the second factor
THIRD_PARTY = "third-party"  # sign-in machinery (allauth); its own tests cover it
SIGNED_IN = "signed-in"  # any signed-in staff member; anonymous callers get 401 (JSON endpoints)
FAQ_EDITOR = "faq-editor"  # staff who may change FAQ articles (Content editors)


@dataclass(frozen=True)
class Rule:
    access: str
    kwargs: Callable[[], dict[str, Any]] = field(default=lambda: {})
    method: str = "get"


# url name -> rule. Later features add their URLs here.
URL_RULES: dict[str, Rule] = {
    "home": Rule(PUBLIC),
    "healthz": Rule(PUBLIC),
    # The admin's own sign-in/out/password pages only lead into allauth's (tests/accounts).
    "admin_login": Rule(PUBLIC),
    "admin_logout": Rule(PUBLIC),
    "admin_password_change": Rule(PUBLIC),
    "session_keepalive": Rule(SIGNED_IN, method="post"),
    "faq:index": Rule(PUBLIC),
    "faq:search": Rule(PUBLIC),
    "faq:article": Rule(PUBLIC, kwargs=lambda: {"slug": ArticleFactory.create().slug}),
    "faq:preview": Rule(
        FAQ_EDITOR, kwargs=lambda: {"pk": ArticleFactory.create(status="draft").pk}
    ),
    # The patient's intake: public by design (no account), found through the session or token.
    "intake:start": Rule(PUBLIC),
    "intake:resume": Rule(PUBLIC, kwargs=lambda: {"token": a_resume_token()}),
    "intake:step": Rule(PUBLIC, kwargs=lambda: {"slug": "about"}),
    "intake:review": Rule(PUBLIC),
    "intake:done": Rule(PUBLIC),
    "intake:suggest_medications": Rule(PUBLIC, method="post"),
    # The clinician side: every page that shows or changes an intake.
    "review:worklist": Rule(CLINICIAN),
    "review:intake": Rule(CLINICIAN, kwargs=lambda: {"pk": a_flagged_intake().pk}),
    "review:print": Rule(CLINICIAN, kwargs=lambda: {"pk": a_flagged_intake().pk}),
    "review:fhir": Rule(CLINICIAN, kwargs=lambda: {"pk": a_flagged_intake().pk}),
    "review:acknowledge": Rule(
        CLINICIAN,
        kwargs=lambda: {"pk": (f := a_flagged_intake().flags.first()).intake_id, "flag_id": f.pk},
        method="post",
    ),
    "review:decide": Rule(CLINICIAN, kwargs=lambda: {"pk": a_flagged_intake().pk}, method="post"),
    "review:assign": Rule(CLINICIAN, kwargs=lambda: {"pk": a_flagged_intake().pk}, method="post"),
    "review:rescreen": Rule(CLINICIAN, kwargs=lambda: {"pk": a_flagged_intake().pk}, method="post"),
}


def a_resume_token() -> str:
    from intake.services import start_draft

    return start_draft()[1]


def a_flagged_intake() -> Any:
    from django.utils import timezone

    from intake.demo import demo_answers
    from intake.services import intake_document, store_intake

    answers = demo_answers(timezone.localdate())[2]
    return store_intake(
        document=intake_document(answers, submitted_on=timezone.localdate().isoformat()),
        submitted_at=timezone.now(),
    )


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
    client: Client, content_editor: Any, sign_in: Any, name: str
) -> None:
    for user in (content_editor, UserFactory.create()):
        sign_in(client, user)
        assert fetch(client, name).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(CLINICIAN))
def test_clinician_page_opens_for_clinicians(
    client: Client, clinician: Any, sign_in: Any, name: str
) -> None:
    sign_in(client, clinician)
    assert fetch(client, name).status_code in {200, 302, 400}


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(FAQ_EDITOR))
def test_faq_editor_page_sends_anonymous_visitors_to_sign_in(client: Client, name: str) -> None:
    response = fetch(client, name)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(FAQ_EDITOR))
def test_faq_editor_page_refuses_signed_in_users_without_faq_permission(
    client: Client, clinician: Any, sign_in: Any, name: str
) -> None:
    for user in (clinician, UserFactory.create(), UserFactory.create(is_staff=True)):
        sign_in(client, user)
        assert fetch(client, name).status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(FAQ_EDITOR))
def test_faq_editor_page_opens_for_content_editors(
    client: Client, content_editor: Any, sign_in: Any, name: str
) -> None:
    sign_in(client, content_editor)
    assert fetch(client, name).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(SIGNED_IN))
def test_signed_in_endpoint_refuses_anonymous_callers(client: Client, name: str) -> None:
    assert fetch(client, name).status_code == 401


@pytest.mark.django_db
@pytest.mark.parametrize("name", listed(SIGNED_IN))
def test_signed_in_endpoint_answers_any_signed_in_staff(
    client: Client, content_editor: Any, sign_in: Any, name: str
) -> None:
    for user in (content_editor, UserFactory.create()):
        sign_in(client, user)
        assert fetch(client, name).status_code == 200


@pytest.mark.django_db
def test_admin_sends_anonymous_visitors_to_sign_in(client: Client) -> None:
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert "login" in response.url

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.account.internal.flows.login import _AUTHENTICATION_METHODS_USER_SESSION_KEY
from allauth.account.internal.userkit import user_id_to_str
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.test import Client

from accounts.mfa import requires_second_factor
from tests.factories import ClinicianFactory, ContentEditorFactory, UserFactory, enrol_totp


@pytest.fixture
def clinician(db):
    return ClinicianFactory()


@pytest.fixture
def content_editor(db):
    return ContentEditorFactory()


@pytest.fixture
def plain_user(db):
    return UserFactory()


def sign_in_with_mfa(client: Client, user: Any) -> Client:
    """Sign `user` in on `client` as if through the password and TOTP stages of allauth.

    Enrols TOTP (and recovery codes) if the user has none, logs in, and writes the session's
    authentication records the way allauth does after a passed TOTP challenge, so the second-factor
    middleware lets the session through. Use it instead of `client.force_login` for clinicians and
    any is_staff/is_superuser user.
    """
    enrol_totp(user)
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    client.force_login(user)
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "username": user.get_username()},
        {"method": "mfa", "at": now, "id": totp.pk, "type": "totp"},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
    session.save()
    return client


def sign_in(client: Client, user: Any) -> Client:
    """`sign_in_with_mfa` for users who need a second factor, `force_login` for the others."""
    if requires_second_factor(user):
        return sign_in_with_mfa(client, user)
    client.force_login(user)
    return client


@pytest.fixture(name="sign_in_with_mfa")
def sign_in_with_mfa_fixture(db: None) -> Callable[[Client, Any], Client]:
    return sign_in_with_mfa


@pytest.fixture(name="sign_in")
def sign_in_fixture(db: None) -> Callable[[Client, Any], Client]:
    return sign_in


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """allauth keeps rate limits and used TOTP codes in the cache; each test starts without."""
    cache.clear()


@pytest.fixture
def clinician_client(clinician) -> Client:
    """A clinician signed in with password and TOTP."""
    return sign_in_with_mfa(Client(), clinician)


@pytest.fixture
def editor_client(content_editor) -> Client:
    """A content editor (is_staff) signed in with password and TOTP."""
    return sign_in_with_mfa(Client(), content_editor)


@pytest.fixture
def admin_client(admin_user: Any) -> Client:
    """pytest-django's superuser client, signed in with password and TOTP."""
    return sign_in_with_mfa(Client(), admin_user)

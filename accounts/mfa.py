"""Who must use a second factor, and whether this session has passed it.

Clinicians and every account that can open the admin (is_staff, is_superuser) sign in with a
password and a TOTP code. allauth keeps a record of each authentication step in the session; a
session counts as second-factor authenticated when one of those records is an "mfa" step.
"""

from __future__ import annotations

from typing import Any

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.http import HttpRequest

from accounts.roles import is_clinician

MFA_METHOD = "mfa"


def requires_second_factor(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.is_staff or user.is_superuser or is_clinician(user))


def has_totp(user: Any) -> bool:
    return Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()


def session_passed_second_factor(request: HttpRequest, user: Any) -> bool:
    return any(
        record.get("method") == MFA_METHOD for record in get_authentication_records(request, user)
    )


def record_second_factor_enrolment(request: HttpRequest, authenticator: Authenticator) -> None:
    """Entering a valid code from the new authenticator proves possession, as signing in does."""
    record_authentication(
        request,
        authenticator.user,
        MFA_METHOD,
        id=authenticator.pk,
        type=authenticator.type,
        enrolled=True,
    )

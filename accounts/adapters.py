"""allauth hooks: how staff sign in, and what the audit log hears about it.

Sign-in events come from allauth's code; its adapter methods are the explicit hook points it
offers, so recording happens here rather than in signal receivers.
"""

from __future__ import annotations

import time
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from accounts.client_ip import client_ip
from accounts.mfa import requires_second_factor, session_passed_second_factor
from accounts.sessions import start_session_clock
from audit.models import AuditAction
from audit.services import record_event


def existing_username(login: str | None) -> str | None:
    """The stored username typed at sign-in, or None: an unknown name may be a mistyped password."""
    if not login:
        return None
    user = get_user_model()._default_manager.filter(username__iexact=login.strip()).first()
    return user.get_username() if user is not None else None


class StaffOnlyAccountAdapter(DefaultAccountAdapter):
    """Staff accounts are created by an administrator; nobody signs themselves up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's own rate limits key on the same address as lockout and the audit log."""
        address = client_ip(request)
        if not address:
            raise PermissionDenied("Unable to determine client IP address")
        return address

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """Not within the re-authentication window after signing in: first-time TOTP enrolment
        follows straight on from the password, and asking for it twice adds nothing."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = context.request
        records = get_authentication_records(request, getattr(request, "user", None))
        if not records:
            return True
        since_last = time.time() - float(records[-1]["at"])
        return since_last >= account_settings.REAUTHENTICATION_TIMEOUT

    def login(self, request: HttpRequest, user: AbstractBaseUser) -> None:
        super().login(request, user)
        start_session_clock(request)

    def post_login(
        self, request: HttpRequest, user: AbstractBaseUser, **kwargs: Any
    ) -> HttpResponse:
        response: HttpResponse = super().post_login(request, user, **kwargs)
        record_event(
            action=AuditAction.LOGIN_SUCCEEDED,
            request=request,
            actor=user,
            detail={"second_factor": session_passed_second_factor(request, user)},
        )
        return response

    def logout(self, request: HttpRequest) -> None:
        if request.user.is_authenticated:
            record_event(action=AuditAction.LOGOUT, request=request)
        super().logout(request)

    def authentication_failed(self, request: HttpRequest, **credentials: Any) -> None:
        super().authentication_failed(request, **credentials)
        username = existing_username(credentials.get("username"))
        record_event(
            action=AuditAction.LOGIN_FAILED,
            request=request,
            actor_username=username,
            detail={
                "stage": "password",
                "known_account": username is not None,
                "locked_out": bool(getattr(request, "axes_locked_out", False)),
            },
        )

    def set_password(self, user: AbstractBaseUser, password: str) -> None:
        super().set_password(user, password)
        request = context.request
        record_event(
            action=AuditAction.PASSWORD_CHANGED,
            request=request,
            actor_username=user.get_username(),
            detail={"account": user.get_username()},
        )


class ClinicMFAAdapter(DefaultMFAAdapter):
    def get_totp_label(self, user: AbstractBaseUser) -> str:
        return user.get_username()

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff who must use a second factor cannot switch it off; an administrator resets it."""
        return not requires_second_factor(authenticator.user)

"""The second-factor forms, counted by the same lockout as passwords.

allauth rate-limits wrong codes on its own; these forms also report each wrong code to axes, so
a guessed password followed by guessed codes locks the account like guessed passwords do, and
refuse codes from an account or address that is locked out.
"""

from __future__ import annotations

from typing import Any

from allauth.core import context
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_message
from django import forms

from audit.models import AuditAction
from audit.services import record_event


class _LockoutAwareCodeMixin(forms.Form):
    user: Any
    stage = "mfa"

    def clean_code(self) -> str:
        request = context.request
        credentials = {"username": self.user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            request.axes_locked_out = True
            request.axes_credentials = credentials
            raise forms.ValidationError(get_lockout_message())
        try:
            code: str = super().clean_code()  # type: ignore[misc]
        except forms.ValidationError:
            AxesProxyHandler.user_login_failed(
                sender=type(self), credentials=credentials, request=request
            )
            record_event(
                action=AuditAction.LOGIN_FAILED,
                request=request,
                actor_username=self.user.get_username(),
                detail={"stage": self.stage, "known_account": True},
            )
            raise
        return code


class LockoutAwareAuthenticateForm(_LockoutAwareCodeMixin, AuthenticateForm):
    stage = "mfa"


class LockoutAwareReauthenticateForm(_LockoutAwareCodeMixin, ReauthenticateForm):
    stage = "mfa_reauthenticate"

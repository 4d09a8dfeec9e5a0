"""Brute-force protection: django-axes configured for the clinic.

Failures are counted per account and per client address (accounts.client_ip). An account locks
after LOGIN_FAILURE_LIMIT failures; an address locks after LOGIN_FAILURE_LIMIT_PER_IP, a higher
number because a clinic's staff usually share one address behind its router. Both last for the
cool-off period (AXES_COOLOFF_TIME), counted from the failure that caused the lockout.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit, get_lockout_parameters
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.adapters import existing_username
from audit.models import AuditAction
from audit.services import record_event

LOCKED_OUT_TEMPLATE = "accounts/locked_out.html"


def lockout_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """The username as typed, trimmed and lower-cased, so "Alice" and "alice " count together.

    allauth's form posts it as "login"; authenticate() passes it as "username".
    """
    source: Any = credentials or getattr(request, "POST", {}) or {}
    value = source.get("username") or source.get("login")
    if not isinstance(value, str):
        return None
    return value.strip().lower()[:255] or None


class ClinicAxesHandler(AxesDatabaseHandler):
    def get_failures(self, request: HttpRequest, credentials: dict[str, Any] | None = None) -> int:
        """Failures on the per-account scale, with the per-address count scaled to match.

        Axes compares one number with one limit; an address reaches the account limit when it
        reaches LOGIN_FAILURE_LIMIT_PER_IP failures.
        """
        parameters = get_lockout_parameters(request, credentials)
        attempts_list = self.get_user_attempts(request, credentials)
        account_limit = get_failure_limit(request, credentials)
        worst = 0
        for parameter, attempts in zip(parameters, attempts_list, strict=True):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter == "ip_address":
                failures = failures * account_limit // settings.LOGIN_FAILURE_LIMIT_PER_IP
            worst = max(worst, failures)
        return worst


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: Any = None
) -> HttpResponse:
    """A plain page saying sign-in is paused, and an audit record of the refused attempt."""
    username = existing_username(lockout_username(request, credentials))
    record_event(
        action=AuditAction.LOCKOUT,
        request=request,
        actor_username=username,
        detail={"known_account": username is not None},
    )
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(request, LOCKED_OUT_TEMPLATE, {"cool_off_minutes": minutes}, status=429)

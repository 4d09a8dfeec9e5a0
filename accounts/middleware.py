"""Staff session policy, applied to every request.

`StaffSessionMiddleware` ends sessions that have been idle too long or have reached their absolute
lifetime, records activity, and keeps signed-in pages out of browser caches.
`SecondFactorRequiredMiddleware` keeps clinicians and admin users without a second factor away
from every page except the ones needed to sign in, enrol TOTP or sign out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from accounts.mfa import has_totp, requires_second_factor, session_passed_second_factor
from accounts.sessions import (
    ABSOLUTE,
    SIGNED_IN_AT,
    activity_unrecorded,
    expired_by,
    note_activity,
    start_session_clock,
)
from audit.models import AuditAction
from audit.services import record_event

GetResponse = Callable[[HttpRequest], HttpResponseBase]

# Pages a signed-in staff member without a second factor may still open: enough to enrol one.
ENROLMENT_URL_NAMES = frozenset(
    {
        "account_login",
        "account_logout",
        "account_reauthenticate",
        "account_inactive",
        "mfa_activate_totp",
        "mfa_reauthenticate",
        "session_keepalive",
        "healthz",
    }
)
# With an authenticator enrolled but a session that never passed it, only leaving is allowed.
SIGN_OUT_URL_NAMES = frozenset({"account_logout", "healthz"})


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def url_name(request: HttpRequest) -> str | None:
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def is_static(request: HttpRequest) -> bool:
    return bool(settings.STATIC_URL) and request.path.startswith(
        f"/{settings.STATIC_URL.lstrip('/')}"
    )


def send_to_sign_in(request: HttpRequest) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"signed_in": False}, status=401)
    return redirect_to_login(request.get_full_path())


class StaffSessionMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        user: Any = request.user
        if user.is_authenticated:
            if SIGNED_IN_AT not in request.session:
                # Signed in by a path that did not start the clock (Django's own login()).
                start_session_clock(request)
            limit = expired_by(request)
            if limit is not None:
                record_event(
                    action=AuditAction.SESSION_EXPIRED, request=request, detail={"limit": limit}
                )
                logout(request)
                messages.info(
                    request,
                    _("You were signed out because your session reached its time limit.")
                    if limit == ABSOLUTE
                    else _("You were signed out after a period without activity."),
                )
                return send_to_sign_in(request)

        response = self.get_response(request)

        if request.user.is_authenticated:
            if not activity_unrecorded(request):
                note_activity(request)
            # Pages seen while signed in may show PHI: no copy in the browser's cache.
            patch_cache_control(response, no_store=True, private=True)
        return response


class SecondFactorRequiredMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        user: Any = request.user
        if (
            not requires_second_factor(user)
            or is_static(request)
            or session_passed_second_factor(request, user)
        ):
            return self.get_response(request)
        name = url_name(request)
        if not has_totp(user):
            if name in ENROLMENT_URL_NAMES:
                return self.get_response(request)
            if wants_json(request):
                return JsonResponse({"second_factor": "enrolment required"}, status=403)
            return redirect("mfa_activate_totp")
        # An authenticator is enrolled but this session never passed it: sign in again.
        if name in SIGN_OUT_URL_NAMES:
            return self.get_response(request)
        record_event(
            action=AuditAction.ACCESS_DENIED,
            request=request,
            detail={"reason": "session without second factor"},
        )
        logout(request)
        return send_to_sign_in(request)

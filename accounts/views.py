from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from allauth.mfa.models import Authenticator
from allauth.mfa.totp import views as totp_views
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.forms import Form
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.mfa import record_second_factor_enrolment
from accounts.sessions import leave_activity_unrecorded, note_activity, time_left
from audit.models import AuditAction
from audit.services import record_event


def _safe_next(request: HttpRequest, default: str) -> str:
    candidate = request.GET.get("next", "")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


@never_cache
def admin_login(request: HttpRequest) -> HttpResponse:
    """The admin has no sign-in form of its own: everyone signs in (with TOTP) through allauth."""
    next_url = _safe_next(request, reverse("admin:index"))
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return HttpResponseRedirect(next_url)
        # Signed in but not admin staff: sending them to sign in again would loop.
        raise PermissionDenied
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


def admin_password_change(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(reverse("account_change_password"))


class ActivateTOTPView(totp_views.ActivateTOTPView):
    """allauth's enrolment, which also counts as this session's second factor, and is audited."""

    def form_valid(self, form: Form) -> HttpResponse:
        response: HttpResponse = super().form_valid(form)
        authenticator = Authenticator.objects.get(
            user_id=self.request.user.pk, type=Authenticator.Type.TOTP
        )
        record_second_factor_enrolment(self.request, authenticator)
        record_event(action=AuditAction.MFA_ENROLLED, request=self.request, detail={"type": "totp"})
        return response


class DeactivateTOTPView(totp_views.DeactivateTOTPView):
    def form_valid(self, form: Form) -> HttpResponse:
        response: HttpResponse = super().form_valid(form)
        record_event(action=AuditAction.MFA_REMOVED, request=self.request, detail={"type": "totp"})
        return response


activate_totp = ActivateTOTPView.as_view()
deactivate_totp = DeactivateTOTPView.as_view()


@never_cache
@require_http_methods(["GET", "POST"])
def session_keepalive(request: HttpRequest) -> JsonResponse:
    """How long the session has left (GET); POST counts as activity ("Stay signed in")."""
    if not request.user.is_authenticated:
        return JsonResponse({"signed_in": False}, status=401)
    if request.method == "POST":
        note_activity(request)
    else:
        leave_activity_unrecorded(request)
    left = time_left(request)
    payload: dict[str, Any] = {
        "signed_in": True,
        "seconds_left": left.seconds,
        "limit": left.limit,
        "warning_seconds": settings.STAFF_IDLE_WARNING_SECONDS,
    }
    return JsonResponse(payload)

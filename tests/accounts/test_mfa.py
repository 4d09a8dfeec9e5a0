"""Staff sign in with a second factor before they reach an intake or the admin (ASVS 2.7/2.8,
HIPAA §164.312(d))."""

from __future__ import annotations

import time
from typing import Any

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, format_hotp_value, hotp_value
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import resolve, reverse

from accounts import views
from audit.models import AuditAction, AuditEvent
from tests.accounts.phi_urls import PHI_URL
from tests.accounts.signin import submit_code, submit_password, wrong_code
from tests.factories import (
    ClinicianFactory,
    ContentEditorFactory,
    UserFactory,
    recovery_codes,
    totp_code,
)

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.accounts.phi_urls")]

ENROLMENT = reverse("mfa_activate_totp")


def current_code_for(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.parametrize(
    "make_user",
    [
        ClinicianFactory,
        ContentEditorFactory,
        lambda: UserFactory.create(is_staff=True),
        lambda: UserFactory.create(is_superuser=True, is_staff=True),
    ],
    ids=["clinician", "content-editor", "staff", "superuser"],
)
@pytest.mark.parametrize("path", [PHI_URL, "/admin/", "/admin/audit/auditevent/", "/"])
def test_staff_without_totp_are_sent_to_enrolment(make_user: Any, path: str) -> None:
    client = Client()
    client.force_login(make_user())
    response = client.get(path)
    assert response.status_code == 302
    assert response.url == ENROLMENT


def test_user_without_a_staff_role_needs_no_second_factor(client: Client) -> None:
    client.force_login(UserFactory.create())
    assert client.get("/").status_code == 200


def test_enrolment_page_shows_the_qr_code_inline_and_needs_no_script(client: Client) -> None:
    submit_password(client, ClinicianFactory.create().username)
    response = client.get(ENROLMENT)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    assert "<script>" not in html
    assert "img-src 'self' data:" in response["Content-Security-Policy"]


def test_enrolling_totp_lets_the_clinician_in_and_is_audited(client: Client) -> None:
    clinician = ClinicianFactory.create()
    response = submit_password(client, clinician.username)
    assert response.status_code == 302
    client.get(ENROLMENT)
    secret = client.session[SECRET_SESSION_KEY]

    response = client.post(ENROLMENT, {"code": current_code_for(secret)})

    assert response.status_code == 302
    assert response.url == reverse("mfa_view_recovery_codes")
    assert client.get(response.url).status_code == 200
    assert client.get(PHI_URL).status_code == 200
    event = AuditEvent.objects.get(action=AuditAction.MFA_ENROLLED)
    assert event.actor == clinician


def test_enrolment_with_a_wrong_code_is_refused(client: Client) -> None:
    submit_password(client, ClinicianFactory.create().username)
    client.get(ENROLMENT)
    right = current_code_for(client.session[SECRET_SESSION_KEY])
    response = client.post(ENROLMENT, {"code": "000000" if right != "000000" else "111111"})
    assert response.status_code == 200
    assert not Authenticator.objects.exists()
    assert client.get(PHI_URL).url == ENROLMENT


def test_clinician_signs_in_with_password_then_totp_before_reaching_phi(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)

    response = submit_password(client, clinician.username)
    assert response.status_code == 302
    assert response.url.startswith(reverse("mfa_authenticate"))
    # Password alone: still anonymous.
    blocked = client.get(PHI_URL)
    assert blocked.status_code == 302
    assert blocked.url.startswith(reverse("account_login"))

    response = submit_code(client, totp_code(clinician))
    assert response.status_code == 302
    assert client.get(PHI_URL).status_code == 200
    event = AuditEvent.objects.get(action=AuditAction.LOGIN_SUCCEEDED)
    assert event.actor == clinician
    assert event.detail["second_factor"] is True


def test_admin_signs_in_through_the_totp_stage_and_reaches_the_admin(client: Client) -> None:
    admin = UserFactory.create(is_staff=True, is_superuser=True, totp=True)
    submit_password(client, admin.username)
    assert client.get("/admin/").status_code == 302
    submit_code(client, totp_code(admin))
    assert client.get("/admin/").status_code == 200


def test_wrong_totp_code_is_refused_and_logged(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    submit_password(client, clinician.username)
    response = submit_code(client, wrong_code(clinician))
    assert response.status_code == 200
    assert "Incorrect code" in response.content.decode()
    assert client.get(PHI_URL).status_code == 302
    failure = AuditEvent.objects.get(action=AuditAction.LOGIN_FAILED)
    assert failure.actor_username == clinician.username
    assert failure.detail["stage"] == "mfa"


def test_a_totp_code_works_only_once(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    code = totp_code(clinician)
    submit_password(client, clinician.username)
    submit_code(client, code)
    client.post(reverse("account_logout"))

    submit_password(client, clinician.username)
    response = submit_code(client, code)
    assert response.status_code == 200
    assert client.get(PHI_URL).status_code == 302


def test_a_recovery_code_signs_in_once(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    code = recovery_codes(clinician)[0]

    submit_password(client, clinician.username)
    submit_code(client, code)
    assert client.get(PHI_URL).status_code == 200
    client.post(reverse("account_logout"))

    submit_password(client, clinician.username)
    response = submit_code(client, code)
    assert response.status_code == 200
    assert client.get(PHI_URL).status_code == 302
    assert code not in recovery_codes(clinician)


def test_session_that_skipped_the_second_factor_is_signed_out(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    client.force_login(clinician)  # a session with no record of a passed TOTP challenge

    response = client.get(PHI_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    denied = AuditEvent.objects.get(action=AuditAction.ACCESS_DENIED)
    assert denied.actor == clinician


def test_sign_in_with_mfa_helper_gives_a_session_the_middleware_accepts(
    client: Client, sign_in_with_mfa: Any
) -> None:
    sign_in_with_mfa(client, ClinicianFactory.create())
    assert client.get(PHI_URL).status_code == 200


def test_admin_login_page_sends_to_allauth_keeping_next(client: Client) -> None:
    response = client.get("/admin/login/?next=/admin/audit/auditevent/")
    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=%2Fadmin%2Faudit%2Fauditevent%2F"


def test_admin_login_ignores_an_offsite_next(client: Client) -> None:
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response.url == f"{reverse('account_login')}?next=%2Fadmin%2F"


def test_posting_credentials_to_the_admin_login_does_not_sign_in(client: Client) -> None:
    admin = UserFactory.create(is_staff=True, is_superuser=True, totp=True)
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": admin.username, "password": "correct horse battery staple"},
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session


def test_admin_login_refuses_a_signed_in_user_who_is_not_staff(client: Client) -> None:
    client.force_login(UserFactory.create())
    assert client.get("/admin/").status_code == 302  # admin sends to its login page...
    assert client.get("/admin/login/?next=/admin/").status_code == 403  # ...which refuses


def test_admin_logout_goes_through_allauth_and_is_audited(admin_client: Client) -> None:
    response = admin_client.post("/admin/logout/")
    assert response.status_code == 302
    assert admin_client.get("/admin/").status_code == 302
    assert AuditEvent.objects.filter(action=AuditAction.LOGOUT).count() == 1


def test_staff_cannot_switch_their_totp_off(clinician_client: Client) -> None:
    response = clinician_client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 200
    assert Authenticator.objects.filter(type=Authenticator.Type.TOTP).count() == 1


def test_enrolment_and_deactivation_urls_are_the_audited_views() -> None:
    assert resolve(reverse("mfa_activate_totp")).func.__name__ == views.activate_totp.__name__
    assert resolve(reverse("mfa_activate_totp")).func.view_class is views.ActivateTOTPView
    assert resolve(reverse("mfa_deactivate_totp")).func.view_class is views.DeactivateTOTPView


def test_enrolment_asks_for_the_password_again_after_five_minutes(client: Client) -> None:
    clinician = ClinicianFactory.create()
    with time_machine.travel("2026-01-05 09:00", tick=False) as clock:
        submit_password(client, clinician.username)
        clock.shift(600)  # past allauth's re-authentication window, within the idle timeout
        response = client.get(ENROLMENT)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_reauthenticate"))
        # The re-authentication page itself is reachable without a second factor.
        assert client.get(response.url).status_code == 200


def test_sign_in_page_offers_no_sign_up_and_keeps_next(client: Client) -> None:
    html = client.get(f"{reverse('account_login')}?next=/review/").content.decode()
    assert "sign up" not in html.lower()
    assert 'name="next" value="/review/"' in html
    closed = client.get(reverse("account_signup"))
    assert "Sign Up Closed" in closed.content.decode()
    assert client.post(reverse("account_signup"), {"username": "x"}).status_code == 200
    assert not get_user_model().objects.filter(username="x").exists()

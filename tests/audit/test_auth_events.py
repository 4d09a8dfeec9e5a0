"""Every authentication event and every refused access lands in the audit log (ASVS 7.2,
HIPAA §164.312(b)). Sign-in success, failure and lockout are also covered in tests/accounts."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client
from django.urls import reverse

from audit.models import AuditAction, AuditEvent
from tests.accounts.phi_urls import PHI_URL
from tests.accounts.signin import submit_code, submit_password, wrong_code
from tests.conftest import sign_in_with_mfa
from tests.factories import ClinicianFactory, ContentEditorFactory, UserFactory, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.accounts.phi_urls")]


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("id").values_list("action", flat=True))


def test_a_full_sign_in_and_out_is_recorded_step_by_step(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    submit_password(client, clinician.username, "wrong password, first try")
    submit_password(client, clinician.username)
    submit_code(client, wrong_code(clinician))
    submit_code(client, totp_code(clinician))
    client.post(reverse("account_logout"))
    assert actions() == ["login_failed", "login_failed", "login_succeeded", "logout"]
    assert {e.actor_username for e in AuditEvent.objects.all()} == {clinician.username}


def test_refused_access_is_recorded(client: Client) -> None:
    editor = ContentEditorFactory.create()
    sign_in_with_mfa(client, editor)
    assert client.get(PHI_URL).status_code == 403
    event = AuditEvent.objects.get(action=AuditAction.ACCESS_DENIED)
    assert event.actor == editor
    assert event.path == PHI_URL


def test_removing_your_own_optional_totp_is_recorded() -> None:
    user = UserFactory.create()  # no staff role: a second factor is optional for them
    client = sign_in_with_mfa(Client(), user)
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert AuditEvent.objects.get(action=AuditAction.MFA_REMOVED).actor == user


def test_an_administrator_resetting_a_lost_authenticator_is_recorded(admin_client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    totp = Authenticator.objects.get(user=clinician, type=Authenticator.Type.TOTP)
    response = admin_client.post(
        reverse("admin:mfa_authenticator_delete", args=[totp.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action=AuditAction.MFA_REMOVED)
    assert event.detail == {"account": clinician.username, "type": "totp", "by_administrator": True}


def test_the_admin_never_shows_authenticator_secrets(admin_client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    totp = Authenticator.objects.get(user=clinician, type=Authenticator.Type.TOTP)
    page = admin_client.get(reverse("admin:mfa_authenticator_change", args=[totp.pk]))
    assert page.status_code == 200
    assert totp.data["secret"] not in page.content.decode()


def test_an_administrator_setting_a_password_is_recorded(admin_client: Client) -> None:
    clinician = ClinicianFactory.create()
    new = "another long passphrase here"
    response = admin_client.post(
        reverse("admin:auth_user_password_change", args=[clinician.pk]),
        {"password1": new, "password2": new, "usable_password": "true"},
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action=AuditAction.PASSWORD_CHANGED)
    assert event.detail == {"account": clinician.username, "by_administrator": True}


def test_the_admin_password_page_leads_to_the_audited_one(admin_client: Client) -> None:
    response = admin_client.get("/admin/password_change/")
    assert response.status_code == 302
    assert response.url == reverse("account_change_password")

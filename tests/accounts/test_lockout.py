"""Repeated sign-in failures lock the account and the client address for a cool-off period
(ASVS 2.2.1), counted on the real client address behind our proxy, and are logged."""

from __future__ import annotations

import pytest
import time_machine
from django.test import Client, override_settings
from django.urls import reverse

from audit.models import AuditAction, AuditEvent
from tests.accounts.signin import submit_code, submit_password, wrong_code
from tests.factories import ClinicianFactory, UserFactory, totp_code

pytestmark = pytest.mark.django_db

LIMIT = 5
PER_IP_LIMIT = 20
WRONG = "not the password at all"
START = "2026-03-02 09:00"


def fail(client: Client, username: str, **extra: str) -> int:
    return int(submit_password(client, username, WRONG, **extra).status_code)


def test_account_locks_after_five_failures_on_the_sign_in_form(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    assert [fail(client, clinician.username) for _ in range(LIMIT - 1)] == [200] * (LIMIT - 1)

    locked = submit_password(client, clinician.username, WRONG)

    assert locked.status_code == 429
    assert "Sign-in is paused" in locked.content.decode()
    # Even the right password is refused during the cool-off.
    assert submit_password(client, clinician.username).status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_recorded_in_the_audit_log_without_the_password(client: Client) -> None:
    clinician = ClinicianFactory.create()
    for _ in range(LIMIT):
        fail(client, clinician.username)

    lockout = AuditEvent.objects.get(action=AuditAction.LOCKOUT)
    assert lockout.actor_username == clinician.username
    assert lockout.ip_address == "127.0.0.1"
    assert AuditEvent.objects.filter(action=AuditAction.LOGIN_FAILED).count() == LIMIT
    assert WRONG not in str(list(AuditEvent.objects.values()))


def test_cool_off_expires(client: Client) -> None:
    clinician = ClinicianFactory.create()
    with time_machine.travel(START, tick=False) as clock:
        for _ in range(LIMIT):
            fail(client, clinician.username)
        clock.shift(14 * 60)
        assert submit_password(client, clinician.username).status_code == 429
        clock.shift(2 * 60)
        response = submit_password(client, clinician.username)
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(clinician.pk)


def test_differently_cased_usernames_count_as_one_account(client: Client) -> None:
    clinician = ClinicianFactory.create()
    variants = [clinician.username.upper(), f" {clinician.username}", clinician.username.title()]
    for name in [*variants, clinician.username]:
        fail(client, name)
    assert fail(client, clinician.username) == 429


def test_the_same_account_locks_from_any_address() -> None:
    clinician = ClinicianFactory.create()
    for n in range(LIMIT - 1):
        assert fail(Client(REMOTE_ADDR=f"198.51.100.{n + 1}"), clinician.username) == 200
    assert fail(Client(REMOTE_ADDR="198.51.100.99"), clinician.username) == 429


def test_an_address_locks_after_failures_across_many_accounts(client: Client) -> None:
    usernames = [f"nobody{n}" for n in range(PER_IP_LIMIT)]
    statuses = [fail(client, name) for name in usernames]
    assert statuses[:-1] == [200] * (PER_IP_LIMIT - 1)
    assert statuses[-1] == 429
    # A real account from the same address is refused too; other addresses are not affected.
    other = UserFactory.create()
    assert submit_password(client, other.username).status_code == 429
    assert submit_password(Client(REMOTE_ADDR="192.0.2.50"), other.username).status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_spoofed_forwarded_for_does_not_evade_the_address_lockout(client: Client) -> None:
    """The client forges a new left-most X-Forwarded-For on each try; our proxy appends the
    real address on the right, and that is the one counted."""
    statuses = [
        fail(client, f"nobody{n}", HTTP_X_FORWARDED_FOR=f"10.9.{n}.1, 203.0.113.7")
        for n in range(PER_IP_LIMIT)
    ]
    assert statuses[-1] == 429
    lockout = AuditEvent.objects.get(action=AuditAction.LOCKOUT)
    assert lockout.ip_address == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_spoofed_forwarded_for_does_not_evade_the_account_lockout(client: Client) -> None:
    clinician = ClinicianFactory.create()
    statuses = [
        fail(client, clinician.username, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.8")
        for n in range(LIMIT)
    ]
    assert statuses[-1] == 429


def test_wrong_totp_codes_count_towards_the_lockout(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    submit_password(client, clinician.username)
    statuses = [submit_code(client, wrong_code(clinician)).status_code for _ in range(LIMIT)]
    assert statuses[:-1] == [200] * (LIMIT - 1)
    assert statuses[-1] == 429
    # The right code no longer helps, and neither does starting over in a new session.
    assert submit_code(client, totp_code(clinician)).status_code == 429
    assert submit_password(Client(), clinician.username).status_code == 429
    assert AuditEvent.objects.filter(action=AuditAction.LOCKOUT).exists()


def test_the_admin_sign_in_is_covered_by_the_same_lockout(client: Client) -> None:
    admin = UserFactory.create(is_staff=True, is_superuser=True, totp=True)
    sign_in_page = client.get("/admin/login/?next=/admin/", follow=True)
    form_url = sign_in_page.redirect_chain[-1][0]
    assert form_url.startswith(reverse("account_login"))
    statuses = [
        client.post(form_url, {"login": admin.username, "password": WRONG}).status_code
        for _ in range(LIMIT)
    ]
    assert statuses[-1] == 429


def test_failures_for_unknown_accounts_do_not_log_what_was_typed(client: Client) -> None:
    fail(client, "Tr0ub4dor&3-typed-into-the-username-box")
    event = AuditEvent.objects.get(action=AuditAction.LOGIN_FAILED)
    assert event.actor_username == ""
    assert event.detail == {"stage": "password", "known_account": False, "locked_out": False}

"""Session management (ASVS 3.2-3.4, HIPAA §164.312(a)(2)(iii) automatic logoff): a new session at
sign-in, server-side end at sign-out, idle and absolute timeouts, every session ended when the
password changes or the account is switched off."""

from __future__ import annotations

from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.urls import reverse

from accounts.services import end_all_sessions
from audit.models import AuditAction, AuditEvent
from tests.accounts.phi_urls import PHI_URL
from tests.accounts.signin import submit_code, submit_password
from tests.conftest import sign_in_with_mfa
from tests.factories import TEST_PASSWORD, ClinicianFactory, UserFactory, totp_code

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.accounts.phi_urls")]

START = "2026-04-06 08:00"
MINUTE = 60
KEEPALIVE = reverse("session_keepalive")


def is_sent_to_sign_in(response: Any) -> bool:
    return response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_signing_in_issues_a_new_session_key(client: Client) -> None:
    clinician = ClinicianFactory.create(totp=True)
    client.get(reverse("account_login"))
    anonymous = client.session
    anonymous["visited"] = True
    anonymous.save()
    before = str(anonymous.session_key)
    client.cookies[settings.SESSION_COOKIE_NAME] = before

    submit_password(client, clinician.username)
    submit_code(client, totp_code(clinician))

    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.get(PHI_URL).status_code == 200
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()


def test_signing_out_ends_the_session_on_the_server(clinician_client: Client) -> None:
    old_key = clinician_client.cookies[settings.SESSION_COOKIE_NAME].value
    assert clinician_client.get(PHI_URL).status_code == 200

    clinician_client.post(reverse("account_logout"))

    assert not Session.objects.filter(session_key=old_key).exists()
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = old_key
    assert is_sent_to_sign_in(replay.get(PHI_URL))
    assert AuditEvent.objects.filter(action=AuditAction.LOGOUT).count() == 1


def test_idle_session_ends_after_fifteen_minutes() -> None:
    client = Client()
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_mfa(client, ClinicianFactory.create())
        assert client.get(PHI_URL).status_code == 200
        clock.shift(14 * MINUTE)
        assert client.get(PHI_URL).status_code == 200  # activity restarts the clock
        clock.shift(14 * MINUTE)
        assert client.get(PHI_URL).status_code == 200
        clock.shift(15 * MINUTE)
        response = client.get(PHI_URL)
        assert is_sent_to_sign_in(response)
        assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get(action=AuditAction.SESSION_EXPIRED)
    assert event.detail == {"limit": "idle"}


@override_settings(STAFF_IDLE_TIMEOUT_SECONDS=5 * MINUTE)
def test_idle_timeout_follows_the_setting() -> None:
    client = Client()
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_mfa(client, ClinicianFactory.create())
        client.get(PHI_URL)
        clock.shift(5 * MINUTE + 1)
        assert is_sent_to_sign_in(client.get(PHI_URL))


def test_session_ends_twelve_hours_after_sign_in_however_active() -> None:
    client = Client()
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_mfa(client, ClinicianFactory.create())
        for _ in range(12 * 6 - 1):
            assert client.get(PHI_URL).status_code == 200
            clock.shift(10 * MINUTE)
        assert client.get(PHI_URL).status_code == 200  # 11 h 50 min
        clock.shift(10 * MINUTE)
        assert is_sent_to_sign_in(client.get(PHI_URL))
    assert AuditEvent.objects.get(action=AuditAction.SESSION_EXPIRED).detail == {
        "limit": "absolute"
    }


def test_asking_how_long_is_left_does_not_keep_the_session_alive() -> None:
    client = Client()
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_mfa(client, ClinicianFactory.create())
        client.get(PHI_URL)
        clock.shift(13 * MINUTE)
        state = client.get(KEEPALIVE, HTTP_ACCEPT="application/json").json()
        assert state == {
            "signed_in": True,
            "seconds_left": 2 * MINUTE,
            "limit": "idle",
            "warning_seconds": 120,
        }
        clock.shift(2 * MINUTE)
        assert client.get(KEEPALIVE, HTTP_ACCEPT="application/json").status_code == 401


def test_stay_signed_in_restarts_the_idle_clock() -> None:
    client = Client()
    with time_machine.travel(START, tick=False) as clock:
        sign_in_with_mfa(client, ClinicianFactory.create())
        clock.shift(13 * MINUTE)
        state = client.post(KEEPALIVE, HTTP_ACCEPT="application/json").json()
        assert state["seconds_left"] == 15 * MINUTE
        clock.shift(14 * MINUTE)
        assert client.get(PHI_URL).status_code == 200


def test_keepalive_needs_the_csrf_token() -> None:
    clinician = ClinicianFactory.create()
    client = sign_in_with_mfa(Client(enforce_csrf_checks=True), clinician)
    assert client.post(KEEPALIVE).status_code == 403
    page = client.get(PHI_URL)  # any page: the token the script reads from the DOM
    home = client.get("/")
    token = home.context["csrf_token"]
    assert page.status_code == 200
    response = client.post(KEEPALIVE, HTTP_X_CSRFTOKEN=str(token), HTTP_ACCEPT="application/json")
    assert response.status_code == 200


def test_keepalive_tells_anonymous_callers_they_are_signed_out(client: Client) -> None:
    assert client.get(KEEPALIVE).status_code == 401


def test_changing_the_password_ends_the_other_sessions() -> None:
    clinician = ClinicianFactory.create()
    here = sign_in_with_mfa(Client(), clinician)
    elsewhere = sign_in_with_mfa(Client(), clinician)
    new_password = "a new and rather long passphrase"

    response = here.post(
        reverse("account_change_password"),
        {"oldpassword": TEST_PASSWORD, "password1": new_password, "password2": new_password},
    )

    assert response.status_code == 302
    assert here.get(PHI_URL).status_code == 200
    assert is_sent_to_sign_in(elsewhere.get(PHI_URL))
    assert AuditEvent.objects.filter(action=AuditAction.PASSWORD_CHANGED).count() == 1


def test_deactivating_an_account_in_the_admin_ends_its_sessions(admin_client: Client) -> None:
    clinician = ClinicianFactory.create()
    theirs = sign_in_with_mfa(Client(), clinician)
    assert theirs.get(PHI_URL).status_code == 200
    change_url = reverse("admin:auth_user_change", args=[clinician.pk])
    form = admin_client.get(change_url).context["adminform"].form
    data = {
        key: value
        for key, value in form.initial.items()
        if key
        not in {"password", "last_login", "date_joined", "is_active", "groups", "user_permissions"}
        and value is not None
    }
    data.update(
        {
            "date_joined_0": clinician.date_joined.strftime("%Y-%m-%d"),
            "date_joined_1": clinician.date_joined.strftime("%H:%M:%S"),
            "groups": [group.pk for group in clinician.groups.all()],
        }
    )

    response = admin_client.post(change_url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    clinician.refresh_from_db()
    assert not clinician.is_active
    assert not any(
        s.get_decoded().get("_auth_user_id") == str(clinician.pk) for s in Session.objects.all()
    )
    assert is_sent_to_sign_in(theirs.get(PHI_URL))
    event = AuditEvent.objects.get(action=AuditAction.ACCOUNT_DEACTIVATED)
    assert event.detail == {"account": clinician.username, "sessions_ended": 1}


def test_an_inactive_account_is_refused_even_with_a_live_session() -> None:
    clinician = ClinicianFactory.create()
    client = sign_in_with_mfa(Client(), clinician)
    clinician.is_active = False
    clinician.save(update_fields=["is_active"])
    assert is_sent_to_sign_in(client.get(PHI_URL))


def test_end_all_sessions_leaves_other_users_alone() -> None:
    clinician, colleague = ClinicianFactory.create(), ClinicianFactory.create()
    sign_in_with_mfa(Client(), clinician)
    sign_in_with_mfa(Client(), clinician)
    theirs = sign_in_with_mfa(Client(), colleague)
    assert end_all_sessions(user=clinician) == 2
    assert theirs.get(PHI_URL).status_code == 200


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_session_cookie_is_secure_httponly_and_same_site(client: Client) -> None:
    user = UserFactory.create()
    response = submit_password(client, user.username)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["max-age"] == ""  # ends with the browser; the server ends it sooner


def test_signed_in_pages_are_not_kept_in_the_browser_cache(clinician_client: Client) -> None:
    response = clinician_client.get(PHI_URL)
    assert "no-store" in response["Cache-Control"]


def test_signed_in_pages_carry_the_idle_warning_without_inline_script(
    clinician_client: Client,
) -> None:
    html = clinician_client.get("/").content.decode()
    assert 'id="idle-timeout"' in html
    assert f'data-idle-timeout-seconds="{15 * MINUTE}"' in html
    assert f'data-keepalive-url="{KEEPALIVE}"' in html
    assert "js/idle-timeout.js" in html
    assert "<script>" not in html


def test_public_pages_carry_no_idle_warning(client: Client) -> None:
    assert 'id="idle-timeout"' not in client.get("/").content.decode()

"""Whatever is typed into a sign-in form, the answer is a page, never a server error."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.accounts.signin import submit_password
from tests.conftest import sign_in_with_mfa
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "' OR '1'='1",
    "admin'--",
    "'; DROP TABLE auth_user; --",
    '" OR ""="',
    "\x00",
    "clinician\x00admin",
    "a" * 10_000,
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "%s%s%s%n",
    "../../../../etc/passwd",
    "😀" * 200,
    "Ω≈ç√∫˜µ≤≥÷",
    "\u202eevil",
    "\uffff",
    "\r\nSet-Cookie: x=1",
    "0" * 6,
    "-1",
    "9" * 400,
    "ＡＤＭＩＮ",
]


def assert_not_a_server_error(response: Any) -> None:
    assert response.status_code < 500
    assert b"Traceback" not in response.content


@pytest.mark.parametrize("value", HOSTILE)
def test_sign_in_form_survives_hostile_usernames(client: Client, value: str) -> None:
    assert_not_a_server_error(submit_password(client, value, "irrelevant"))


@pytest.mark.parametrize("value", HOSTILE)
def test_sign_in_form_survives_hostile_passwords(client: Client, value: str) -> None:
    clinician = ClinicianFactory.create()
    assert_not_a_server_error(submit_password(client, clinician.username, value))


@pytest.mark.parametrize("value", HOSTILE)
def test_second_factor_form_survives_hostile_codes(client: Client, value: str) -> None:
    clinician = ClinicianFactory.create(totp=True)
    submit_password(client, clinician.username)
    assert_not_a_server_error(client.post(reverse("mfa_authenticate"), {"code": value}))


@pytest.mark.parametrize("value", HOSTILE)
def test_reauthentication_forms_survive_hostile_input(value: str) -> None:
    client = sign_in_with_mfa(Client(), ClinicianFactory.create())
    assert_not_a_server_error(client.post(reverse("account_reauthenticate"), {"password": value}))
    assert_not_a_server_error(client.post(reverse("mfa_reauthenticate"), {"code": value}))


def test_sign_in_form_survives_missing_and_repeated_fields(client: Client) -> None:
    url = reverse("account_login")
    assert_not_a_server_error(client.post(url, {}))
    assert_not_a_server_error(client.post(url, {"login": ["a", "b"], "password": ["c", "d"]}))
    assert_not_a_server_error(
        client.post(
            url, "login=%ff%fe&password=%00", content_type="application/x-www-form-urlencoded"
        )
    )
    assert_not_a_server_error(client.post(url, b"\xff\xfe", content_type="application/json"))

"""Driving allauth's real sign-in forms in tests."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from tests.factories import TEST_PASSWORD, totp_code


def submit_password(
    client: Client, username: str, password: str = TEST_PASSWORD, **extra: Any
) -> Any:
    return client.post(reverse("account_login"), {"login": username, "password": password}, **extra)


def submit_code(client: Client, code: str, **extra: Any) -> Any:
    return client.post(reverse("mfa_authenticate"), {"code": code}, **extra)


def wrong_code(user: Any) -> str:
    """Six digits that are not the user's current TOTP code."""
    return "000000" if totp_code(user) != "000000" else "111111"

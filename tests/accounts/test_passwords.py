"""Password policy (ASVS 2.1): at least 12 characters, long passphrases welcome, common passwords
refused, no composition rules."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def errors_for(password: str) -> list[str]:
    try:
        validate_password(password, user=UserFactory.build(username="alex.rivera"))
    except ValidationError as error:
        return list(error.messages)
    return []


@pytest.mark.parametrize("password", ["a" * 11, "short pass", "tiny"])
def test_passwords_shorter_than_twelve_characters_are_refused(password: str) -> None:
    assert any("at least 12 characters" in message for message in errors_for(password))


def test_twelve_characters_are_enough() -> None:
    assert errors_for("kettle lamp 9") == []


@pytest.mark.parametrize(
    "passphrase",
    [
        "the quiet harbour lights flicker over grey water every winter evening " * 1 + "yes",
        "x7" * 50,  # 100 characters
        "çà et là, des pâquerettes — ein Spaziergang über die Wiese 🌼 " * 2,
    ],
    ids=["sentence", "hundred-characters", "unicode"],
)
def test_long_passphrases_are_accepted(passphrase: str) -> None:
    assert len(passphrase) >= 64
    assert errors_for(passphrase) == []


@pytest.mark.parametrize(
    "password", ["password1234", "qwertyuiop123", "1qaz2wsx3edc", "123456789012"]
)
def test_common_passwords_are_refused(password: str) -> None:
    assert errors_for(password) != []


@pytest.mark.parametrize(
    "password",
    ["all lowercase words here", "ALL UPPERCASE WORDS HERE", "nodigitsnosymbolsatall"],
)
def test_no_composition_rules(password: str) -> None:
    assert errors_for(password) == []


def test_a_hundred_character_passphrase_works_end_to_end() -> None:
    user = UserFactory.create()
    client = Client()
    client.force_login(user)
    passphrase = "harbour " * 12 + "lantern 1234"  # 108 characters
    assert len(passphrase) >= 100
    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": TEST_PASSWORD, "password1": passphrase, "password2": passphrase},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(passphrase)

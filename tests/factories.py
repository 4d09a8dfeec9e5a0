from __future__ import annotations

import time
from typing import Any

import factory
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.roles import CLINICIANS, CONTENT_EDITORS

TEST_PASSWORD = "correct horse battery staple"


def enrol_totp(user: Any) -> str:
    """Give `user` a TOTP authenticator and recovery codes, as enrolment does; returns the secret.

    Idempotent: a user who already has one keeps it.
    """
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is not None:
        return str(existing.data["secret"])
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def totp_code(user: Any, *, at: float | None = None) -> str:
    """The code the user's authenticator app would show now (or at Unix time `at`)."""
    secret = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    counter = int(time.time() if at is None else at) // getattr(settings, "MFA_TOTP_PERIOD", 30)
    return format_hotp_value(hotp_value(secret, counter))


def recovery_codes(user: Any) -> list[str]:
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    return RecoveryCodes(authenticator).get_unused_codes()


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up staff member with no role: the 'wrong role' of access tests."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@clinic.invalid")
    password = factory.django.Password(TEST_PASSWORD)

    @factory.post_generation
    def totp(user: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        """`UserFactory(totp=True)`: TOTP and recovery codes already enrolled (see enrol_totp)."""
        if create and extracted:
            enrol_totp(user)


class ClinicianFactory(UserFactory):
    username = factory.Sequence(lambda n: f"clinician{n}")

    @factory.post_generation
    def role(user: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            user.groups.add(Group.objects.get(name=CLINICIANS))


class ContentEditorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"editor{n}")
    is_staff = True

    @factory.post_generation
    def role(user: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            user.groups.add(Group.objects.get(name=CONTENT_EDITORS))


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "faq.Topic"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    position = factory.Sequence(lambda n: n * 10)


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article; pass status=ArticleStatus.DRAFT for a draft."""

    class Meta:
        model = "faq.Article"

    question = factory.Sequence(lambda n: f"What happens in step {n}?")
    slug = factory.Sequence(lambda n: f"step-{n}")
    summary = "A short answer."
    body = "A longer answer with a list:\n\n1. first\n2. second\n"
    topic = factory.SubFactory(TopicFactory)
    position = factory.Sequence(lambda n: n * 10)
    status = "published"

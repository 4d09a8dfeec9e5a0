from __future__ import annotations

from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.roles import CLINICIANS, CONTENT_EDITORS

TEST_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up staff member with no role: the 'wrong role' of access tests."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@clinic.invalid")
    password = factory.django.Password(TEST_PASSWORD)


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

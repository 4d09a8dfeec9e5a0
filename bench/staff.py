"""A clinician signed in with a second factor, for benchmarks that read staff pages."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.test import Client

from accounts.roles import CLINICIANS


def signed_in_clinician_client() -> Client:
    from tests.conftest import sign_in_with_mfa
    from tests.factories import ClinicianFactory

    clinician = ClinicianFactory(username="bench-clinician")
    clinician.groups.add(Group.objects.get(name=CLINICIANS))
    return sign_in_with_mfa(Client(), clinician)

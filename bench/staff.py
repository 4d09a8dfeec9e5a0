"""A clinician signed in with a second factor, for benchmarks that read staff pages."""

from __future__ import annotations

from django.test import Client


def signed_in_clinician_client() -> Client:
    from tests.conftest import sign_in_with_mfa
    from tests.factories import ClinicianFactory

    return sign_in_with_mfa(Client(), ClinicianFactory(username="bench-clinician"))

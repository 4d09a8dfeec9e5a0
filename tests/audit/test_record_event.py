"""record_event writes one row per call, with the actor, path and client address, and no more."""

from __future__ import annotations

import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings

from audit.models import AuditAction, AuditEvent
from audit.services import record_event
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db

rf = RequestFactory()


@pytest.mark.parametrize("action", list(AuditAction))
def test_each_action_writes_exactly_one_row(action: AuditAction) -> None:
    clinician = ClinicianFactory.create()
    intake_id = uuid.uuid4()
    request = rf.get("/review/intake/?name=Alex+Rivera", REMOTE_ADDR="192.0.2.7")
    request.user = clinician

    event = record_event(action=action, request=request, intake_id=intake_id, detail={"n": 1})

    assert AuditEvent.objects.count() == 1
    stored = AuditEvent.objects.get()
    assert stored == event
    assert stored.action == action
    assert stored.actor == clinician
    assert stored.actor_username == clinician.username
    assert stored.intake_id == intake_id
    assert stored.path == "/review/intake/"  # never the query string
    assert stored.ip_address == "192.0.2.7"
    assert stored.detail == {"n": 1}


def test_anonymous_requests_have_no_actor() -> None:
    request = rf.post("/accounts/login/")
    request.user = AnonymousUser()
    event = record_event(action=AuditAction.LOGIN_FAILED, request=request)
    assert event.actor is None
    assert event.actor_username == ""


def test_an_explicit_actor_wins_and_no_request_is_needed() -> None:
    clinician = ClinicianFactory.create()
    event = record_event(
        action=AuditAction.INTAKE_DECIDED, actor=clinician, intake_id=str(uuid.uuid4())
    )
    assert event.actor == clinician
    assert event.path == ""
    assert event.ip_address is None


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_the_address_is_the_one_our_proxy_saw() -> None:
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4")
    request.user = AnonymousUser()
    assert (
        record_event(action=AuditAction.ACCESS_DENIED, request=request).ip_address == "198.51.100.4"
    )


def test_occurred_at_is_utc() -> None:
    event = record_event(action=AuditAction.LOGOUT)
    assert event.occurred_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize(
    "detail",
    [
        {"answers": {"dob": "1985-04-12"}},  # nested data
        {"note": "x" * 201},  # long free text
        {f"k{n}": n for n in range(11)},  # too many facts
        {"when": object()},
    ],
    ids=["nested", "long-text", "too-many-keys", "not-a-scalar"],
)
def test_detail_that_could_hide_phi_is_refused(detail: dict) -> None:
    with pytest.raises(ValueError):
        record_event(action=AuditAction.INTAKE_VIEWED, detail=detail)
    assert not AuditEvent.objects.exists()


def test_unknown_actions_are_refused() -> None:
    with pytest.raises(ValueError, match="AuditAction"):
        record_event(action="intake_sneezed")

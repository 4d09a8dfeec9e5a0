"""Audit events can be added, never changed or deleted: not through the ORM, and on PostgreSQL
not even with raw SQL."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.models import ProtectedError

from audit.models import AuditAction, AuditEvent, AuditLogIsAppendOnly
from audit.services import record_event
from tests.factories import ClinicianFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event() -> AuditEvent:
    return record_event(action=AuditAction.INTAKE_VIEWED, actor=ClinicianFactory.create())


def test_saving_an_existing_event_is_refused(event: AuditEvent) -> None:
    event.action = AuditAction.LOGOUT
    with pytest.raises(AuditLogIsAppendOnly):
        event.save()
    assert AuditEvent.objects.get().action == AuditAction.INTAKE_VIEWED


def test_deleting_an_event_is_refused(event: AuditEvent) -> None:
    with pytest.raises(AuditLogIsAppendOnly):
        event.delete()
    assert AuditEvent.objects.count() == 1


def test_queryset_update_and_delete_are_refused(event: AuditEvent) -> None:
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.filter(pk=event.pk).update(action=AuditAction.LOGOUT)
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().delete()
    with pytest.raises(AuditLogIsAppendOnly), transaction.atomic():
        AuditEvent.objects.bulk_update([event], ["action"])
    assert AuditEvent.objects.get().action == AuditAction.INTAKE_VIEWED


def test_an_account_with_audit_events_cannot_be_deleted(event: AuditEvent) -> None:
    with pytest.raises(ProtectedError):
        event.actor.delete()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL-only")
@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_auditevent SET action = 'logout'", "DELETE FROM audit_auditevent"],
    ids=["update", "delete"],
)
def test_the_database_refuses_raw_changes(event: AuditEvent, sql: str) -> None:
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert AuditEvent.objects.get().action == AuditAction.INTAKE_VIEWED

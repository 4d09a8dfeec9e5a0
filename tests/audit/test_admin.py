"""The audit log in the admin: superusers (and auditors given the permission) read it and export
it; nobody can add, change or delete an entry there."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from audit.models import AuditAction, AuditEvent
from audit.services import record_event
from tests.conftest import sign_in_with_mfa
from tests.factories import ClinicianFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:audit_auditevent_changelist")


@pytest.fixture
def events() -> list[AuditEvent]:
    clinician = ClinicianFactory.create(username="dr.harper")
    other = ClinicianFactory.create(username="dr.okafor")
    return [
        record_event(action=AuditAction.INTAKE_VIEWED, actor=clinician, intake_id=uuid.uuid4()),
        record_event(action=AuditAction.INTAKE_DECIDED, actor=clinician, intake_id=uuid.uuid4()),
        record_event(action=AuditAction.LOGIN_SUCCEEDED, actor=other),
        record_event(action=AuditAction.LOGIN_FAILED, detail={"note": '=HYPERLINK("x")'}),
    ]


def export(client: Client, events: list[AuditEvent]) -> Any:
    return client.post(
        CHANGELIST,
        {"action": "export_csv", "_selected_action": [event.pk for event in events]},
    )


def auditor(*perms: str) -> Any:
    user = UserFactory.create(is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=perms))
    return user


def test_superuser_reads_the_log(
    admin_client: Client, events: list[AuditEvent], django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(15):
        response = admin_client.get(CHANGELIST)
    assert response.status_code == 200
    assert response.context["cl"].result_count == len(events) + 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"action__exact": "intake_viewed"}, 1),
        ({"q": "harper"}, 2),
        ({"q": "dr."}, 3),
    ],
)
def test_the_log_filters_by_action_and_searches_by_username(
    admin_client: Client, events: list[AuditEvent], query: dict[str, str], expected: int
) -> None:
    response = admin_client.get(CHANGELIST, query)
    assert response.context["cl"].result_count == expected


def test_the_log_searches_by_intake_id(admin_client: Client, events: list[AuditEvent]) -> None:
    response = admin_client.get(CHANGELIST, {"q": str(events[1].intake_id)})
    assert list(response.context["cl"].result_list) == [events[1]]


def test_the_log_filters_by_date_and_actor(admin_client: Client, events: list[AuditEvent]) -> None:
    day = events[0].occurred_at
    by_date = admin_client.get(
        CHANGELIST,
        {
            "occurred_at__year": day.year,
            "occurred_at__month": day.month,
            "occurred_at__day": day.day,
        },
    )
    assert by_date.context["cl"].result_count == len(events)
    by_actor = admin_client.get(CHANGELIST, {"actor__id__exact": str(events[2].actor_id)})
    assert list(by_actor.context["cl"].result_list) == [events[2]]


def test_entries_are_read_only_in_the_admin(admin_client: Client, events: list[AuditEvent]) -> None:
    event = events[0]
    change_url = reverse("admin:audit_auditevent_change", args=[event.pk])
    page = admin_client.get(change_url)
    assert page.status_code == 200
    assert not page.context["has_change_permission"]
    assert 'name="_save"' not in page.content.decode()

    assert admin_client.post(change_url, {"action": "logout"}).status_code == 403
    assert admin_client.get(reverse("admin:audit_auditevent_add")).status_code == 403
    delete_url = reverse("admin:audit_auditevent_delete", args=[event.pk])
    assert admin_client.get(delete_url).status_code == 403
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    event.refresh_from_db()
    assert event.action == AuditAction.INTAKE_VIEWED


def test_bulk_delete_is_not_offered(admin_client: Client, events: list[AuditEvent]) -> None:
    response = admin_client.get(CHANGELIST)
    actions = [name for name, _ in response.context["action_form"].fields["action"].choices]
    assert "delete_selected" not in actions
    assert "export_csv" in actions
    admin_client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [events[0].pk], "post": "yes"}
    )
    assert AuditEvent.objects.filter(pk=events[0].pk).exists()


def test_superuser_exports_csv_and_the_export_is_audited(
    admin_client: Client, events: list[AuditEvent]
) -> None:
    response = export(admin_client, events)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "occurred_at",
        "actor",
        "action",
        "intake_id",
        "path",
        "ip_address",
        "detail",
    ]
    assert len(rows) == 1 + len(events)
    assert {row[2] for row in rows[1:]} == {e.action for e in events}
    # A value a spreadsheet would run as a formula is quoted.
    assert all(not cell.startswith("=") for row in rows for cell in row)
    exported = AuditEvent.objects.get(action=AuditAction.AUDIT_EXPORTED)
    assert exported.detail == {"rows": len(events)}


def test_an_auditor_with_the_permissions_can_read_and_export(events: list[AuditEvent]) -> None:
    client = sign_in_with_mfa(Client(), auditor("view_auditevent", "export_auditevent"))
    assert client.get(CHANGELIST).status_code == 200
    assert export(client, events)["Content-Type"] == "text/csv"


def test_reading_without_the_export_permission_does_not_export(events: list[AuditEvent]) -> None:
    client = sign_in_with_mfa(Client(), auditor("view_auditevent"))
    assert client.get(CHANGELIST).status_code == 200
    response = export(client, events)
    assert response.get("Content-Type", "").startswith("text/html")
    assert not AuditEvent.objects.filter(action=AuditAction.AUDIT_EXPORTED).exists()


def test_other_staff_cannot_read_or_export(editor_client: Client, events: list[AuditEvent]) -> None:
    assert editor_client.get(CHANGELIST).status_code == 403
    assert export(editor_client, events).status_code == 403
    assert not AuditEvent.objects.filter(action=AuditAction.AUDIT_EXPORTED).exists()


def test_clinicians_and_anonymous_visitors_cannot_reach_the_log(
    clinician_client: Client, client: Client, events: list[AuditEvent]
) -> None:
    # Clinicians are not admin staff: the admin sends them to its sign-in, which refuses them.
    assert clinician_client.get(CHANGELIST, follow=True).status_code == 403
    assert export(clinician_client, events).status_code == 302
    anonymous = client.get(CHANGELIST)
    assert anonymous.status_code == 302
    assert "login" in anonymous.url
    assert not AuditEvent.objects.filter(action=AuditAction.AUDIT_EXPORTED).exists()

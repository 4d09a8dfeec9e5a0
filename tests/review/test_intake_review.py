"""A clinician reads an intake, acknowledges its flags and records a decision, all on the record."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from fhir.resources.R4B.bundle import Bundle

from audit.models import AuditEvent
from intake.models import Flag, Intake, IntakeStatus
from review.models import EventKind, ReviewEvent
from tests.intake import pages
from tests.intake.journey import fill_all_pages, submit
from tests.review.conftest import make_intake

pytestmark = pytest.mark.django_db


def ack_url(intake: Intake, flag: Flag) -> str:
    return reverse("review:acknowledge", kwargs={"pk": intake.pk, "flag_id": flag.pk})


def ack_data(flag: Flag, acknowledgement: str, note: str = "") -> dict[str, str]:
    return {f"flag-{flag.pk}-acknowledgement": acknowledgement, f"flag-{flag.pk}-note": note}


def audit_rows(intake: Intake, action: str) -> int:
    return AuditEvent.objects.filter(intake_id=intake.pk, action=action).count()


def test_intake_page_puts_flags_with_evidence_above_the_answers(
    clinician_client: Client, benzo_intake: Intake
) -> None:
    response = clinician_client.get(reverse("review:intake", kwargs={"pk": benzo_intake.pk}))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("BENZODIAZEPINE") < html.index("Answers")
    assert "Xanax" in html
    assert '<mark data-evidence="medications[0]">' in html
    assert benzo_intake.rules_version in html
    assert "/faq/" in html


def test_viewing_an_intake_writes_exactly_one_audit_row(
    clinician_client: Client, benzo_intake: Intake
) -> None:
    clinician_client.get(reverse("review:intake", kwargs={"pk": benzo_intake.pk}))
    assert audit_rows(benzo_intake, "intake_viewed") == 1


def test_intake_page_query_count_is_bounded(
    clinician_client: Client, benzo_intake: Intake, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(13):
        clinician_client.get(reverse("review:intake", kwargs={"pk": benzo_intake.pk}))


def test_proceeding_despite_a_flag_requires_a_reason(
    clinician_client: Client, benzo_intake: Intake
) -> None:
    flag = benzo_intake.flags.get(code="BENZODIAZEPINE")
    response = clinician_client.post(ack_url(benzo_intake, flag), ack_data(flag, "proceed"))
    assert response.status_code == 400
    assert "reason" in response.content.decode()
    flag.refresh_from_db()
    assert flag.acknowledged_at is None
    assert audit_rows(benzo_intake, "flag_acknowledged") == 0


def test_acknowledging_a_flag_keeps_the_override_reason_and_writes_one_audit_row(
    clinician_client: Client, clinician: Any, benzo_intake: Intake
) -> None:
    flag = benzo_intake.flags.get(code="BENZODIAZEPINE")
    response = clinician_client.post(
        ack_url(benzo_intake, flag), ack_data(flag, "proceed", "Low dose; hold on infusion days")
    )
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.acknowledged_by == clinician
    assert flag.acknowledgement_note == "Low dose; hold on infusion days"
    assert audit_rows(benzo_intake, "flag_acknowledged") == 1
    benzo_intake.refresh_from_db()
    assert benzo_intake.status == IntakeStatus.IN_REVIEW
    page = clinician_client.get(reverse("review:intake", kwargs={"pk": benzo_intake.pk}))
    assert "Low dose; hold on infusion days" in page.content.decode()


def test_clearing_needs_every_flag_acknowledged_and_a_note(
    clinician_client: Client, benzo_intake: Intake
) -> None:
    url = reverse("review:decide", kwargs={"pk": benzo_intake.pk})
    assert clinician_client.post(url, {"outcome": "cleared", "note": ""}).status_code == 400
    refused = clinician_client.post(url, {"outcome": "cleared", "note": "ok"})
    assert refused.status_code == 400
    assert "Acknowledge every flag" in refused.content.decode()
    assert audit_rows(benzo_intake, "intake_decided") == 0

    for flag in benzo_intake.flags.all():
        clinician_client.post(
            ack_url(benzo_intake, flag), ack_data(flag, "action_planned", "Taper")
        )
    assert clinician_client.post(url, {"outcome": "cleared", "note": "Fine"}).status_code == 302
    benzo_intake.refresh_from_db()
    assert benzo_intake.status == IntakeStatus.CLEARED
    assert audit_rows(benzo_intake, "intake_decided") == 1
    decision = ReviewEvent.objects.get(intake=benzo_intake, kind=EventKind.DECIDED)
    assert decision.from_status == IntakeStatus.IN_REVIEW
    assert decision.to_status == IntakeStatus.CLEARED


@pytest.mark.parametrize("outcome", ["needs_follow_up", "not_eligible"])
def test_other_decisions_can_be_recorded_with_open_flags(
    clinician_client: Client, benzo_intake: Intake, outcome: str
) -> None:
    url = reverse("review:decide", kwargs={"pk": benzo_intake.pk})
    assert clinician_client.post(url, {"outcome": outcome, "note": "Call her"}).status_code == 302
    benzo_intake.refresh_from_db()
    assert benzo_intake.status == outcome


def test_assigning_an_intake_records_who_and_writes_one_audit_row(
    clinician_client: Client, clinician: Any, benzo_intake: Intake
) -> None:
    from tests.factories import ClinicianFactory

    colleague = ClinicianFactory()
    url = reverse("review:assign", kwargs={"pk": benzo_intake.pk})
    assert clinician_client.post(url, {"assignee": colleague.pk}).status_code == 302
    benzo_intake.refresh_from_db()
    assert benzo_intake.assigned_to == colleague
    assert audit_rows(benzo_intake, "intake_assigned") == 1
    assert clinician_client.post(url, {"assignee": "999999"}).status_code == 400


def test_rescreen_shows_added_and_removed_flags(
    clinician_client: Client, benzo_intake: Intake
) -> None:
    benzo_intake.flags.filter(code="OPIOID").delete()
    Flag.objects.create(
        intake=benzo_intake,
        code="RETIRED_RULE",
        severity="low",
        severity_rank=3,
        title="An old rule",
        explanation="",
        rules_version="0",
    )
    url = reverse("review:rescreen", kwargs={"pk": benzo_intake.pk})
    response = clinician_client.post(url, follow=True)
    html = response.content.decode()
    assert "Added: OPIOID" in html
    assert "Removed: RETIRED_RULE" in html
    assert benzo_intake.flags.current().filter(code="OPIOID").exists()
    assert benzo_intake.flags.get(code="RETIRED_RULE").retired_at is not None
    assert audit_rows(benzo_intake, "intake_rescreened") == 1


def test_print_view_is_clean_and_audited(clinician_client: Client, benzo_intake: Intake) -> None:
    response = clinician_client.get(reverse("review:print", kwargs={"pk": benzo_intake.pk}))
    html = response.content.decode()
    assert "print.css" in html
    assert "<nav" not in html
    assert "BENZODIAZEPINE" in html
    assert audit_rows(benzo_intake, "intake_printed") == 1


def test_fhir_export_is_a_valid_bundle_with_a_detected_issue_per_flag(
    clinician_client: Client, clinician: Any, benzo_intake: Intake
) -> None:
    flag = benzo_intake.flags.get(code="BENZODIAZEPINE")
    clinician_client.post(ack_url(benzo_intake, flag), ack_data(flag, "proceed", "Hold dose"))
    response = clinician_client.get(reverse("review:fhir", kwargs={"pk": benzo_intake.pk}))
    assert response["Content-Type"] == "application/fhir+json"
    bundle = Bundle.model_validate(json.loads(response.content))
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry]
    assert kinds.count("QuestionnaireResponse") == 1
    assert kinds.count("MedicationStatement") == len(benzo_intake.answers["medications"])
    assert kinds.count("DetectedIssue") == benzo_intake.flags.count()
    issues = {
        entry.resource.code.coding[0].code: entry.resource
        for entry in bundle.entry
        if entry.resource.get_resource_type() == "DetectedIssue"
    }
    assert "Hold dose" in issues["BENZODIAZEPINE"].mitigation[0].action.text
    assert issues["BENZODIAZEPINE"].evidence
    assert audit_rows(benzo_intake, "intake_exported") == 1


def test_fhir_export_includes_reported_allergies(clinician_client: Client, demo: list[Any]) -> None:
    intake = make_intake(demo[8])  # bad reaction to anaesthesia
    response = clinician_client.get(reverse("review:fhir", kwargs={"pk": intake.pk}))
    bundle = Bundle.model_validate(json.loads(response.content))
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry]
    assert "AllergyIntolerance" in kinds


def test_guessed_or_malformed_intake_ids_find_nothing(clinician_client: Client) -> None:
    import uuid

    assert clinician_client.get(f"/review/intakes/{uuid.uuid4()}/").status_code == 404
    assert clinician_client.get("/review/intakes/1/").status_code == 404


def test_urgent_intake_emails_clinicians_a_link_and_reference_only(
    client: Client, clinician: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        fill_all_pages(client, mental_health=pages.mental_health(suicidal_thoughts="yes"))
        submit(client)
    intake = Intake.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [clinician.email]
    assert intake.reference in message.subject
    assert str(intake.pk) in message.body
    for phi in ("Alex", "Rivera", "1985", "Xanax", "suicid"):
        assert phi not in message.body and phi not in message.subject


def test_non_urgent_intake_sends_no_email(
    client: Client, clinician: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        fill_all_pages(client)
        submit(client)
    assert mail.outbox == []


def test_a_resent_acknowledgement_does_not_overwrite_the_first_reason(
    clinician_client: Client, benzo_intake: Intake
) -> None:
    flag = benzo_intake.flags.get(code="BENZODIAZEPINE")
    clinician_client.post(ack_url(benzo_intake, flag), ack_data(flag, "proceed", "Reason A"))
    again = clinician_client.post(ack_url(benzo_intake, flag), ack_data(flag, "not_applicable"))
    assert again.status_code == 400
    flag.refresh_from_db()
    assert (flag.acknowledgement, flag.acknowledgement_note) == ("proceed", "Reason A")


@pytest.mark.parametrize(
    ("name", "method", "data"),
    [
        ("review:worklist", "get", {}),
        ("review:intake", "get", {}),
        ("review:print", "get", {}),
        ("review:fhir", "get", {}),
        ("review:decide", "post", {"outcome": "needs_follow_up", "note": "Call"}),
        ("review:decide", "post", {"outcome": "cleared", "note": ""}),  # refused: re-rendered
        ("review:assign", "post", {"assignee": "0"}),  # refused: re-rendered
        ("review:rescreen", "post", {}),
    ],
)
def test_each_review_request_writes_exactly_one_audit_row(
    clinician_client: Client,
    benzo_intake: Intake,
    name: str,
    method: str,
    data: dict[str, str],
) -> None:
    kwargs = {} if name == "review:worklist" else {"pk": benzo_intake.pk}
    before = AuditEvent.objects.count()
    getattr(clinician_client, method)(reverse(name, kwargs=kwargs), data)
    assert AuditEvent.objects.count() == before + 1


def test_intake_page_query_count_does_not_grow_with_flags_and_history(
    clinician_client: Client, clinician: Any, demo: list[Any]
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(intake: Intake) -> int:
        with CaptureQueriesContext(connection) as captured:
            clinician_client.get(reverse("review:intake", kwargs={"pk": intake.pk}))
        return len(captured.captured_queries)

    few = make_intake(demo[2])  # benzodiazepine and opioid
    many = make_intake(demo[7])  # alcohol, drugs, substance-use history, no escort
    for intake, flags in ((few, few.flags.all()[:1]), (many, many.flags.all())):
        for flag in flags:
            clinician_client.post(ack_url(intake, flag), ack_data(flag, "action_planned", "ok"))
    assert many.flags.count() > few.flags.count() + 1
    assert many.review_events.count() > few.review_events.count()
    assert queries_for(few) == queries_for(many)

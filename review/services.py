"""What clinicians do to an intake. Each action changes the record and writes its audit row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from audit.services import record_event
from intake import screening
from intake.models import Acknowledgement, Flag, Intake, IntakeStatus
from intake.services import flags_for, open_severity_rank
from review.models import EventKind, Outcome, ReviewEvent

FINAL_STATUS = {
    Outcome.CLEARED: IntakeStatus.CLEARED,
    Outcome.NEEDS_FOLLOW_UP: IntakeStatus.NEEDS_FOLLOW_UP,
    Outcome.NOT_ELIGIBLE: IntakeStatus.NOT_ELIGIBLE,
}


class ReviewError(Exception):
    """An action the record does not allow; its message is shown to the clinician."""


def _locked(intake: Intake) -> Intake:
    return Intake.objects.select_for_update().get(pk=intake.pk)


def _refresh_rank(intake: Intake) -> None:
    intake.open_severity_rank = open_severity_rank(list(intake.flags.all()))


def _start_review(intake: Intake) -> str:
    before = intake.status
    if intake.status == IntakeStatus.AWAITING_REVIEW:
        intake.status = IntakeStatus.IN_REVIEW
    return before


def acknowledge_flag(
    *, flag: Flag, clinician: Any, acknowledgement: str, note: str, request: HttpRequest | None
) -> Flag:
    note = note.strip()
    if acknowledgement == Acknowledgement.PROCEED and not note:
        raise ReviewError("Give the reason for proceeding despite this flag.")
    with transaction.atomic():
        intake = _locked(flag.intake)
        flag = Flag.objects.select_for_update().get(pk=flag.pk)
        if flag.acknowledged_at is not None:
            # A resent form must not overwrite the first acknowledgement and its reason.
            raise ReviewError("This flag is already acknowledged.")
        if flag.retired_at is not None:
            raise ReviewError("This flag was retired by a re-screen; it needs no acknowledgement.")
        flag.acknowledged_at = timezone.now()
        flag.acknowledged_by = clinician
        flag.acknowledgement = acknowledgement
        flag.acknowledgement_note = note
        flag.save(
            update_fields=[
                "acknowledged_at",
                "acknowledged_by",
                "acknowledgement",
                "acknowledgement_note",
            ]
        )
        before = _start_review(intake)
        _refresh_rank(intake)
        intake.save(update_fields=["status", "open_severity_rank"])
        ReviewEvent.objects.create(
            intake=intake,
            kind=EventKind.FLAG_ACKNOWLEDGED,
            actor=clinician,
            from_status=before,
            to_status=intake.status,
            note=note,
            detail={"flag": flag.code, "acknowledgement": acknowledgement},
        )
        record_event(
            action="flag_acknowledged",
            request=request,
            actor=clinician,
            intake_id=intake.pk,
            detail={"flag": flag.code, "acknowledgement": acknowledgement},
        )
    return flag


def record_decision(
    *, intake: Intake, clinician: Any, outcome: str, note: str, request: HttpRequest | None
) -> Intake:
    note = note.strip()
    if not note:
        raise ReviewError("Every decision needs a note.")
    with transaction.atomic():
        intake = _locked(intake)
        unacknowledged = intake.flags.current().filter(acknowledged_at__isnull=True)
        if outcome == Outcome.CLEARED and unacknowledged.exists():
            raise ReviewError("Acknowledge every flag before clearing this intake.")
        before = intake.status
        intake.status = FINAL_STATUS[Outcome(outcome)]
        intake.save(update_fields=["status"])
        ReviewEvent.objects.create(
            intake=intake,
            kind=EventKind.DECIDED,
            actor=clinician,
            from_status=before,
            to_status=intake.status,
            note=note,
            detail={"outcome": outcome},
        )
        record_event(
            action="intake_decided",
            request=request,
            actor=clinician,
            intake_id=intake.pk,
            detail={"outcome": outcome},
        )
    return intake


def assign_intake(
    *, intake: Intake, assignee: Any, clinician: Any, request: HttpRequest | None
) -> Intake:
    with transaction.atomic():
        intake = _locked(intake)
        previous = intake.assigned_to
        intake.assigned_to = assignee
        before = _start_review(intake)
        intake.save(update_fields=["assigned_to", "status"])
        ReviewEvent.objects.create(
            intake=intake,
            kind=EventKind.ASSIGNED,
            actor=clinician,
            from_status=before,
            to_status=intake.status,
            detail={
                "from": previous.get_username() if previous else "",
                "to": assignee.get_username(),
            },
        )
        record_event(
            action="intake_assigned",
            request=request,
            actor=clinician,
            intake_id=intake.pk,
            detail={"to": assignee.get_username()},
        )
    return intake


@dataclass(frozen=True)
class RescreenResult:
    added: list[str]
    removed: list[str]
    rules_version: str


def rescreen_intake(
    *, intake: Intake, clinician: Any, request: HttpRequest | None
) -> RescreenResult:
    """Screen the stored answers with the current rules; retire flags no longer raised."""
    with transaction.atomic():
        intake = _locked(intake)
        result = screening.screen(screening.parse_intake(intake.answers))
        current = {flag.code: flag for flag in intake.flags.current()}
        fresh = {flag.code: flag for flag in flags_for(result)}
        added = sorted(set(fresh) - set(current))
        removed = sorted(set(current) - set(fresh))
        now = timezone.now()
        for code in added:
            fresh[code].intake = intake
            fresh[code].raised_at = now
        Flag.objects.bulk_create([fresh[code] for code in added])
        Flag.objects.filter(intake=intake, code__in=removed, retired_at__isnull=True).update(
            retired_at=now
        )
        intake.rules_version = result.rules_version
        _refresh_rank(intake)
        intake.is_urgent = intake.flags.current().filter(severity="urgent").exists()
        intake.save(update_fields=["rules_version", "open_severity_rank", "is_urgent"])
        ReviewEvent.objects.create(
            intake=intake,
            kind=EventKind.RESCREENED,
            actor=clinician,
            from_status=intake.status,
            to_status=intake.status,
            detail={"added": added, "removed": removed, "rules_version": result.rules_version},
        )
        record_event(
            action="intake_rescreened",
            request=request,
            actor=clinician,
            intake_id=intake.pk,
            detail={"added": len(added), "removed": len(removed), "rules": result.rules_version},
        )
    return RescreenResult(added, removed, result.rules_version)

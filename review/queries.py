"""Reads for the clinician pages, with their joins decided here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from intake import screening
from intake.models import Flag, Intake, IntakeStatus
from review.forms import ALL, OPEN


def worklist(filters: dict[str, Any]) -> QuerySet[Intake]:
    intakes = (
        Intake.objects.for_worklist()
        .defer("answers")
        .prefetch_related(
            Prefetch("flags", queryset=Flag.objects.current(), to_attr="current_flags")
        )
    )
    status = filters.get("status", OPEN)
    if status == OPEN:
        intakes = intakes.awaiting_review()
    elif status != ALL:
        intakes = intakes.filter(status=status)
    if "severity" in filters:
        intakes = intakes.filter(open_severity_rank=screening.Severity(filters["severity"]).rank)
    if "code" in filters:
        raised = Flag.objects.current().filter(intake=OuterRef("pk"), code=filters["code"])
        intakes = intakes.filter(Exists(raised))
    if "submitted_from" in filters:
        intakes = intakes.filter(submitted_at__date__gte=filters["submitted_from"])
    if "submitted_to" in filters:
        intakes = intakes.filter(submitted_at__date__lte=filters["submitted_to"])
    if "q" in filters:
        term = filters["q"].strip()
        intakes = intakes.filter(Q(patient_name__icontains=term) | Q(reference__iexact=term))
    return intakes


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    count: int


def status_counts() -> list[StatusCount]:
    """How many intakes are in each status, in the order of the review process."""
    counts = dict.fromkeys(IntakeStatus.values, 0)
    # COUNT(*) (not COUNT(id)) lets PostgreSQL answer from the status index alone.
    for row in Intake.objects.values("status").annotate(n=Count("*")).order_by():
        counts[row["status"]] = row["n"]
    return [StatusCount(status, str(IntakeStatus(status).label), n) for status, n in counts.items()]


def intakes_for_review() -> QuerySet[Intake]:
    """Intakes with everything their review page shows, in a fixed number of queries."""
    return Intake.objects.select_related("assigned_to").prefetch_related(
        Prefetch(
            "flags",
            queryset=Flag.objects.select_related("acknowledged_by"),
            to_attr="all_flags",
        ),
        "review_events__actor",
    )

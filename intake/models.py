"""Patient intakes: drafts in progress, submitted intakes and the flags screening raised on them."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class IntakeDraft(models.Model):
    """An intake being filled in. Saved at every step so nothing the patient typed is lost.

    The resume link carries a random token; only its SHA-256 digest is stored, so a copy of the
    database does not hand out working resume links.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    token_digest = models.CharField(max_length=64, unique=True)
    answers = models.JSONField(default=dict, blank=True)
    # Typed but not yet valid input per step, kept so a patient who leaves after an error finds it.
    unsaved_input = models.JSONField(default=dict, blank=True)
    completed_steps = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)
    submitted_intake = models.OneToOneField(
        "Intake", null=True, blank=True, on_delete=models.SET_NULL, related_name="draft"
    )

    class Meta:
        verbose_name = _("intake draft")

    def __str__(self) -> str:
        return f"Draft {self.id}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_intake_id is not None

    def is_expired(self, now: Any = None) -> bool:
        return self.expires_at <= (now or timezone.now())


class IntakeStatus(models.TextChoices):
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    IN_REVIEW = "in_review", _("In review")
    CLEARED = "cleared", _("Cleared for consultation")
    NEEDS_FOLLOW_UP = "needs_follow_up", _("Needs follow-up")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")


class IntakeQuerySet(models.QuerySet["Intake"]):
    def awaiting_review(self) -> IntakeQuerySet:
        return self.filter(status__in=[IntakeStatus.AWAITING_REVIEW, IntakeStatus.IN_REVIEW])

    def for_worklist(self) -> IntakeQuerySet:
        """Riskiest first: the most severe open flag, then the oldest submission."""
        return self.select_related("assigned_to").order_by("open_severity_rank", "submitted_at")


class Intake(models.Model):
    """A submitted intake. `answers` is the intake JSON document (docs/intake-json.md)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(max_length=16, unique=True)
    answers = models.JSONField()
    patient_name = models.CharField(max_length=201, db_index=True)
    submitted_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=20, choices=IntakeStatus.choices, default=IntakeStatus.AWAITING_REVIEW
    )
    is_urgent = models.BooleanField(default=False)
    # Rank of the most severe unacknowledged flag (0 = urgent ... 3 = low, 9 = none): the worklist
    # sorts on it, so it is stored and indexed rather than computed per row.
    open_severity_rank = models.PositiveSmallIntegerField(default=9)
    rules_version = models.CharField(max_length=32)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_intakes",
    )

    objects = IntakeQuerySet.as_manager()

    class Meta:
        verbose_name = _("intake")
        indexes = [
            models.Index(
                fields=["open_severity_rank", "submitted_at"], name="intake_worklist_order"
            ),
            models.Index(
                fields=["status", "open_severity_rank", "submitted_at"], name="intake_status_order"
            ),
            models.Index(fields=["submitted_at"], name="intake_submitted"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(open_severity_rank__lte=9), name="intake_severity_rank_range"
            ),
        ]

    def __str__(self) -> str:
        return self.reference


class Acknowledgement(models.TextChoices):
    PROCEED = "proceed", _("Proceed despite this flag")
    ACTION_PLANNED = "action_planned", _("Action planned before treatment")
    NOT_APPLICABLE = "not_applicable", _("Not applicable on review")


class FlagQuerySet(models.QuerySet["Flag"]):
    def current(self) -> FlagQuerySet:
        """Flags the latest screening still raises (a re-screen may have retired others)."""
        return self.filter(retired_at__isnull=True)


class Flag(models.Model):
    """One screening finding on an intake, with the patient's words that raised it."""

    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="flags")
    code = models.CharField(max_length=40)
    severity = models.CharField(max_length=10)
    severity_rank = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    explanation = models.TextField()
    evidence = models.JSONField(default=list)
    faq_article = models.CharField(max_length=80, blank=True)
    rules_version = models.CharField(max_length=32)
    raised_at = models.DateTimeField(default=timezone.now)
    # A re-screen that no longer raises the flag retires it; it stays on the record.
    retired_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="acknowledged_flags",
    )
    acknowledgement = models.CharField(max_length=20, choices=Acknowledgement.choices, blank=True)
    acknowledgement_note = models.TextField(blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["severity_rank", "code"]
        indexes = [models.Index(fields=["code", "intake"], name="flag_code_intake")]
        constraints = [
            models.CheckConstraint(
                condition=Q(acknowledged_at__isnull=True) | Q(acknowledged_by__isnull=False),
                name="flag_acknowledged_by_someone",
            ),
            # An override is a clinical decision: it always carries its reason.
            models.CheckConstraint(
                condition=~Q(acknowledgement="proceed") | ~Q(acknowledgement_note=""),
                name="flag_override_has_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} on {self.intake_id}"

    @property
    def is_open(self) -> bool:
        return self.acknowledged_at is None and self.retired_at is None

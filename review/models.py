"""The review record of an intake: who did what to it, and when. Rows are never edited."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intake.models import Intake


class EventKind(models.TextChoices):
    ASSIGNED = "assigned", _("Assigned")
    FLAG_ACKNOWLEDGED = "flag_acknowledged", _("Flag acknowledged")
    DECIDED = "decided", _("Decision recorded")
    RESCREENED = "rescreened", _("Re-screened")


class Outcome(models.TextChoices):
    CLEARED = "cleared", _("Cleared for consultation")
    NEEDS_FOLLOW_UP = "needs_follow_up", _("Needs follow-up")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")


class ReviewEvent(models.Model):
    """One entry of an intake's status history, in the order it happened."""

    intake = models.ForeignKey(Intake, on_delete=models.PROTECT, related_name="review_events")
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    occurred_at = models.DateTimeField(default=timezone.now)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["occurred_at", "id"]
        indexes = [models.Index(fields=["intake", "occurred_at"], name="review_event_history")]

    def __str__(self) -> str:
        return f"{self.kind} on {self.intake_id}"

"""The audit log: who did what, when, from where, to which intake. Append-only.

Rows carry no protected health information: an intake is referred to by its id, never by its
content, and `detail` holds a few short scalar facts (a reason, a count). HIPAA asks for this record
to be kept for at least six years (see docs/operations.md).
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditLogIsAppendOnly(Exception):
    """Raised on any attempt to change or delete a recorded event."""


class AuditAction(models.TextChoices):
    """What happened. Add a member (and run makemigrations) when a feature needs a new one."""

    # Authentication and sessions
    LOGIN_SUCCEEDED = "login_succeeded", _("Sign-in succeeded")
    LOGIN_FAILED = "login_failed", _("Sign-in failed")
    LOCKOUT = "lockout", _("Sign-in locked out")
    LOGOUT = "logout", _("Signed out")
    SESSION_EXPIRED = "session_expired", _("Session ended by timeout")
    MFA_ENROLLED = "mfa_enrolled", _("Second factor enrolled")
    MFA_REMOVED = "mfa_removed", _("Second factor removed")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    ACCOUNT_DEACTIVATED = "account_deactivated", _("Account deactivated")
    ACCESS_DENIED = "access_denied", _("Access refused")
    # Protected health information
    INTAKE_SUBMITTED = "intake_submitted", _("Intake submitted")
    WORKLIST_VIEWED = "worklist_viewed", _("Worklist viewed")
    INTAKE_VIEWED = "intake_viewed", _("Intake viewed")
    INTAKE_PRINTED = "intake_printed", _("Intake printed")
    INTAKE_EXPORTED = "intake_exported", _("Intake exported")
    INTAKE_DECIDED = "intake_decided", _("Intake decided")
    INTAKE_ASSIGNED = "intake_assigned", _("Intake assigned")
    INTAKE_RESCREENED = "intake_rescreened", _("Intake re-screened")
    FLAG_ACKNOWLEDGED = "flag_acknowledged", _("Screening flag acknowledged")
    # The log itself
    AUDIT_EXPORTED = "audit_exported", _("Audit log exported")


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AuditLogIsAppendOnly("Audit events cannot be changed.")

    def delete(self) -> NoReturn:
        raise AuditLogIsAppendOnly("Audit events cannot be deleted.")

    def for_intake(self, intake_id: Any) -> AuditEventQuerySet:
        return self.filter(intake_id=intake_id)


class AuditEvent(models.Model):
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    # PROTECT: an account that appears in the log is deactivated, never deleted (unique user IDs).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor_username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=64, choices=AuditAction.choices)
    intake_id = models.UUIDField(null=True, blank=True, db_index=True)
    path = models.CharField(max_length=500, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["action", "occurred_at"], name="audit_action_time")]
        permissions = [("export_auditevent", "Can export the audit log")]

    def __str__(self) -> str:
        who = self.actor_username or "anonymous"
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {who} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditLogIsAppendOnly("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AuditLogIsAppendOnly("Audit events cannot be deleted.")

"""Writing to the audit log. Every feature records events through `record_event`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, cast

from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest

from accounts.client_ip import client_ip
from audit.models import AuditAction, AuditEvent

DETAIL_MAX_KEYS = 10
DETAIL_MAX_TEXT = 200
PATH_MAX = 500

Scalar = str | int | float | bool | None


def _clean_detail(detail: Mapping[str, Scalar] | None) -> dict[str, Scalar]:
    """A few short scalar facts. Nested data and long text are refused: they are where PHI hides."""
    if not detail:
        return {}
    if len(detail) > DETAIL_MAX_KEYS:
        raise ValueError(f"Audit detail takes at most {DETAIL_MAX_KEYS} keys.")
    cleaned: dict[str, Scalar] = {}
    for key, value in detail.items():
        if not isinstance(key, str):
            raise ValueError("Audit detail keys must be strings.")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise ValueError(f"Audit detail {key!r} must be a string, number, boolean or None.")
        if isinstance(value, str) and len(value) > DETAIL_MAX_TEXT:
            raise ValueError(f"Audit detail {key!r} is longer than {DETAIL_MAX_TEXT} characters.")
        cleaned[key] = value
    return cleaned


def _authenticated(user: Any) -> AbstractBaseUser | None:
    return user if getattr(user, "is_authenticated", False) else None


def record_event(
    *,
    action: AuditAction | str,
    request: HttpRequest | None = None,
    actor: AbstractBaseUser | None = None,
    intake_id: uuid.UUID | str | None = None,
    detail: Mapping[str, Scalar] | None = None,
    actor_username: str | None = None,
) -> AuditEvent:
    """Append one event. The actor defaults to the request's signed-in user.

    Pass only identifiers and short facts: never names, dates of birth, answers or free text a
    patient or clinician wrote. `actor_username` names the account an anonymous event concerns
    (a failed sign-in against an existing account) when there is no signed-in actor.
    """
    if action not in AuditAction.values:
        raise ValueError(f"Unknown audit action {action!r}: add it to audit.models.AuditAction.")
    if actor is None and request is not None:
        actor = _authenticated(getattr(request, "user", None))
    username = actor.get_username() if actor is not None else (actor_username or "")
    return AuditEvent.objects.create(
        action=action,
        actor=cast(Any, actor),
        actor_username=username[:150],
        intake_id=uuid.UUID(str(intake_id)) if intake_id is not None else None,
        path=request.path[:PATH_MAX] if request is not None else "",
        ip_address=client_ip(request) if request is not None else None,
        detail=_clean_detail(detail),
    )

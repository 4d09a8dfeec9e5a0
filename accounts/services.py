"""Account actions with security side effects, made explicit (no signals)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.http import HttpRequest
from django.utils import timezone

from audit.models import AuditAction
from audit.services import record_event


def end_all_sessions(*, user: Any) -> int:
    """Delete every live session signed in as `user`; returns how many were ended.

    Works with the database-backed session engines (`db`, `cached_db`): each session is deleted
    through its SessionStore so a cached copy goes too.
    """
    store = import_module(settings.SESSION_ENGINE).SessionStore
    user_id = str(user.pk)
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get(SESSION_KEY)) == user_id:
            store(session_key=session.session_key).delete()
            ended += 1
    return ended


def deactivate_account(*, user: Any, request: HttpRequest | None = None) -> int:
    """Switch the account off, end its sessions now and record it. Returns sessions ended."""
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
    ended = end_all_sessions(user=user)
    record_event(
        action=AuditAction.ACCOUNT_DEACTIVATED,
        request=request,
        detail={"account": user.get_username(), "sessions_ended": ended},
    )
    return ended

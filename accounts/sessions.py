"""The staff session clock: idle timeout and absolute lifetime, kept in the session itself.

Django's own expiry slides forward on every save, so the absolute limit is enforced here from the
moment of sign-in. Times are Unix timestamps (floats) so they survive JSON session serialisation.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

SIGNED_IN_AT = "accounts.signed_in_at"
LAST_ACTIVITY = "accounts.last_activity"
IDLE = "idle"
ABSOLUTE = "absolute"


@dataclass(frozen=True)
class SessionTimeLeft:
    seconds: int
    limit: str  # IDLE or ABSOLUTE: which of the two ends the session first


def start_session_clock(request: HttpRequest) -> None:
    now = time.time()
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_ACTIVITY] = now


def note_activity(request: HttpRequest) -> None:
    request.session[LAST_ACTIVITY] = time.time()


def leave_activity_unrecorded(request: HttpRequest) -> None:
    """For requests a page makes on its own (the idle timer asking how long is left)."""
    request.session_activity_unrecorded = True  # type: ignore[attr-defined]


def activity_unrecorded(request: HttpRequest) -> bool:
    return bool(getattr(request, "session_activity_unrecorded", False))


def _seconds_left(request: HttpRequest) -> tuple[float, str]:
    now = time.time()
    signed_in_at = float(request.session.get(SIGNED_IN_AT, now))
    last_activity = float(request.session.get(LAST_ACTIVITY, now))
    idle_left = last_activity + settings.STAFF_IDLE_TIMEOUT_SECONDS - now
    absolute_left = signed_in_at + settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS - now
    return (absolute_left, ABSOLUTE) if absolute_left < idle_left else (idle_left, IDLE)


def time_left(request: HttpRequest) -> SessionTimeLeft:
    seconds, limit = _seconds_left(request)
    return SessionTimeLeft(max(0, math.floor(seconds)), limit)


def expired_by(request: HttpRequest) -> str | None:
    """IDLE or ABSOLUTE if the session is past one of its limits, else None."""
    if SIGNED_IN_AT not in request.session:
        return None
    seconds, limit = _seconds_left(request)
    return limit if seconds <= 0 else None

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def session_timeout(request: HttpRequest) -> dict[str, object]:
    """What the idle-timeout warning script needs (rendered as data attributes, not inline JS)."""
    return {
        "session_idle_timeout_seconds": settings.STAFF_IDLE_TIMEOUT_SECONDS,
        "session_warning_seconds": settings.STAFF_IDLE_WARNING_SECONDS,
    }

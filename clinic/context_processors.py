from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def clinic(request: HttpRequest) -> dict[str, object]:
    """Values every page shows: the clinic's name and the crisis line."""
    return {"clinic_name": settings.CLINIC_NAME, "crisis_help_text": settings.CRISIS_HELP_TEXT}

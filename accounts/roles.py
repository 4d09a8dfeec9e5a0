"""The clinic's roles. Each is a Django group, created by a data migration."""

from __future__ import annotations

from typing import Any

CLINICIANS = "Clinicians"
CONTENT_EDITORS = "Content editors"

ALL_ROLES = (CLINICIANS, CONTENT_EDITORS)


def has_role(user: Any, role: str) -> bool:
    """Superusers hold no clinical role implicitly: PHI access is granted by group only."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.groups.filter(name=role).exists())


def is_clinician(user: Any) -> bool:
    return has_role(user, CLINICIANS)

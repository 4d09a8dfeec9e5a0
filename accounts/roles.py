"""The clinic's roles. Each is a Django group, created by a data migration."""

from __future__ import annotations

from typing import Any

CLINICIANS = "Clinicians"
CONTENT_EDITORS = "Content editors"

ALL_ROLES = (CLINICIANS, CONTENT_EDITORS)


def role_names(user: Any) -> frozenset[str]:
    """The user's roles, read once per user object (so once per request)."""
    cached = getattr(user, "_clinic_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._clinic_role_names = cached
    return cached


def has_role(user: Any, role: str) -> bool:
    """Superusers hold no clinical role implicitly: PHI access is granted by group only."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return role in role_names(user)


def is_clinician(user: Any) -> bool:
    return has_role(user, CLINICIANS)

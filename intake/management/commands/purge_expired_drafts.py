"""Delete intake drafts past their expiry. Run it daily (cron or a systemd timer)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from intake.services import purge_expired_drafts


class Command(BaseCommand):
    help = "Delete intake drafts whose resume link has expired (INTAKE_DRAFT_TTL_HOURS)."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = purge_expired_drafts()
        self.stdout.write(f"Deleted {deleted} expired intake draft(s).")

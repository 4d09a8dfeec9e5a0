"""Demo data for trying the product: staff accounts plus whatever each feature contributes.

Idempotent: run it as often as you like. Existing accounts keep their passwords; a new account's
password is taken from the environment (DEMO_<ROLE>_PASSWORD) or generated and printed once.
"""

from __future__ import annotations

import os
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.roles import CLINICIANS, CONTENT_EDITORS

DEMO_ACCOUNTS = (
    # username, role, is_staff (may open the admin), is_superuser, env var for the password
    ("clinician", CLINICIANS, False, False, "DEMO_CLINICIAN_PASSWORD"),
    ("editor", CONTENT_EDITORS, True, False, "DEMO_EDITOR_PASSWORD"),
    ("admin", None, True, True, "DEMO_ADMIN_PASSWORD"),
)


class Command(BaseCommand):
    help = "Create demo staff accounts and demo content (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            for username, role, is_staff, is_superuser, env_var in DEMO_ACCOUNTS:
                self._ensure_account(username, role, is_staff, is_superuser, env_var)
            for contribute in self._contributions():
                summary = contribute()
                if summary:
                    self.stdout.write(summary)

    def _ensure_account(
        self, username: str, role: str | None, is_staff: bool, is_superuser: bool, env_var: str
    ) -> None:
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Account '{username}' already exists; password unchanged.")
            return
        password = os.environ.get(env_var) or secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username=username,
            email=f"{username}@clinic.invalid",
            password=password,
            is_staff=is_staff,
            is_superuser=is_superuser,
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        shown = "(from $" + env_var + ")" if os.environ.get(env_var) else password
        self.stdout.write(self.style.SUCCESS(f"Created '{username}' with password: {shown}"))

    def _contributions(self) -> list[Any]:
        """Each feature's demo data, in dependency order."""
        from faq.services import seed_faq
        from intake.demo import seed_demo_intakes

        return [seed_faq, seed_demo_intakes]

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from faq.services import ensure_initial_articles


class Command(BaseCommand):
    help = (
        "Create the clinic's initial FAQ topics and articles that are missing. "
        "Articles that exist (matched by key) are never changed. Safe to run at every deploy."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = ensure_initial_articles()
        self.stdout.write(self.style.SUCCESS(report.summary()))

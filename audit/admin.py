"""The audit log in the admin: read-only, filterable, exportable to CSV by those allowed to."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterator
from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone

from audit.models import AuditAction, AuditEvent
from audit.services import record_event

CSV_COLUMNS = ("occurred_at", "actor", "action", "intake_id", "path", "ip_address", "detail")


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_safe(value: str) -> str:
    """Spreadsheet programs run cells that start with these as formulas; quote them."""
    return f"'{value}" if value[:1] in {"=", "+", "-", "@", "\t", "\r"} else value


def audit_csv_rows(events: QuerySet[AuditEvent]) -> Iterator[list[str]]:
    yield list(CSV_COLUMNS)
    for event in events.iterator():
        yield [
            _csv_safe(value)
            for value in (
                event.occurred_at.isoformat(),
                event.actor_username,
                event.action,
                str(event.intake_id or ""),
                event.path,
                event.ip_address or "",
                json.dumps(event.detail, sort_keys=True) if event.detail else "",
            )
        ]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("occurred_at", "actor_username", "action", "intake_id", "path", "ip_address")
    list_filter = ("action", "occurred_at", ("actor", admin.RelatedOnlyFieldListFilter))
    date_hierarchy = "occurred_at"
    search_fields = ("actor_username",)
    search_help_text = "Username (contains) or an intake id (exact)."
    readonly_fields = (
        "occurred_at",
        "actor",
        "actor_username",
        "action",
        "intake_id",
        "path",
        "ip_address",
        "detail",
    )
    actions = ["export_csv"]
    list_per_page = 100

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_export_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("audit.export_auditevent"))

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[AuditEvent], search_term: str
    ) -> tuple[QuerySet[AuditEvent], bool]:
        term = search_term.strip()
        try:
            return queryset.filter(intake_id=uuid.UUID(term)), False
        except ValueError:
            return super().get_search_results(request, queryset, term)

    @admin.action(description="Export selected events to CSV", permissions=["export"])
    def export_csv(
        self, request: HttpRequest, queryset: QuerySet[AuditEvent]
    ) -> StreamingHttpResponse:
        events = queryset.order_by("occurred_at", "id")
        record_event(
            action=AuditAction.AUDIT_EXPORTED, request=request, detail={"rows": events.count()}
        )
        writer = csv.writer(_Echo())
        response = StreamingHttpResponse(
            (writer.writerow(row) for row in audit_csv_rows(events)), content_type="text/csv"
        )
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.csv"'
        return response

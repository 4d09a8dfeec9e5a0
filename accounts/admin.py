"""Staff accounts in the admin, with their security side effects made explicit.

Deactivating an account ends its sessions at once; setting someone's password or removing their
authenticator is recorded in the audit log. Authenticator secrets are never shown.
"""

from __future__ import annotations

from typing import Any

from allauth.mfa.admin import AuthenticatorAdmin as AllauthAuthenticatorAdmin
from allauth.mfa.models import Authenticator
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from accounts.services import deactivate_account
from audit.models import AuditAction
from audit.services import record_event

User = get_user_model()


class StaffUserAdmin(UserAdmin):
    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            deactivate_account(user=obj, request=request)

    def user_change_password(
        self, request: HttpRequest, id: str, form_url: str = ""
    ) -> HttpResponse:
        response: HttpResponse = super().user_change_password(request, id, form_url)
        if request.method == "POST" and isinstance(response, HttpResponseRedirect):
            account = self.get_object(request, id)
            if account is not None:
                record_event(
                    action=AuditAction.PASSWORD_CHANGED,
                    request=request,
                    detail={"account": account.get_username(), "by_administrator": True},
                )
        return response


class AuthenticatorAdmin(admin.ModelAdmin):
    """An administrator can see who has enrolled and remove a lost authenticator; no secrets."""

    list_display = AllauthAuthenticatorAdmin.list_display
    list_filter = AllauthAuthenticatorAdmin.list_filter
    search_fields = ("user__username",)
    fields = ("user", "type", "created_at", "last_used_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def delete_model(self, request: HttpRequest, obj: Authenticator) -> None:
        self._record_removal(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Authenticator]) -> None:
        self._record_removal(request, list(queryset.select_related("user")))
        super().delete_queryset(request, queryset)

    def _record_removal(self, request: HttpRequest, authenticators: list[Authenticator]) -> None:
        for authenticator in authenticators:
            record_event(
                action=AuditAction.MFA_REMOVED,
                request=request,
                detail={
                    "account": authenticator.user.get_username(),
                    "type": authenticator.type,
                    "by_administrator": True,
                },
            )


admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)
admin.site.unregister(Authenticator)
admin.site.register(Authenticator, AuthenticatorAdmin)

"""Mounted at /accounts/ ahead of allauth's URLs, so the two TOTP views here take precedence."""

from django.urls import path

from accounts import views

urlpatterns = [
    path("2fa/totp/activate/", views.activate_totp, name="mfa_activate_totp"),
    path("2fa/totp/deactivate/", views.deactivate_totp, name="mfa_deactivate_totp"),
    path("session/keepalive/", views.session_keepalive, name="session_keepalive"),
]

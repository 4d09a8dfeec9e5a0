"""Mounted at /admin/ ahead of the admin site: its sign-in, sign-out and password pages lead to
allauth's, so the admin cannot be entered without the second factor."""

from allauth.account.views import logout
from django.urls import path

from accounts import views

urlpatterns = [
    path("login/", views.admin_login, name="admin_login"),
    path("logout/", logout, name="admin_logout"),
    path("password_change/", views.admin_password_change, name="admin_password_change"),
]

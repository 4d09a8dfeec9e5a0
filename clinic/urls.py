from django.contrib import admin
from django.urls import include, path

from clinic import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("faq/", include("faq.urls")),
    path("intake/", include("intake.urls")),
    path("review/", include("review.urls")),
    # Ours first: TOTP enrolment that counts as the session's second factor, the idle keep-alive,
    # and admin sign-in/out/password pages that lead through allauth (accounts/*urls.py).
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", include("accounts.admin_urls")),
    path("admin/", admin.site.urls),
]

handler400 = "clinic.views.bad_request"
handler403 = "clinic.views.permission_denied"
handler404 = "clinic.views.page_not_found"
handler500 = "clinic.views.server_error"

"""The project's URLs plus one stand-in PHI page guarded like the real ones (clinician_required).

Used with `@pytest.mark.urls("tests.accounts.phi_urls")` so the sign-in tests do not depend on
another feature's pages.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from accounts.access import clinician_required

PHI_URL = "/test-phi/"


@clinician_required
def phi_page(request: HttpRequest) -> HttpResponse:
    return HttpResponse("patient record")


urlpatterns = [
    path("test-phi/", phi_page, name="test_phi"),
    path("", include("clinic.urls")),
]

handler403 = "clinic.views.permission_denied"
handler404 = "clinic.views.page_not_found"
handler500 = "clinic.views.server_error"

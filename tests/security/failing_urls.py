"""A view that fails while holding PHI, to prove none of it reaches logs or error reports."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def failing_view(request: HttpRequest) -> HttpResponse:
    patient_name = request.POST.get("name", "")
    date_of_birth = request.POST.get("dob", "")
    raise ValueError(f"could not save intake for {patient_name}, born {date_of_birth}")


urlpatterns = [
    path("test-fail/", failing_view, name="test_fail"),
    path("", include("clinic.urls")),
]

handler500 = "clinic.views.server_error"

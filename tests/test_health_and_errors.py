from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client, override_settings


@pytest.mark.django_db
def test_healthz_reports_ok_when_the_database_answers(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_reports_503_when_the_database_is_down(client: Client) -> None:
    with mock.patch("clinic.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.django_db
def test_home_page_offers_the_faq_intake_and_staff_sign_in(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="#main"' in html, "skip link"
    assert "<main" in html and "<nav" in html
    assert "Staff sign-in" in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_unknown_page_gets_the_clinic_404_without_debug_details(client: Client) -> None:
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "URLconf" not in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_server_error_page_leaks_no_traceback() -> None:
    client = Client(raise_request_exception=False)
    with mock.patch("clinic.views.render", side_effect=RuntimeError("secret detail")):
        response = client.get("/")
    assert response.status_code == 500
    assert b"secret detail" not in response.content
    assert b"Something went wrong" in response.content

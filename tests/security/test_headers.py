"""Response headers (ASVS 14.4, HIPAA §164.312(e) transmission security) on a public page, a
staff page, the admin and error pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]

EXPECTED_CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def csp_of(response: Any) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    directives = [part.strip().split(" ", 1) for part in policy.split(";") if part.strip()]
    return {name: value for name, value in directives}


def assert_security_headers(response: Any) -> None:
    csp = csp_of(response)
    for directive, value in EXPECTED_CSP.items():
        assert csp[directive] == value, directive
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_page_headers(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert_security_headers(response)


def test_sign_in_page_headers(client: Client) -> None:
    assert_security_headers(client.get(reverse("account_login")))


def test_staff_page_headers(clinician_client: Client) -> None:
    response = clinician_client.get(reverse("mfa_index"))
    assert response.status_code == 200
    assert_security_headers(response)
    assert "no-store" in response["Cache-Control"]


def test_admin_headers(admin_client: Client) -> None:
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert_security_headers(response)
    assert "<script>" not in response.content.decode()


@override_settings(DEBUG=False)
def test_error_page_headers(client: Client, clinician_client: Client) -> None:
    not_found = client.get("/no-such-page/")
    assert not_found.status_code == 404
    assert_security_headers(not_found)
    forbidden = clinician_client.get(reverse("admin:index"), follow=True)
    assert forbidden.status_code == 403
    assert_security_headers(forbidden)


@override_settings(DEBUG=False)
def test_server_error_page_headers() -> None:
    from unittest import mock

    client = Client(raise_request_exception=False)
    with mock.patch("clinic.views.render", side_effect=RuntimeError("boom")):
        response = client.get("/")
    assert response.status_code == 500
    assert_security_headers(response)


@override_settings(SECURE_HSTS_SECONDS=31_536_000)
def test_hsts_over_https(client: Client) -> None:
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_templates_carry_no_inline_script_or_style() -> None:
    """CSP would block them; keep them out of our templates (and the static JS reads data-*)."""
    offenders = []
    for template in (REPO / "templates").rglob("*.html"):
        text = template.read_text()
        if "<script>" in text or " style=" in text or "onclick=" in text or "<style" in text:
            offenders.append(str(template.relative_to(REPO)))
    assert offenders == []


def test_production_settings_secure_transport_and_cookies() -> None:
    """With DEBUG off (as deployed), HTTPS is forced and cookies are Secure."""
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.CSRF_COOKIE_HTTPONLY, s.SECURE_PROXY_SSL_HEADER)"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
        "DEBUG": "0",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "clinic.example.org",
    }
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == (
        "True 31536000 True True True True True ('HTTP_X_FORWARDED_PROTO', 'https')"
    )

"""The deploy check fails a deployment that weakens the security policy (docs/security.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import override_settings

from accounts import checks

REPO = Path(__file__).resolve().parents[2]

SECURE = {"SESSION_COOKIE_SECURE": True, "CSRF_COOKIE_SECURE": True}


def ids(messages: list[Any]) -> list[str]:
    return [message.id for message in messages]


def without(setting: list[str], item: str) -> list[str]:
    return [value for value in setting if value != item]


def run_all() -> list[str]:
    found: list[str] = []
    for check in (
        checks.check_second_factor,
        checks.check_session_policy,
        checks.check_lockout,
        checks.check_content_security_policy,
        checks.check_password_policy,
        checks.check_phi_free_errors,
    ):
        found += ids(check())
    return found


@override_settings(**SECURE)
def test_the_project_settings_pass() -> None:
    assert run_all() == []


def weak_csp(**directives: list[str]) -> dict[str, Any]:
    policy = {"DIRECTIVES": {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], **directives}}
    return {"CONTENT_SECURITY_POLICY": policy}


@pytest.mark.parametrize(
    ("weakened", "expected"),
    [
        ({"MIDDLEWARE": without(settings.MIDDLEWARE, checks.MFA_MIDDLEWARE)}, "clinic.E001"),
        ({"MFA_SUPPORTED_TYPES": ["recovery_codes"]}, "clinic.E002"),
        ({"MFA_TOTP_INSECURE_BYPASS_CODE": "123456"}, "clinic.E003"),
        ({"MIDDLEWARE": without(settings.MIDDLEWARE, checks.SESSION_MIDDLEWARE)}, "clinic.E010"),
        ({"STAFF_IDLE_TIMEOUT_SECONDS": 31 * 60}, "clinic.W011"),
        ({"SESSION_ABSOLUTE_TIMEOUT_SECONDS": 13 * 3600}, "clinic.W012"),
        ({"SESSION_COOKIE_AGE": 14 * 24 * 3600}, "clinic.W012"),
        ({"SESSION_COOKIE_SECURE": False}, "clinic.W013"),
        ({"SESSION_COOKIE_HTTPONLY": False}, "clinic.W013"),
        ({"SESSION_COOKIE_SAMESITE": "None"}, "clinic.W014"),
        ({"SESSION_ENGINE": "django.contrib.sessions.backends.signed_cookies"}, "clinic.W015"),
        ({"AXES_ENABLED": False}, "clinic.E020"),
        ({"MIDDLEWARE": without(settings.MIDDLEWARE, checks.AXES_MIDDLEWARE)}, "clinic.E020"),
        (
            {
                "AUTHENTICATION_BACKENDS": without(
                    settings.AUTHENTICATION_BACKENDS, checks.AXES_BACKEND
                )
            },
            "clinic.E020",
        ),
        ({"AXES_LOCKOUT_PARAMETERS": ["ip_address"]}, "clinic.E020"),
        ({"AXES_COOLOFF_TIME": None}, "clinic.E020"),
        ({"MIDDLEWARE": without(settings.MIDDLEWARE, checks.CSP_MIDDLEWARE)}, "clinic.E030"),
        ({"CONTENT_SECURITY_POLICY": None}, "clinic.E030"),
        (weak_csp(**{"script-src": ["'self'", "'unsafe-inline'"]}), "clinic.E030"),
        (weak_csp(**{"script-src": ["'self'", "'unsafe-eval'"]}), "clinic.E030"),
        (weak_csp(**{"frame-ancestors": ["*"]}), "clinic.E030"),
        (
            {
                "AUTH_PASSWORD_VALIDATORS": [
                    {
                        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
                        "OPTIONS": {"min_length": 8},
                    },
                    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
                ]
            },
            "clinic.W040",
        ),
        (
            {"DEFAULT_EXCEPTION_REPORTER_FILTER": "django.views.debug.SafeExceptionReporterFilter"},
            "clinic.W050",
        ),
    ],
)
def test_a_weakened_setting_is_reported(weakened: dict[str, Any], expected: str) -> None:
    with override_settings(**{**SECURE, **weakened}):
        assert expected in run_all()


def test_cool_off_as_a_timedelta_is_accepted() -> None:
    with override_settings(**SECURE, AXES_COOLOFF_TIME=timedelta(minutes=5)):
        assert "clinic.E020" not in run_all()


def deploy_check(**env: str) -> subprocess.CompletedProcess[str]:
    # A production environment, not the test run's (browser tests allow async-unsafe ORM calls).
    dropped = {"DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    clean.update(
        {
            "DJANGO_SETTINGS_MODULE": "clinic.settings",
            "DEBUG": "0",
            "SECRET_KEY": "deploy-check-" + "k" * 50,
            "ALLOWED_HOSTS": "clinic.example.org",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_check_passes_with_production_settings() -> None:
    result = deploy_check()
    assert result.returncode == 0, result.stderr + result.stdout


def test_deploy_check_fails_with_a_weak_session_policy() -> None:
    result = deploy_check(STAFF_IDLE_TIMEOUT_SECONDS="7200")
    assert result.returncode != 0
    assert "clinic.W011" in result.stderr + result.stdout


def test_deploy_check_fails_without_a_shared_cache() -> None:
    result = deploy_check(REDIS_URL="")
    assert result.returncode != 0
    assert "clinic.W060" in result.stderr + result.stdout

"""Settings fail loudly, naming the variable, instead of running with a wrong value."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def load_settings(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}
    }
    clean.update(env)
    clean["DJANGO_SETTINGS_MODULE"] = "clinic.settings"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_without_secret_key_refuses_to_start() -> None:
    result = load_settings(DEBUG="0", ALLOWED_HOSTS="clinic.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_without_allowed_hosts_refuses_to_start() -> None:
    result = load_settings(DEBUG="0", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DEBUG", "maybe"), ("CONN_MAX_AGE", "forever"), ("EMAIL_PORT", "0")],
)
def test_malformed_value_names_the_variable(variable: str, value: str) -> None:
    env = {"DEBUG": "1", variable: value}
    result = load_settings(**env)
    assert result.returncode != 0
    assert variable in result.stderr


def test_malformed_database_url_names_the_variable() -> None:
    result = load_settings(DEBUG="1", DATABASE_URL="nonsense://x")
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_development_defaults_start_with_no_environment() -> None:
    result = load_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr

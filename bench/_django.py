"""Start Django for a benchmark against its own PostgreSQL database (never the app's)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/clinic_bench"


def setup(database_url: str | None = None) -> str:
    """Point Django at the benchmark database (created if missing) and migrate it."""
    url = database_url or os.environ.get("BENCH_DATABASE_URL", DEFAULT_BENCH_DATABASE_URL)
    sys.path.insert(0, str(REPO))
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic.settings_test")
    _create_database(url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test client's host, locmem email
    return url


def _create_database(url: str) -> None:
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"] or None,
        host=config["HOST"],
        port=config["PORT"] or 5432,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    connection.close()


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def vacuum_analyze() -> None:
    """Refresh planner statistics and the visibility map, as autovacuum would after a bulk load."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("intake_intake", "intake_flag"):
            cursor.execute(f"VACUUM ANALYZE {table}")

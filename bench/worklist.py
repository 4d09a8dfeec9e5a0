"""Worklist at scale: seed 100,000 intakes on PostgreSQL and time the clinician's pages.

Prints, for the worklist's first page, a filtered page and an intake page: the SQL query count
and p50/p95 latency over repeated requests (in-process test client, so it measures Django and the
database, not the network).

    .venv/bin/python bench/worklist.py [--intakes 100000] [--repeat 40]

Uses its own database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/clinic_bench).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import _django


def measure(client: object, url: str, repeat: int) -> tuple[int, float, float, int]:
    from django.db import connection

    executed: list[str] = []

    def count(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)  # type: ignore[attr-defined]
    status = response.status_code
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - started) * 1000)
    return (
        len(executed),
        _django.percentile(samples, 0.50),
        _django.percentile(samples, 0.95),
        status,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--intakes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()

    url = _django.setup()
    from django.test import Client

    from bench.seed import seed_intakes
    from bench.staff import signed_in_clinician_client
    from intake.models import Intake

    started = time.perf_counter()
    added = seed_intakes(args.intakes)
    if added:
        _django.vacuum_analyze()  # what autovacuum does soon after a bulk load
    print(
        f"database: {url.rsplit('/', 1)[-1]}  intakes: {Intake.objects.count():,} "
        f"(added {added:,} in {time.perf_counter() - started:.1f}s)"
    )

    client: Client = signed_in_clinician_client()
    some_intake = Intake.objects.for_worklist().awaiting_review().first()
    assert some_intake is not None
    pages = [
        ("worklist, first page", "/review/"),
        ("worklist, filtered (OPIOID, page 3)", "/review/?code=OPIOID&status=all&page=3"),
        ("worklist, search by name", "/review/?q=rivera"),
        ("intake page", f"/review/intakes/{some_intake.pk}/"),
    ]
    print(f"{'page':40} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'status':>6}")
    for label, path in pages:
        count, p50, p95, status = measure(client, path, args.repeat)
        if status != 200:
            raise SystemExit(f"{label}: HTTP {status}, expected 200")
        print(f"{label:40} {count:7d} {p50:8.1f} {p95:8.1f} {status:6d}")


if __name__ == "__main__":
    main()

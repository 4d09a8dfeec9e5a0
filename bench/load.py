"""Load benchmark: the app under gunicorn with production settings on PostgreSQL, driven by locust.

    .venv/bin/python bench/load.py [--users 24] [--duration 60] [--workers 3] [--intakes 100000]

(`make bench` runs it.) In order, with the app's own production settings (DEBUG=0, a generated
SECRET_KEY, ALLOWED_HOSTS=127.0.0.1,localhost) on its own database (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/clinic_load, created if missing):

1. migrate and collectstatic;
2. seed: the FAQ (ensure_initial_articles), intakes up to --intakes (bench/seed.py), and
   clinician accounts with a known password and TOTP secret (bench/results/staff.json);
3. start gunicorn on 127.0.0.1 (a free port) with --workers;
4. run locust headless three times against it (bench/locustfile.py):
   - baseline: the bare view (BENCH_BASELINE_PATH, default /healthz) alone, as fast as it goes;
   - faq-article: the FAQ article page alone, at the same concurrency;
   - mixed: patients reading and searching the FAQ, patients completing intakes, clinicians
     signed in with TOTP paging the worklist, for --duration seconds;
5. print, per phase and endpoint, requests/s, p50/p95/p99 latency and errors, and the FAQ article
   page's throughput as a fraction of the baseline's; stop gunicorn.

Exits non-zero if any request failed. Results (locust CSVs, gunicorn's log) go to bench/results/.

The server speaks plain HTTP with SECURE_SSL_REDIRECT=0. Production still marks the session and
CSRF cookies Secure; locust's FastHttpUser sends them back over HTTP all the same, so no setting
is weakened beyond the redirect. The intake's per-address post limit is raised
(INTAKE_POSTS_PER_MINUTE) because every simulated patient comes from 127.0.0.1.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
VENV_BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/clinic_load"
STAFF_PASSWORD_BYTES = 18
CLINICIANS = 4


@dataclass(frozen=True)
class Row:
    phase: str
    method: str
    name: str
    requests: int
    failures: int
    rps: float
    p50: float
    p95: float
    p99: float


def production_env(database_url: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DEBUG", "DATABASE_URL"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "clinic.settings",
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "TRUSTED_PROXY_COUNT": "0",
            "INTAKE_POSTS_PER_MINUTE": "1000000",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO),
        }
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True)


def seed(intakes: int) -> None:
    """Runs in a child process with the production settings (`load.py --seed N`)."""
    import django

    django.setup()
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from accounts.roles import CLINICIANS as CLINICIANS_GROUP
    from bench.seed import seed_intakes
    from faq.services import ensure_initial_articles
    from intake.models import Intake

    print(ensure_initial_articles().summary())
    started = time.perf_counter()
    added = seed_intakes(intakes)
    # As autovacuum would have by now in production: planner statistics and the visibility map
    # for the bulk-inserted rows.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    print(
        f"Intakes: {Intake.objects.count():,} (added {added:,} and vacuumed in "
        f"{time.perf_counter() - started:.0f} s)"
    )
    staff = []
    clinicians = Group.objects.get(name=CLINICIANS_GROUP)
    for number in range(CLINICIANS):
        user, _ = get_user_model().objects.get_or_create(username=f"bench-clinician-{number}")
        password = secrets.token_urlsafe(STAFF_PASSWORD_BYTES)
        user.set_password(password)
        user.save()
        user.groups.add(clinicians)
        Authenticator.objects.filter(user=user).delete()
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        staff.append({"username": user.username, "password": password, "secret": secret})
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "staff.json").write_text(json.dumps(staff, indent=2))
    print(f"Clinician accounts with TOTP: {len(staff)} (bench/results/staff.json)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(url: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}; see bench/results/")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (our server)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer {url} within {timeout:.0f} s")


def run_locust(
    phase: str, host: str, users: int, seconds: int, user_classes: list[str], env: dict[str, str]
) -> list[Row]:
    prefix = RESULTS / phase
    command = [
        str(VENV_BIN / "locust"),
        "-f",
        str(REPO / "bench" / "locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{seconds}s",
        "--stop-timeout",
        "10",
        "--host",
        host,
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
        *user_classes,
    ]
    print(f"{phase}: {users} users for {seconds} s ({', '.join(user_classes)})", flush=True)
    with (RESULTS / f"{phase}.log").open("wb") as log:
        subprocess.run(command, cwd=REPO, env=env, check=False, stdout=log, stderr=log)
    return read_stats(phase, prefix.with_name(f"{phase}_stats.csv"))


def read_stats(phase: str, path: Path) -> list[Row]:
    if not path.exists():
        raise SystemExit(f"locust wrote no statistics ({path})")
    rows = []
    with path.open(newline="") as handle:
        for record in csv.DictReader(handle):
            if record["Name"] == "Aggregated":
                continue
            rows.append(
                Row(
                    phase=phase,
                    method=record["Type"],
                    name=record["Name"],
                    requests=int(record["Request Count"]),
                    failures=int(record["Failure Count"]),
                    rps=float(record["Requests/s"]),
                    p50=float(record["50%"] or 0),
                    p95=float(record["95%"] or 0),
                    p99=float(record["99%"] or 0),
                )
            )
    return rows


def print_table(rows: list[Row]) -> None:
    print(
        f"\n{'phase':12} {'endpoint':44} {'requests':>8} {'req/s':>7} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>6}"
    )
    for row in rows:
        print(
            f"{row.phase:12} {row.name[:44]:44} {row.requests:8d} {row.rps:7.1f} "
            f"{row.p50:7.0f} {row.p95:7.0f} {row.p99:7.0f} {row.failures:6d}"
        )


def print_failures(phase: str) -> None:
    path = RESULTS / f"{phase}_failures.csv"
    if not path.exists():
        return
    with path.open(newline="") as handle:
        for record in csv.DictReader(handle):
            print(f"  {phase}: {record['Occurrences']}× {record['Name']}: {record['Error'][:300]}")


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return f"{os.cpu_count()} CPUs ({cpu}), {memory_kb / 1024 / 1024:.1f} GiB memory"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--intakes", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=24, help="locust users in the mixed phase")
    parser.add_argument("--duration", type=int, default=60, help="seconds of the mixed phase")
    parser.add_argument("--isolated-users", type=int, default=8)
    parser.add_argument("--isolated-duration", type=int, default=20)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed is not None:
        seed(args.seed)
        return 0

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    env = production_env(database_url)
    RESULTS.mkdir(parents=True, exist_ok=True)
    for stale in RESULTS.glob("*.csv"):
        stale.unlink()
    print(f"Machine: {machine()}")
    print(f"Database: {database_url}")

    sys.path.insert(0, str(REPO))
    from bench._django import _create_database

    started = time.perf_counter()
    _create_database(database_url)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    print(f"migrate + collectstatic: {time.perf_counter() - started:.0f} s", flush=True)
    subprocess.run(
        [sys.executable, __file__, "--seed", str(args.intakes)], cwd=REPO, env=env, check=True
    )

    port = free_port()
    host = f"http://127.0.0.1:{port}"
    log = (RESULTS / "gunicorn.log").open("wb")
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "clinic.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(f"{host}/healthz", server)
        print(f"gunicorn: {args.workers} workers on {host}")
        locust_env = {**env, "BENCH_STAFF_FILE": str(RESULTS / "staff.json")}
        baseline_path = env.get("BENCH_BASELINE_PATH", "/healthz")
        rows = run_locust(
            "baseline", host, args.isolated_users, args.isolated_duration, ["BareView"], locust_env
        )
        rows += run_locust(
            "faq-article",
            host,
            args.isolated_users,
            args.isolated_duration,
            ["FaqArticleOnly"],
            locust_env,
        )
        rows += run_locust(
            "mixed",
            host,
            args.users,
            args.duration,
            ["FaqReader", "IntakePatient", "Clinician"],
            locust_env,
        )
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    print_table(rows)
    mixed = [r for r in rows if r.phase == "mixed"]
    print(
        f"\nmixed phase: {sum(r.requests for r in mixed):,} requests, "
        f"{sum(r.rps for r in mixed):.1f} req/s in all"
    )
    baseline = sum(r.rps for r in rows if r.phase == "baseline" and baseline_path in r.name)
    article = sum(r.rps for r in rows if r.phase == "faq-article" and "[article]" in r.name)
    if baseline:
        print(
            f"\nFAQ article page throughput / baseline ({baseline_path}) throughput: "
            f"{article:.1f} / {baseline:.1f} req/s = {article / baseline:.2f}"
        )
    errors = sum(r.failures for r in rows)
    if errors:
        print(f"\nFAILED: {errors} request(s) failed:")
        for phase in ("baseline", "faq-article", "mixed"):
            print_failures(phase)
        return 1
    print("\nNo errors.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

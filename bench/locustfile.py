"""Locust users for the load benchmark (bench/load.py runs them; see docs/performance.md).

Each user does what a person does in a browser, over plain HTTP to gunicorn on this machine:

- `FaqReader`: reads the FAQ index, articles and searches (some searches find nothing).
- `IntakePatient`: completes and submits an intake, page by page, posting each form with the CSRF
  token from the page's hidden input (as the browser's form submission does) and the browser's
  Origin header.
- `Clinician`: signs in through the real pages (password, then a TOTP code computed from the
  seeded authenticator's secret), then pages and filters the worklist and opens intakes.
- `BareView` and `FaqArticleOnly`: one request each, as fast as they can, for the baseline and
  FAQ-article throughput phases.

Every response is checked (status code, and where to a page lands); anything unexpected is a
failure, and bench/load.py fails the run on any failure.

Run by hand (after bench/load.py has seeded the database and started the server):

    BENCH_STAFF_FILE=bench/results/staff.json .venv/bin/locust -f bench/locustfile.py \
        --headless -u 20 -r 20 -t 60s --host http://127.0.0.1:8765 FaqReader IntakePatient Clinician
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import os
import random
import re
import struct
import sys
import time
from http.cookiejar import Cookie, DefaultCookiePolicy
from pathlib import Path
from typing import Any

from locust import FastHttpUser, between, constant, task
from locust.exception import StopUser

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.intake import pages  # noqa: E402  (the answers the tests type, as form data)

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ARTICLE_LINK = re.compile(r'href="(/faq/(?!search/|preview/)[a-z0-9-]+/)"')
INTAKE_LINK = re.compile(r'href="(/review/intakes/[0-9a-f-]{36}/)"')
SEARCHES = [
    "driving",
    "side effects",
    "pregnant",
    "how long",
    "medications",
    "sedation",
    "how many sessions",
    "insurance",  # nothing found: the "no answers" page
]
WORKLIST_FILTERS = [
    "?code=OPIOID",
    "?code=SUICIDAL_IDEATION",
    "?severity=urgent",
    "?status=all",
    "?q=rivera",
]
BASELINE_PATH = os.environ.get("BENCH_BASELINE_PATH", "/healthz")


def totp_code(secret: str, at: float | None = None) -> str:
    """RFC 6238 (30 s steps, 6 digits, SHA-1): what the clinician's authenticator app shows."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)
    counter = int(time.time() if at is None else at) // 30
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def csrf_token(html: str) -> str:
    found = CSRF_INPUT.search(html)
    if found is None:
        raise ValueError("no CSRF token in the page")
    return found.group(1)


class SecureCookiesOverLoopback(DefaultCookiePolicy):
    """Send cookies marked Secure back over plain HTTP.

    Production marks the session and CSRF cookies Secure, and in production a TLS proxy sits in
    front of gunicorn. Here locust talks HTTP straight to gunicorn on 127.0.0.1, so it does what
    the browser (which spoke HTTPS to the proxy) would do: it returns them.
    """

    def return_ok_secure(self, cookie: Cookie, request: Any) -> bool:
        return True


class BrowserLike(FastHttpUser):
    """Shared helpers: checked GETs and form POSTs with the page's CSRF token."""

    abstract = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.client.cookiejar.set_policy(SecureCookiesOverLoopback())

    def get(self, path: str, name: str, *, expect_status: int = 200) -> str:
        with self.client.get(
            path, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != expect_status:
                response.failure(f"{path}: status {response.status_code}, wanted {expect_status}")
                return ""
            return response.text or ""

    def post_form(
        self, path: str, name: str, data: dict[str, Any], token: str, *, expect_redirect: str
    ) -> str:
        """POST the form; it must redirect to a path starting with `expect_redirect`."""
        origin = (self.host or "").rstrip("/")
        headers = {"Origin": origin, "Referer": origin + path}
        with self.client.post(
            path,
            name=name,
            data=encode_form({**data, "csrfmiddlewaretoken": token}),
            headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = response.headers.get("Location", "") if response.headers else ""
            if response.status_code != 302 or not location.startswith(expect_redirect):
                snippet = (response.text or "")[:300].replace("\n", " ")
                response.failure(
                    f"{path}: status {response.status_code} to {location!r}, wanted a redirect "
                    f"to {expect_redirect}: {snippet}"
                )
                return ""
            return location

    def flow_failure(self, message: str) -> None:
        """A step of a journey that went somewhere unexpected: counted as a failed request."""
        self.environment.events.request.fire(
            request_type="FLOW",
            name="journey went astray",
            response_time=0,
            response_length=0,
            exception=AssertionError(message),
            context={},
        )


def encode_form(data: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    pairs = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, item))
    return urlencode(pairs)


class FaqReader(BrowserLike):
    """A patient (or someone wondering about treatment) reading the FAQ."""

    weight = 6
    wait_time = between(0.5, 2.0)
    articles: list[str] = []

    def on_start(self) -> None:
        html = self.get("/faq/", "GET /faq/")
        FaqReader.articles = sorted(set(ARTICLE_LINK.findall(html))) or FaqReader.articles

    @task(2)
    def index(self) -> None:
        self.get("/faq/", "GET /faq/")

    @task(5)
    def article(self) -> None:
        if self.articles:
            self.get(random.choice(self.articles), "GET /faq/[article]/")

    @task(3)
    def search(self) -> None:
        query = random.choice(SEARCHES).replace(" ", "+")
        self.get(f"/faq/search/?q={query}", "GET /faq/search/?q=[term]")


class IntakePatient(BrowserLike):
    """A patient completing and submitting the intake, one page at a time."""

    weight = 3
    wait_time = between(1.0, 3.0)

    @task
    def complete_intake(self) -> None:
        html = self.get("/intake/", "GET /intake/")
        if not html:
            return
        location = self.post_form(
            "/intake/", "POST /intake/ (start)", {}, csrf_token(html), expect_redirect="/intake/"
        )
        about = pages.about(first_name=random.choice(["Alex", "Sam", "Maya"]))
        for slug, data in pages.all_pages(about=about):
            path = f"/intake/step/{slug}/"
            if location != path:
                self.flow_failure(f"expected to be sent to {path}, was sent to {location!r}")
                return
            html = self.get(path, "GET /intake/step/[slug]/")
            if not html:
                return
            location = self.post_form(
                path, "POST /intake/step/[slug]/", data, csrf_token(html), expect_redirect="/"
            )
        if location != "/intake/review/":
            self.flow_failure(f"expected the review page after the last page, got {location!r}")
            return
        html = self.get("/intake/review/", "GET /intake/review/")
        if not html:
            return
        self.post_form(
            "/intake/review/",
            "POST /intake/review/ (submit)",
            pages.consent(),
            csrf_token(html),
            expect_redirect="/intake/done/",
        )
        self.get("/intake/done/", "GET /intake/done/")
        self.client.cookiejar.clear()  # the next intake is another patient


class Clinician(BrowserLike):
    """A clinician signed in with password and TOTP, working through the worklist."""

    fixed_count = int(os.environ.get("BENCH_CLINICIANS", "4"))
    wait_time = between(0.5, 2.0)
    _accounts: itertools.cycle[dict[str, str]] | None = None

    @classmethod
    def next_account(cls) -> dict[str, str]:
        if cls._accounts is None:
            staff_file = os.environ.get("BENCH_STAFF_FILE", str(REPO / "bench/results/staff.json"))
            cls._accounts = itertools.cycle(json.loads(Path(staff_file).read_text()))
        return next(cls._accounts)

    def on_start(self) -> None:
        account = self.next_account()
        html = self.get("/review/", "GET /review/ (signed out)", expect_status=302)
        html = self.get("/accounts/login/?next=/review/", "GET /accounts/login/")
        if not html:
            raise StopUser
        location = self.post_form(
            "/accounts/login/",
            "POST /accounts/login/ (password)",
            {"login": account["username"], "password": account["password"], "next": "/review/"},
            csrf_token(html),
            expect_redirect="/accounts/2fa/authenticate/",
        )
        html = self.get(location, "GET /accounts/2fa/authenticate/") if location else ""
        if not html:
            raise StopUser
        if time.time() % 30 > 27:  # as a person would: wait for a fresh code near the end
            time.sleep(30.5 - time.time() % 30)
        location = self.post_form(
            "/accounts/2fa/authenticate/",
            "POST /accounts/2fa/authenticate/ (TOTP)",
            {"code": totp_code(account["secret"])},
            csrf_token(html),
            expect_redirect="/review/",
        )
        if not location:
            raise StopUser
        self.intakes: list[str] = []

    @task(4)
    def worklist_first_page(self) -> None:
        html = self.get("/review/", "GET /review/ (worklist)")
        self.intakes = INTAKE_LINK.findall(html)[:10] or self.intakes

    @task(3)
    def worklist_later_page(self) -> None:
        self.get(f"/review/?page={random.randint(2, 40)}", "GET /review/?page=[n]")

    @task(2)
    def worklist_filtered(self) -> None:
        self.get(f"/review/{random.choice(WORKLIST_FILTERS)}", "GET /review/?[filter]")

    @task(4)
    def open_intake(self) -> None:
        if self.intakes:
            self.get(random.choice(self.intakes), "GET /review/intakes/[id]/")


class BareView(BrowserLike):
    """The baseline: a view that does next to nothing, through the full middleware stack."""

    wait_time = constant(0)

    @task
    def bare(self) -> None:
        self.get(BASELINE_PATH, f"GET {BASELINE_PATH} (baseline)")


class FaqArticleOnly(BrowserLike):
    """The FAQ article page alone, at the same concurrency as the baseline."""

    wait_time = constant(0)
    articles: list[str] = []

    def on_start(self) -> None:
        if not FaqArticleOnly.articles:
            html = self.get("/faq/", "GET /faq/ (setup)")
            FaqArticleOnly.articles = sorted(set(ARTICLE_LINK.findall(html)))

    @task
    def article(self) -> None:
        if self.articles:
            self.get(random.choice(self.articles), "GET /faq/[article]/")

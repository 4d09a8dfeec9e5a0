"""Browser tests: Playwright drives Debian's Chromium against the app on Django's live server.

Every test here is marked `e2e`, uses the live server (so a transactional database), and runs in
the normal `pytest` run. Without /usr/bin/chromium they fail, saying how to install it: a browser
test that silently skips proves nothing.

Playwright's sync API keeps an asyncio loop running in the test thread while it is started, and
Django then refuses ORM calls from that thread (SynchronousOnlyOperation), although the test's
calls are synchronous and never overlap the browser's requests. So DJANGO_ALLOW_ASYNC_UNSAFE is
set, and Playwright started, only while this package's tests run: pytest-playwright's own
fixtures are session-wide and would leave both in place for every test after these (and the
variable in the environment of subprocesses such as `manage.py check --deploy`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    BrowserType,
    Page,
    Playwright,
    sync_playwright,
)

from tests.e2e import actions, axe, screenshots
from tests.e2e.reference_data import restore_reference_data

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-docs-screenshots",
        action="store_true",
        default=False,
        help="Copy the README's screenshots from this run into docs/screenshots/ "
        "(run as: pytest tests/e2e --update-docs-screenshots).",
    )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium, headless: Playwright cannot download a browser of its own here."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Chromium at {CHROMIUM}. Install it with "
            "`apt-get install chromium` (or point E2E_CHROMIUM at another Chromium).",
            pytrace=False,
        )
    headless = browser_type_launch_args.get("headless", True)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": headless,
        "args": CHROMIUM_FLAGS if headless else [f for f in CHROMIUM_FLAGS if f != "--headless"],
    }


@pytest.fixture(scope="package")
def _async_unsafe_allowed() -> Iterator[None]:
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    yield
    if previous is None:
        del os.environ[ASYNC_UNSAFE]
    else:
        os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture(scope="package")
def playwright(_async_unsafe_allowed: None) -> Iterator[Playwright]:
    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="package")
def browser_type(playwright: Playwright, browser_name: str) -> BrowserType:
    browser_type: BrowserType = getattr(playwright, browser_name)
    return browser_type


@pytest.fixture(scope="package")
def launch_browser(
    browser_type_launch_args: dict[str, Any], browser_type: BrowserType
) -> Callable[..., Browser]:
    def launch(**kwargs: Any) -> Browser:
        return browser_type.launch(**{**browser_type_launch_args, **kwargs})

    return launch


@pytest.fixture(scope="package")
def browser(launch_browser: Callable[..., Browser]) -> Iterator[Browser]:
    launched = launch_browser()
    yield launched
    launched.close()


@pytest.fixture(scope="package")
def browser_context_args(live_server: Any) -> dict[str, Any]:
    return {"base_url": live_server.url, "locale": "en-US", "timezone_id": "America/New_York"}


@pytest.fixture(autouse=True)
def _reference_data(transactional_db: None) -> None:
    restore_reference_data()


@pytest.fixture
def phone_context(new_context: Callable[..., BrowserContext]) -> BrowserContext:
    """A phone-sized browser (375 × 812, touch): how most patients fill in the intake."""
    return new_context(**actions.PHONE)


@pytest.fixture
def phone(phone_context: BrowserContext) -> Page:
    return actions.watch(phone_context.new_page())


@pytest.fixture
def context(new_context: Callable[..., BrowserContext]) -> BrowserContext:
    """A desktop browser (1280 × 900): how clinicians and editors work."""
    return new_context(viewport=actions.DESKTOP)


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return actions.watch(context.new_page())


@pytest.fixture
def a11y() -> axe.Audit:
    """`a11y(page, "what the page is")` checks the page with axe-core; `a11y.assert_clean()`
    at the end of the test fails with every page's serious or critical violations."""
    return axe.Audit()


@pytest.fixture(scope="session")
def _fresh_screenshot_folder() -> None:
    shutil.rmtree(screenshots.ARTIFACTS, ignore_errors=True)


@pytest.fixture
def shot(request: pytest.FixtureRequest, _fresh_screenshot_folder: None) -> screenshots.Taker:
    """`shot(page, "name")` saves a screenshot under test-artifacts/screenshots/<test>/."""
    return screenshots.Taker(
        test_name=request.node.name,
        update_docs=bool(request.config.getoption("--update-docs-screenshots"))
        or os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1",
    )

"""What a person does in the browser, as small helpers the journeys share."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from playwright.sync_api import ConsoleMessage, Error, Locator, Page, Request, Response, expect

from tests.factories import TEST_PASSWORD, totp_code

# A phone-sized browser context (375 × 812 CSS pixels, touch), and a desktop viewport.
PHONE: dict[str, Any] = {
    "viewport": {"width": 375, "height": 812},
    "is_mobile": True,
    "has_touch": True,
}
DESKTOP = {"width": 1280, "height": 900}

# Resources a page may fail to load without a person noticing: browsers ask for /favicon.ico
# whether or not a page names an icon.
IGNORED_FAILED_PATHS = ("/favicon.ico",)


def heading(page: Page) -> Locator:
    return page.get_by_role("heading", level=1)


def fill_form(page: Page, data: dict[str, Any]) -> None:
    """Type `data` (form post data, as in tests/intake/pages.py) into the visible form.

    Text is typed, radios and checkboxes are clicked, by each field's name; hidden inputs (the
    formsets' management form) are left to the page.
    """
    form = page.locator("main form[method=post]")
    for name, value in data.items():
        fields = form.locator(f'[name="{name}"]')
        assert fields.count(), f"The form on {page.url} has no field named {name!r}."
        first = fields.first
        kind = (first.get_attribute("type") or first.evaluate("e => e.tagName")).lower()
        if kind == "hidden":
            continue
        if kind == "radio":
            form.locator(f'[name="{name}"][value="{value}"]').check()
        elif kind == "checkbox":
            wanted = value if isinstance(value, list) else [value]
            if fields.count() == 1 and wanted in (["on"], [True]):
                first.check()
            else:
                for item in wanted:
                    form.locator(f'[name="{name}"][value="{item}"]').check()
        elif kind == "select":
            first.select_option(str(value))
        else:
            first.fill(str(value))


def save_and_continue(page: Page, next_heading: str | re.Pattern[str]) -> None:
    page.get_by_role("button", name="Save and continue").click()
    expect(heading(page)).to_have_text(next_heading)


def fresh_totp_code(user: Any) -> str:
    """The user's current TOTP code, with at least 3 seconds of its 30 left to type it in."""
    seconds_into_period = time.time() % 30
    if seconds_into_period > 27:
        time.sleep(30.5 - seconds_into_period)
    return totp_code(user)


def sign_in(page: Page, user: Any, *, check_a11y: Any = None, shot: Any = None) -> None:
    """Through the real sign-in pages: username and password, then the TOTP stage.

    The page must be on the sign-in form (a protected page redirects there). With `check_a11y`,
    both stages are checked for accessibility on the way.
    """
    expect(heading(page)).to_have_text("Staff sign-in")
    if check_a11y:
        check_a11y(page, "staff sign-in page")
    if shot:
        shot(page, "staff-sign-in")
    page.get_by_label("Username").fill(user.get_username())
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    code = page.get_by_label("Code")
    expect(code).to_be_visible()
    if check_a11y:
        check_a11y(page, "second-factor (TOTP) sign-in stage")
    if shot:
        shot(page, "staff-sign-in-totp")
    code.fill(fresh_totp_code(user))
    code.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/"))


@dataclass
class Diagnostics:
    """What the browser reported about a page that a person would not see."""

    console_errors: list[str] = field(default_factory=list)
    failed_loads: list[str] = field(default_factory=list)


_WATCHED: WeakKeyDictionary[Page, Diagnostics] = WeakKeyDictionary()


def watch(page: Page) -> Page:
    """Record the page's console errors (a CSP refusal, a script error) and the subresources
    (styles, scripts, images, fetches) that fail to load; `assert_page_healthy` checks them."""
    page.set_default_timeout(10_000)
    found = _WATCHED.setdefault(page, Diagnostics())

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            found.console_errors.append(f"{message.text} (on {page.url})")

    def on_page_error(error: Error) -> None:
        found.console_errors.append(f"{error} (on {page.url})")

    def on_response(response: Response) -> None:
        if (
            response.status >= 400
            and response.request.resource_type != "document"
            and not response.url.endswith(IGNORED_FAILED_PATHS)
        ):
            found.failed_loads.append(f"{response.status} {response.url}")

    def on_request_failed(request: Request) -> None:
        found.failed_loads.append(f"failed: {request.url}")

    page.on("console", on_console)
    page.on("pageerror", on_page_error)
    page.on("response", on_response)
    page.on("requestfailed", on_request_failed)
    return page


def diagnostics(page: Page) -> Diagnostics:
    return _WATCHED.setdefault(page, Diagnostics())


def assert_page_healthy(page: Page) -> None:
    """No script errors or CSP refusals in the console, no subresource that failed to load."""
    found = diagnostics(page)
    problems = [*found.console_errors, *found.failed_loads]
    assert not problems, "The browser reported problems that break the page:\n" + "\n".join(
        problems
    )

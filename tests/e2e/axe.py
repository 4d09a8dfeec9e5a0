"""Accessibility checks with axe-core, run inside the page under test.

axe-core comes from npm (package.json pins it; `make e2e-deps` runs `npm ci`). It is evaluated
through Playwright's `page.evaluate`, which runs over the DevTools protocol and is not subject to
the page's Content-Security-Policy, so the app's strict CSP (`script-src 'self'`) stays on for the
whole test: `page.add_script_tag` would add an inline <script> that the CSP rightly refuses, and a
context with `bypass_csp=True` would hide a CSP that breaks the app's own pages.

A page passes when axe reports no violation of serious or critical impact, under the WCAG 2.0,
2.1 and 2.2 A/AA rules and axe's best practices.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from tests.e2e.actions import diagnostics

REPO = Path(__file__).resolve().parents[2]
AXE_SOURCE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = ("serious", "critical")
RUN_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


@cache
def axe_source() -> str:
    if not AXE_SOURCE.exists():
        raise AssertionError(
            f"{AXE_SOURCE.relative_to(REPO)} is missing: run `make e2e-deps` (npm ci) first."
        )
    return AXE_SOURCE.read_text(encoding="utf-8")


def run(page: Page) -> list[dict[str, Any]]:
    """axe's violations on the page as it is now (all impacts)."""
    console_errors = diagnostics(page).console_errors
    errors_before = len(console_errors)
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    result: dict[str, Any] = page.evaluate(
        "async (options) => await window.axe.run(document, options)", RUN_OPTIONS
    )
    # Some of axe's checks build elements with inline styles, which the page's CSP refuses and
    # reports in the console: those reports are axe's, not the page's.
    page.evaluate("() => 0")
    del console_errors[errors_before:]
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- [{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node['failureSummary'].splitlines()[-1].strip()}")
            lines.append(f"       {node['html'][:200]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more element(s)")
    return "\n".join(lines)


class Audit:
    """Accessibility checks over a journey: each page is checked as the journey reaches it, and
    the test ends with `assert_clean()`, which lists every page's serious or critical violations
    at once (a journey does not stop at the first page with a problem)."""

    def __init__(self) -> None:
        self.pages_checked: list[str] = []
        self.failures: list[str] = []

    def __call__(self, page: Page, label: str) -> None:
        blocking = [v for v in run(page) if v.get("impact") in BLOCKING_IMPACTS]
        self.pages_checked.append(label)
        if blocking:
            self.failures.append(f"{label} ({page.url}):\n{describe(blocking)}")

    def assert_clean(self) -> None:
        assert self.pages_checked, "No page was checked for accessibility."
        assert not self.failures, (
            f"axe-core found serious/critical accessibility violations on "
            f"{len(self.failures)} of {len(self.pages_checked)} page(s):\n\n"
            + "\n\n".join(self.failures)
        )

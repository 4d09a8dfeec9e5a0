"""Screenshots of the journeys: test artefacts always, and the README's pictures on request.

Every `shot(page, name)` lands in test-artifacts/screenshots/<test>/<name>.png (git-ignored).
Names listed in DOCS are also copied to docs/screenshots/ when pytest runs with
`--update-docs-screenshots`, so the README's pictures are refreshed from a real run, never by hand.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "screenshots"
DOCS = REPO / "docs" / "screenshots"

# Screenshot name -> file in docs/screenshots/. The README shows these.
DOCS_SCREENSHOTS = {
    "intake-about-phone": "intake-first-page-phone.png",
    "intake-medications-phone": "intake-medications-phone.png",
    "crisis-panel-phone": "intake-crisis-panel-phone.png",
    "worklist": "review-worklist.png",
    "intake-review": "review-intake.png",
    "FAQ-article": "faq-article.png",
}


@dataclass
class Taker:
    test_name: str
    update_docs: bool = False

    def __call__(self, page: Page, name: str, *, full_page: bool = True) -> Path:
        folder = ARTIFACTS / re.sub(r"[^A-Za-z0-9_.-]+", "-", self.test_name).strip("-")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page, animations="disabled")
        if self.update_docs and name in DOCS_SCREENSHOTS:
            DOCS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, DOCS / DOCS_SCREENSHOTS[name])
        return path

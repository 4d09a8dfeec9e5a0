"""The idle-timeout warning script, run in Node.js against a fake page, clock and server."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "static" / "js" / "idle-timeout.js"
HARNESS = Path(__file__).with_name("idle_timeout_harness.js")
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


def run(scenario: str) -> dict[str, Any]:
    result = subprocess.run(  # noqa: S603 (our own files)
        [str(NODE), str(HARNESS), str(SCRIPT), scenario],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def snapshots(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {snap["label"]: snap for snap in data["seen"]}


def test_warning_shows_two_minutes_before_and_the_page_leaves_at_timeout() -> None:
    seen = snapshots(run("idle"))
    assert seen["before warning"]["shown"] is False
    assert seen["warning"]["shown"] is True
    assert seen["warning"]["countdown"] == "1:58"
    assert seen["after timeout"]["navigatedTo"]["url"] == (
        "/accounts/login/?next=%2Freview%2Fintakes%2F42%2F%3Ftab%3Dnotes"
    )


def test_stay_signed_in_posts_with_the_csrf_token_and_closes_the_warning() -> None:
    data = run("stay")
    seen = snapshots(data)
    assert seen["warning"]["shown"] is True
    assert seen["after stay"]["shown"] is False
    assert seen["old deadline"]["navigatedTo"] is None
    posts = [r for r in data["requests"] if r["method"] == "POST"]
    assert posts == [{"t": 840, "method": "POST", "csrf": "token-from-the-page"}]


def test_activity_in_another_tab_postpones_the_warning() -> None:
    data = run("other-tab")
    seen = snapshots(data)
    assert seen["own timer due"]["shown"] is False
    assert seen["own deadline"]["navigatedTo"] is None


def test_checking_the_time_left_is_not_chatty() -> None:
    data = run("idle")
    assert len(data["requests"]) <= 10  # one check, then every 15 s during the warning
    assert all(r["method"] == "GET" for r in data["requests"])

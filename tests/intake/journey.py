"""A patient's way through the intake, in test-client calls."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from tests.intake import pages


def start(client: Client) -> None:
    response = client.post(reverse("intake:start"))
    assert response.status_code == 302


def post_page(client: Client, slug: str, data: dict[str, Any]) -> Any:
    return client.post(reverse("intake:step", kwargs={"slug": slug}), data)


def fill_all_pages(client: Client, **overrides: dict[str, Any]) -> None:
    start(client)
    for slug, data in pages.all_pages(**overrides):
        if slug == "pregnancy" and overrides.get("about", {}).get("sex_at_birth") == "male":
            continue
        response = post_page(client, slug, data)
        assert response.status_code == 302, (slug, response.content.decode()[:3000])


def submit(client: Client) -> Any:
    return client.post(reverse("intake:review"), pages.consent())

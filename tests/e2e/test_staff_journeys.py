"""Clinic staff at work in a real browser: a clinician reviewing, a content editor editing.

Both sign in through the real pages, password then a TOTP code computed from the authenticator
the test enrolled for them, as their phone's app would show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from faq.models import Article
from faq.services import ensure_initial_articles
from intake.models import Intake, IntakeStatus
from tests.e2e.actions import assert_page_healthy, heading, sign_in
from tests.e2e.axe import Audit
from tests.e2e.intake_data import submitted_intake
from tests.factories import ClinicianFactory, ContentEditorFactory
from tests.intake import pages

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

Shot = Callable[..., Path]


def routine_intakes() -> list[Intake]:
    """Two intakes with only low flags, submitted days before the urgent one."""
    intakes = []
    for days, first_name in [(3, "Maya"), (2, "Leo")]:
        intake = submitted_intake(about=pages.about(first_name=first_name, last_name="Okafor"))
        intake.submitted_at = timezone.now() - timedelta(days=days)
        intake.save(update_fields=["submitted_at"])
        intakes.append(intake)
    return intakes


def test_clinician_signs_in_with_totp_and_reviews_the_most_urgent_intake_first(
    page: Page, a11y: Audit, shot: Shot
) -> None:
    routine_intakes()
    urgent = submitted_intake(
        about=pages.about(first_name="Jordan", last_name="Brennan"),
        mental_health=pages.mental_health(suicidal_thoughts="yes"),
    )
    codes = set(urgent.flags.values_list("code", flat=True))
    assert "SUICIDAL_IDEATION" in codes
    clinician = ClinicianFactory.create(totp=True)

    page.goto("/review/")
    sign_in(page, clinician, check_a11y=a11y, shot=shot)

    expect(page).to_have_url(re.compile(r"/review/$"))
    expect(heading(page)).to_have_text("Intakes to review")
    rows = page.get_by_test_id("worklist-row")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text(urgent.reference)
    expect(rows.first).to_contain_text("URGENT")
    a11y(page, "clinician worklist")
    shot(page, "worklist")

    rows.first.get_by_role("link", name=urgent.reference).click()
    expect(heading(page)).to_contain_text("Jordan Brennan")
    for code in codes:
        expect(page.get_by_test_id(f"flag-{code}")).to_be_visible()
    expect(page.get_by_test_id("flag-SUICIDAL_IDEATION")).to_contain_text("URGENT")
    a11y(page, "intake review page")
    shot(page, "intake-review")

    for code in sorted(codes):
        card = page.get_by_test_id(f"flag-{code}")
        card.locator("summary").click()
        card.get_by_label("Action planned before treatment").check()
        card.get_by_label("Note").fill("Called the patient today; safety plan agreed with the GP.")
        card.get_by_role("button", name="Acknowledge flag").click()
        expect(page.get_by_role("status")).to_contain_text(f"Flag {code} acknowledged.")
        expect(page.get_by_test_id(f"flag-{code}")).to_contain_text(
            "Action planned before treatment"
        )

    decision = page.locator("section", has=page.get_by_role("heading", name="Decision"))
    decision.get_by_label("Cleared for consultation").check()
    decision.get_by_label("Note").fill(
        "Safe to book a consultation once the safety plan is in place."
    )
    decision.get_by_role("button", name="Record decision").click()
    expect(page.get_by_role("status")).to_contain_text("Decision recorded.")
    expect(page.get_by_role("main")).to_contain_text("Cleared for consultation")
    shot(page, "intake-review-decided")

    page.get_by_role("link", name="Print").click()
    expect(page).to_have_url(re.compile(r"/print/$"))
    expect(page.get_by_role("main")).to_contain_text(urgent.reference)
    a11y(page, "intake print view")
    shot(page, "intake-print")
    assert_page_healthy(page)

    urgent.refresh_from_db()
    assert urgent.status == IntakeStatus.CLEARED
    assert not urgent.flags.current().filter(acknowledged_at__isnull=True).exists()
    assert set(urgent.flags.values_list("acknowledged_by", flat=True)) == {clinician.pk}
    a11y.assert_clean()


def test_content_editor_changes_an_faq_answer_in_the_admin_and_patients_see_it(
    page: Page, a11y: Audit, shot: Shot
) -> None:
    ensure_initial_articles()
    article = Article.objects.get(key="session-length")
    editor = ContentEditorFactory.create(totp=True)
    new_summary = "Plan for about two hours in all: an hour of infusion, then time to rest with us."

    page.goto(article.get_absolute_url())
    expect(heading(page)).to_have_text(article.question)
    expect(page.get_by_role("main")).not_to_contain_text(new_summary)

    page.goto("/admin/")
    sign_in(page, editor)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    a11y(page, "admin index (content editor)")
    shot(page, "admin-index")

    page.get_by_role("link", name="Articles", exact=True).first.click()
    page.get_by_role("link", name=article.question).click()
    expect(page).to_have_url(re.compile(rf"/admin/faq/article/{article.pk}/change/$"))
    a11y(page, "admin FAQ article change page")
    summary = page.get_by_label("Short answer")
    summary.fill(new_summary)
    shot(page, "admin-article-change")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(article.get_absolute_url())
    expect(page.get_by_role("main")).to_contain_text(new_summary)
    a11y(page, "FAQ article after an edit")
    shot(page, "faq-article-edited")
    assert_page_healthy(page)

    article.refresh_from_db()
    assert article.summary == new_summary
    assert article.last_edited_by == editor
    a11y.assert_clean()

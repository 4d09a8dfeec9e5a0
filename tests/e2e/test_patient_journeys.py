"""A patient fills in the intake in a real browser, on a phone-sized screen."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect

from intake.models import Intake
from tests.e2e.actions import (
    PHONE,
    assert_page_healthy,
    fill_form,
    heading,
    save_and_continue,
    watch,
)
from tests.e2e.axe import Audit
from tests.e2e.intake_data import draft_up_to
from tests.intake import pages

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

Shot = Callable[..., Path]

CRISIS_QUESTION = "Are you currently having thoughts of suicide or of harming yourself?"


def medication_rows(page: Page) -> Locator:
    return page.locator('[data-rows="current"] [data-row]')


def test_patient_completes_the_intake_on_a_phone_leaving_and_resuming_by_link(
    phone: Page,
    new_context: Callable[..., BrowserContext],
    a11y: Audit,
    shot: Shot,
) -> None:
    page = phone
    page.goto("/")
    a11y(page, "home page (phone)")
    page.get_by_role("main").get_by_role("link", name="Start your intake").click()
    expect(heading(page)).to_have_text("Before your consultation")
    a11y(page, "intake start page")
    page.get_by_role("button", name="Start the questionnaire").click()

    # About you, with a mistake the patient then fixes.
    expect(heading(page)).to_have_text("About you")
    expect(page.get_by_test_id("resume-link")).to_have_attribute(
        "href", re.compile(r"/intake/resume/[\w-]+/$")
    )
    a11y(page, "intake page 'About you'")
    fill_form(page, pages.about(emergency_contact_phone="call my sister"))
    shot(page, "intake-about-phone")
    page.get_by_role("button", name="Save and continue").click()
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("Some answers need another look")
    expect(summary).to_be_focused()
    phone_field = page.get_by_label("Emergency contact phone")
    expect(phone_field).to_have_value("call my sister")
    expect(page.get_by_text("Enter a phone number with 7 to 15 digits")).to_be_visible()
    expect(page.get_by_label("First name")).to_have_value("Alex")  # nothing typed is lost
    a11y(page, "intake page 'About you' showing a validation error")
    shot(page, "intake-about-error-phone")
    phone_field.fill("+1 555 010 0123")
    save_and_continue(page, "Why you are seeking treatment")

    a11y(page, "intake page 'Why you are seeking treatment'")
    fill_form(page, pages.reasons())
    save_and_continue(page, "Medical history")

    a11y(page, "intake page 'Medical history'")
    fill_form(page, pages.history())
    save_and_continue(page, "Medications")

    # Medications: fill the first row, add two with the button, then remove one of them.
    first = page.get_by_role("group", name="Medication 1", exact=True)
    first.get_by_label("Medication name").fill("Xanax")
    first.get_by_label("Dose").fill("0.5 mg")
    first.get_by_label("How often").fill("as needed")
    add = page.get_by_role("button", name="Add another medication")
    for name, dose, often in [
        ("Percocet", "5 mg", "twice a day"),
        ("Sertraline", "100 mg", "daily"),
    ]:
        add.click()
        new_row = medication_rows(page).last
        expect(new_row.get_by_label("Medication name")).to_be_focused()
        new_row.get_by_label("Medication name").fill(name)
        new_row.get_by_label("Dose").fill(dose)
        new_row.get_by_label("How often").fill(often)
    expect(medication_rows(page)).to_have_count(3)
    expect(page.locator('input[name="current-TOTAL_FORMS"]')).to_have_value("3")
    remove_percocet = medication_rows(page).nth(1).get_by_label("Remove this medication")
    remove_percocet.check()
    expect(remove_percocet).to_be_checked()
    a11y(page, "intake page 'Medications' with added rows")
    shot(page, "intake-medications-phone")
    save_and_continue(page, "Alcohol, drugs and caffeine")

    # Leave: keep the resume link, close the browser, come back on a fresh one.
    resume_link = page.get_by_test_id("resume-link").get_attribute("href")
    assert resume_link
    page.context.close()
    page = watch(new_context(**PHONE).new_page())
    page.goto(resume_link)
    expect(heading(page)).to_have_text("Alcohol, drugs and caffeine")
    expect(page.get_by_role("status")).to_contain_text("Welcome back")
    a11y(page, "intake page 'Alcohol, drugs and caffeine' after resuming")
    fill_form(page, pages.substances())
    save_and_continue(page, "Pregnancy and breastfeeding")

    a11y(page, "intake page 'Pregnancy and breastfeeding'")
    fill_form(page, pages.pregnancy())
    save_and_continue(page, "How you are feeling")

    a11y(page, "intake page 'How you are feeling'")
    fill_form(page, pages.mental_health())
    expect(page.locator("[data-crisis-panel]")).to_be_hidden()
    save_and_continue(page, "Check your answers")

    # Check and send.
    medications = page.get_by_role("region", name="Medications")
    expect(medications).to_contain_text("Xanax")
    expect(medications).to_contain_text("Sertraline")
    expect(medications).not_to_contain_text("Percocet")
    a11y(page, "intake review page ('Check your answers')")
    shot(page, "intake-review-phone")
    page.get_by_label("My answers are true and complete").check()
    page.get_by_label("I will not drive on the day of an infusion").check()
    page.get_by_role("button", name="Send my answers").click()

    expect(heading(page)).to_have_text(re.compile("your answers have been sent"))
    reference = page.get_by_test_id("reference").inner_text()
    a11y(page, "intake confirmation page")
    shot(page, "intake-done-phone")
    assert_page_healthy(page)

    intake = Intake.objects.get(reference=reference)
    assert [row["name"] for row in intake.answers["medications"]] == ["Xanax", "Sertraline"]
    assert intake.answers["about"]["emergency_contact_phone"] == "+1 555 010 0123"
    assert intake.patient_name == "Alex Rivera"
    a11y.assert_clean()


def test_patient_who_has_thoughts_of_suicide_sees_crisis_help_before_sending(
    phone: Page, a11y: Audit, shot: Shot
) -> None:
    page = phone
    page.goto(f"/intake/resume/{draft_up_to('mental-health')}/")
    expect(heading(page)).to_have_text("How you are feeling")
    panel = page.locator("[data-crisis-panel]")
    expect(panel).to_be_hidden()

    question = page.get_by_role("group", name=CRISIS_QUESTION)
    question.get_by_label("Yes").check()
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("988")
    expect(panel).to_be_focused()
    expect(page).to_have_url(re.compile(r"/intake/step/mental-health/$"))  # nothing was sent
    a11y(page, "intake page 'How you are feeling' with the crisis panel shown")
    shot(page, "crisis-panel-phone")

    question.get_by_label("No", exact=True).check()
    expect(panel).to_be_hidden()
    question.get_by_label("Yes").check()
    expect(panel).to_be_visible()

    save_and_continue(page, "Check your answers")
    expect(page.locator("[data-crisis-panel]")).to_be_visible()
    page.get_by_label("My answers are true and complete").check()
    page.get_by_label("I will not drive on the day of an infusion").check()
    page.get_by_role("button", name="Send my answers").click()

    expect(page.get_by_role("alert")).to_contain_text("If you need help now")
    a11y(page, "intake confirmation page with crisis help")
    assert_page_healthy(page)
    intake = Intake.objects.get(reference=page.get_by_test_id("reference").inner_text())
    assert intake.is_urgent
    assert "SUICIDAL_IDEATION" in set(intake.flags.values_list("code", flat=True))
    a11y.assert_clean()

"""The intake as a patient meets it: page by page, resumable, never losing an answer."""

from __future__ import annotations

import json
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from faq.links import article_url
from faq.services import ensure_initial_articles
from intake.models import Flag, Intake, IntakeDraft
from tests.intake import pages
from tests.intake.journey import fill_all_pages, post_page, start, submit

pytestmark = pytest.mark.django_db


def test_patient_completes_the_intake_and_one_screened_intake_is_stored(client: Client) -> None:
    fill_all_pages(
        client,
        history=pages.history(bladder="yes", bladder_details="frequent UTIs"),
        medications=pages.medications(
            current=[("Xanax", "0.5 mg", "as needed"), ("vitamin D", "1000 IU", "daily")]
        ),
    )
    response = submit(client)

    assert response.status_code == 302
    assert response.url == reverse("intake:done")
    intake = Intake.objects.get()
    assert intake.patient_name == "Alex Rivera"
    assert intake.answers["medications"][0]["name"] == "Xanax"
    assert intake.answers["consent"] == {"answers_true": True, "no_driving": True}
    codes = set(intake.flags.values_list("code", flat=True))
    assert {"BENZODIAZEPINE", "BLADDER"} <= codes
    assert "SUICIDAL_IDEATION" not in codes
    assert intake.rules_version
    assert all(flag.rules_version == intake.rules_version for flag in intake.flags.all())

    done = client.get(response.url)
    assert intake.reference in done.content.decode()
    assert "BENZODIAZEPINE" not in done.content.decode()
    assert "benzodiazepine" not in done.content.decode().lower()


def test_stored_intake_is_the_document_the_screen_command_reads(client: Client) -> None:
    from intake import screening

    fill_all_pages(client)
    submit(client)
    document = Intake.objects.get().answers
    assert document["schema_version"] == 1
    screening.parse_intake(json.loads(json.dumps(document)))


def test_confirmation_links_to_the_faq_articles_the_answers_touch(client: Client) -> None:
    ensure_initial_articles()
    fill_all_pages(client)
    response = client.get(submit(client).url)
    html = response.content.decode()
    assert f'href="{article_url("medication-interactions")}"' in html
    assert f'href="{article_url("lifestyle-during-treatment")}"' in html


def test_resume_link_opens_the_next_page_on_a_fresh_device(client: Client) -> None:
    start(client)
    post_page(client, "about", pages.about())
    resume = client.session["intake_resume_token"]

    other_device = Client()
    response = other_device.get(reverse("intake:resume", args=[resume]))

    assert response.status_code == 302
    assert response.url == reverse("intake:step", kwargs={"slug": "reasons"})
    about_page = other_device.get(reverse("intake:step", kwargs={"slug": "about"}))
    assert 'value="Rivera"' in about_page.content.decode()


def test_resume_link_carries_no_answers_and_is_unguessable(client: Client) -> None:
    start(client)
    post_page(client, "about", pages.about())
    token = client.session["intake_resume_token"]
    assert len(token) >= 40
    assert "Alex" not in token and "Rivera" not in token
    assert IntakeDraft.objects.filter(token_digest=token).count() == 0, "token stored only hashed"
    assert Client().get(reverse("intake:resume", args=[token[:-2] + "xx"])).status_code == 410


def test_expired_draft_cannot_be_resumed(client: Client) -> None:
    start(client)
    post_page(client, "about", pages.about())
    token = client.session["intake_resume_token"]
    with time_machine.travel(timezone.now() + timedelta(hours=73)):
        response = Client().get(reverse("intake:resume", args=[token]))
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_purge_command_removes_expired_drafts_only(client: Client) -> None:
    from django.core.management import call_command

    start(client)
    post_page(client, "about", pages.about())
    Client().post(reverse("intake:start"))
    IntakeDraft.objects.filter(answers__about__isnull=False).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("purge_expired_drafts")
    assert IntakeDraft.objects.count() == 1
    assert not IntakeDraft.objects.filter(answers__about__isnull=False).exists()


def test_skipping_ahead_by_url_returns_to_the_first_unfinished_page(client: Client) -> None:
    start(client)
    post_page(client, "about", pages.about())
    for slug in ("medications", "mental-health"):
        response = client.get(reverse("intake:step", kwargs={"slug": slug}))
        assert response.url == reverse("intake:step", kwargs={"slug": "reasons"})
    assert client.get(reverse("intake:review")).url == reverse(
        "intake:step", kwargs={"slug": "reasons"}
    )
    response = post_page(client, "mental-health", pages.mental_health(suicidal_thoughts="yes"))
    assert response.status_code == 302
    assert "mental_health" not in IntakeDraft.objects.get().answers


def test_double_submit_creates_one_intake(client: Client) -> None:
    fill_all_pages(client)
    first = submit(client)
    second = submit(client)
    assert first.status_code == second.status_code == 302
    assert second.url == reverse("intake:done")
    assert Intake.objects.count() == 1


def test_failed_database_write_on_submit_keeps_the_answers(client: Client) -> None:
    fill_all_pages(client)
    with mock.patch(
        "intake.services._create_with_unique_reference",
        side_effect=OperationalError("database went away"),
    ):
        response = submit(client)

    assert response.status_code == 503
    assert "Nothing is lost" in response.content.decode()
    assert Intake.objects.count() == 0
    draft = IntakeDraft.objects.get()
    assert draft.answers["about"]["last_name"] == "Rivera"

    retry = submit(client)
    assert retry.status_code == 302
    assert Intake.objects.get().answers["about"]["last_name"] == "Rivera"


def test_failed_database_write_on_a_page_shows_the_typed_answers_again(client: Client) -> None:
    start(client)
    with mock.patch("intake.services.save_step", side_effect=OperationalError("down")):
        response = post_page(client, "about", pages.about(last_name="Okonkwo"))
    assert response.status_code == 503
    html = response.content.decode()
    assert 'value="Okonkwo"' in html
    assert "try again" in html


def test_validation_error_keeps_everything_typed_and_names_the_field(client: Client) -> None:
    start(client)
    response = post_page(client, "about", pages.about(date_of_birth="2090-01-01"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "must be in the past" in html
    assert 'value="Rivera"' in html
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html


def test_invalid_answers_left_behind_are_there_on_resume(client: Client) -> None:
    start(client)
    post_page(client, "about", pages.about(phone="call me", last_name="Nakamura"))
    token = client.session["intake_resume_token"]
    other = Client()
    other.get(reverse("intake:resume", args=[token]))
    html = other.get(reverse("intake:step", kwargs={"slug": "about"})).content.decode()
    assert 'value="Nakamura"' in html
    assert "7 to 15 digits" in html


def test_patient_born_male_is_not_asked_about_pregnancy(client: Client) -> None:
    fill_all_pages(client, about=pages.about(sex_at_birth="male"))
    assert submit(client).status_code == 302
    intake = Intake.objects.get()
    assert intake.answers["pregnancy"]["pregnant"] == "not_applicable"
    assert not intake.flags.filter(code__startswith="PREGNAN").exists()


def test_prefer_not_to_say_on_pregnancy_is_flagged_for_the_clinician(client: Client) -> None:
    fill_all_pages(client, pregnancy=pages.pregnancy(pregnant="prefer_not_to_say"))
    submit(client)
    assert Flag.objects.filter(code__startswith="PREGNANCY").exists()


def test_suicidal_thoughts_show_crisis_help_and_make_the_intake_urgent(client: Client) -> None:
    start(client)
    for slug, data in pages.all_pages()[:-1]:
        post_page(client, slug, data)
    page = client.get(reverse("intake:step", kwargs={"slug": "mental-health"})).content.decode()
    assert "988" in page, "crisis help is on the page, ready to show the moment they answer yes"

    post_page(client, "mental-health", pages.mental_health(suicidal_thoughts="yes"))
    review = client.get(reverse("intake:review")).content.decode()
    assert "988" in review
    assert "data-crisis-panel hidden" not in review.replace(' role="alert" ', " ")

    done = client.get(submit(client).url).content.decode()
    assert "988" in done
    intake = Intake.objects.get()
    assert intake.is_urgent
    assert intake.open_severity_rank == 0
    assert intake.flags.filter(code="SUICIDAL_IDEATION", severity="urgent").exists()


def test_add_another_medication_without_javascript_keeps_typed_rows(client: Client) -> None:
    start(client)
    for slug, data in pages.all_pages()[:3]:
        post_page(client, slug, data)
    data = pages.medications(current=[("Norco 10/325", "1 tablet", "every 6 hours")])
    data["add_row"] = "current"
    response = post_page(client, "medications", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Norco 10/325"' in html
    assert 'name="current-1-name"' in html


def test_removed_medication_row_is_not_stored(client: Client) -> None:
    data = pages.medications(current=[("Xanax", "", ""), ("Ibuprofen", "", "")])
    data["current-0-DELETE"] = "on"
    fill_all_pages(client, medications=data)
    submit(client)
    names = [row["name"] for row in Intake.objects.get().answers["medications"]]
    assert names == ["Ibuprofen"]


def test_no_medications_and_a_listed_medication_contradict(client: Client) -> None:
    start(client)
    for slug, data in pages.all_pages()[:3]:
        post_page(client, slug, data)
    data = pages.medications(no_medications=True)
    response = post_page(client, "medications", data)
    assert response.status_code == 200
    assert "Untick one" in response.content.decode()


def test_every_intake_response_is_no_store(client: Client) -> None:
    start(client)
    responses = [
        client.get(reverse("intake:start")),
        client.get(reverse("intake:step", kwargs={"slug": "about"})),
        post_page(client, "about", pages.about(first_name="")),
    ]
    for response in responses:
        assert "no-store" in response["Cache-Control"]


def test_session_keeps_no_answers(client: Client) -> None:
    fill_all_pages(client)
    submit(client)
    stored = json.dumps(dict(client.session.items()))
    for secret in ("Alex", "Rivera", "1985-04-12", "Xanax", "555"):
        assert secret not in stored


def test_submitted_intake_cannot_be_read_back_through_the_public_site(client: Client) -> None:
    start(client)
    token = client.session["intake_resume_token"]
    for slug, data in pages.all_pages():
        post_page(client, slug, data)
    submit(client)

    again = Client().get(reverse("intake:resume", args=[token]))
    assert "Rivera" not in again.content.decode()
    assert client.get(reverse("intake:review")).status_code == 302
    assert client.get(reverse("intake:step", kwargs={"slug": "about"})).status_code == 302
    assert IntakeDraft.objects.get().answers == {}


def test_flooding_the_form_is_slowed_down(client: Client) -> None:
    start(client)
    statuses = [post_page(client, "about", {"first_name": ""}).status_code for _ in range(40)]
    assert 429 in statuses
    assert 500 not in statuses


def test_medication_suggestions_come_from_the_screening_vocabulary(client: Client) -> None:
    response = client.post(reverse("intake:suggest_medications"), {"q": "sertr"})
    assert response.status_code == 200
    assert any("sertraline" in name.lower() for name in response.json()["suggestions"])


def test_changing_sex_at_birth_back_asks_about_pregnancy_again(client: Client) -> None:
    fill_all_pages(client, pregnancy=pages.pregnancy(pregnant="yes"))
    post_page(client, "about", pages.about(sex_at_birth="male"))
    post_page(client, "about", pages.about(sex_at_birth="female"))

    assert client.get(reverse("intake:review")).url == reverse(
        "intake:step", kwargs={"slug": "pregnancy"}
    )
    post_page(client, "pregnancy", pages.pregnancy(pregnant="yes"))
    submit(client)
    assert Intake.objects.get().flags.filter(code="PREGNANCY").exists()


def test_session_after_submitting_names_the_intake_only(client: Client) -> None:
    fill_all_pages(client, mental_health=pages.mental_health(suicidal_thoughts="yes"))
    done = client.get(submit(client).url)
    assert "988" in done.content.decode()
    stored = json.dumps(dict(client.session.items()))
    for revealing in ("crisis", "suicid", "articles", "pregnancy", "medication"):
        assert revealing not in stored


def test_starting_again_forgets_the_previous_confirmation(client: Client) -> None:
    fill_all_pages(client)
    submit(client)
    start(client)
    assert client.get(reverse("intake:done")).url == reverse("intake:start")


def test_submitting_the_same_draft_twice_in_the_service_returns_one_intake(client: Client) -> None:
    from intake.services import submit_intake

    fill_all_pages(client)
    draft = IntakeDraft.objects.get()
    consent = {"answers_true": True, "no_driving": True}
    first = submit_intake(draft_id=draft.pk, consent=consent)
    second = submit_intake(draft_id=draft.pk, consent=consent)
    assert first.pk == second.pk
    assert Intake.objects.count() == 1


def test_a_resent_submit_from_a_session_still_holding_the_draft_shows_the_confirmation(
    client: Client,
) -> None:
    fill_all_pages(client)
    session_before = client.cookies["sessionid"].value
    submit(client)
    stale = Client()
    stale.cookies["sessionid"] = session_before
    response = stale.post(reverse("intake:review"), pages.consent())
    assert response.status_code == 302
    assert Intake.objects.count() == 1


def test_two_devices_saving_at_once_keep_both_pages(client: Client) -> None:
    from intake.services import save_step
    from intake.steps import get_step

    start(client)
    post_page(client, "about", pages.about())
    first_device = IntakeDraft.objects.get()
    second_device = IntakeDraft.objects.get()
    about_step, reasons_step = get_step("about"), get_step("reasons")
    assert about_step is not None and reasons_step is not None
    save_step(draft=first_device, step=reasons_step, section={"conditions": ["ptsd"]})
    save_step(draft=second_device, step=about_step, section={**pages.about(), "phone": "1"})
    saved = IntakeDraft.objects.get()
    assert saved.answers["reasons"] == {"conditions": ["ptsd"]}
    assert saved.answers["about"]["phone"] == "1"
    assert set(saved.completed_steps) == {"about", "reasons"}


def test_medication_row_errors_are_announced_in_the_summary(client: Client) -> None:
    start(client)
    for slug, data in pages.all_pages()[:3]:
        post_page(client, slug, data)
    data = pages.medications(stopped=[("Nardil", "")])
    html = post_page(client, "medications", data).content.decode()
    assert 'id="error-summary"' in html
    assert "Enter the date you stopped" in html


def test_failed_database_write_when_adding_a_row_keeps_the_typed_rows(client: Client) -> None:
    start(client)
    for slug, data in pages.all_pages()[:3]:
        post_page(client, slug, data)
    data = pages.medications(current=[("Norco 10/325", "", "")])
    data["add_row"] = "current"
    with mock.patch("intake.services.keep_unsaved_input", side_effect=OperationalError("down")):
        response = post_page(client, "medications", data)
    assert response.status_code == 503
    html = response.content.decode()
    assert 'value="Norco 10/325"' in html
    assert 'name="current-1-name"' in html


def test_database_down_on_the_start_page_gives_the_calm_503_page(client: Client) -> None:
    start(client)
    with mock.patch("intake.views.IntakeDraft.objects.filter", side_effect=OperationalError("x")):
        response = client.get(reverse("intake:start"))
    assert response.status_code == 503
    assert "Nothing you saved is lost" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_every_kind_of_intake_response_is_no_store(client: Client) -> None:
    start(client)
    token = client.session["intake_resume_token"]
    for slug, data in pages.all_pages():
        post_page(client, slug, data)
    responses = [
        client.get(reverse("intake:review")),
        client.get(reverse("intake:resume", args=[token])),
        client.get(submit(client).url),
        Client().get(reverse("intake:resume", args=["expired-or-unknown"])),
    ]
    for _ in range(40):
        flooded = post_page(client, "about", {})
    responses.append(flooded)
    assert flooded.status_code == 429
    for response in responses:
        assert "no-store" in response["Cache-Control"], response

"""Intakes made through the intake's own services, for journeys that start part-way in.

The patient journey types every page in the browser; the others need an intake (or a draft at a
given page) to exist first. Both use the same answers (tests/intake/pages.py).
"""

from __future__ import annotations

from typing import Any

from intake import services
from intake.forms import ConsentForm
from intake.models import Intake
from intake.steps import get_step
from tests.intake import pages


def draft_up_to(slug: str, **overrides: dict[str, Any]) -> str:
    """A draft with every page before `slug` saved; returns its resume token."""
    draft, token = services.start_draft()
    for step_slug, data in pages.all_pages(**overrides):
        if step_slug == slug:
            break
        step = get_step(step_slug)
        assert step is not None
        if not step.applies(draft.answers):
            continue
        form = step.form_class(data, initial=step.form_class.initial_from(draft.answers))
        assert form.is_valid(), (step_slug, form.errors)
        services.save_step(draft=draft, step=step, section=form.to_section())
    return token


def submitted_intake(**overrides: dict[str, Any]) -> Intake:
    """An intake submitted with the given pages' answers (defaults from tests/intake/pages.py)."""
    token = draft_up_to("review", **overrides)
    draft = services.find_draft(token)
    assert draft is not None
    consent = ConsentForm(pages.consent())
    assert consent.is_valid()
    return services.submit_intake(draft_id=draft.pk, consent=consent.to_section())

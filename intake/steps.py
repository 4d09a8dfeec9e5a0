"""The intake's pages, in order, and which of them a given set of answers needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from intake import forms

Document = dict[str, Any]


def _could_be_pregnant(document: Document) -> bool:
    return (document.get("about") or {}).get("sex_at_birth") != "male"


@dataclass(frozen=True)
class Step:
    slug: str
    title: str | Promise
    form_class: type[forms.SectionForm]
    applies: Callable[[Document], bool] = lambda document: True


STEPS: tuple[Step, ...] = (
    Step("about", _("About you"), forms.AboutForm),
    Step("reasons", _("Why you are seeking treatment"), forms.ReasonsForm),
    Step("history", _("Medical history"), forms.HistoryForm),
    Step("medications", _("Medications"), forms.MedicationsForm),
    Step("substances", _("Alcohol, drugs and caffeine"), forms.SubstancesForm),
    Step("pregnancy", _("Pregnancy and breastfeeding"), forms.PregnancyForm, _could_be_pregnant),
    Step("mental-health", _("How you are feeling"), forms.MentalHealthForm),
)
REVIEW_SLUG = "review"
NOT_APPLICABLE_PREGNANCY = {"pregnant": "not_applicable", "breastfeeding": "not_applicable"}

_BY_SLUG = {step.slug: step for step in STEPS}


def get_step(slug: str) -> Step | None:
    return _BY_SLUG.get(slug)


def steps_for(document: Document) -> list[Step]:
    return [step for step in STEPS if step.applies(document)]


def first_incomplete(document: Document, completed: list[str]) -> str:
    """The page the patient must do next; the review page once every needed page is done."""
    for step in steps_for(document):
        if step.slug not in completed:
            return step.slug
    return REVIEW_SLUG


def may_open(slug: str, document: Document, completed: list[str]) -> bool:
    """A page opens once every page before it is done: steps cannot be skipped by URL."""
    needed = [step.slug for step in steps_for(document)]
    if slug == REVIEW_SLUG:
        return all(s in completed for s in needed)
    if slug not in needed:
        return False
    before = needed[: needed.index(slug)]
    return all(s in completed for s in before)


def apply_section(document: Document, step: Step, section: dict[str, Any]) -> Document:
    """The document with one page's answers put in place (medications spread over three keys)."""
    updated = dict(document)
    if step.form_class is forms.MedicationsForm:
        updated.update(section)
    else:
        updated[step.form_class.section] = section
    if step.slug == "about":
        if not _could_be_pregnant(updated):
            updated["pregnancy"] = dict(NOT_APPLICABLE_PREGNANCY)
        elif updated.get("pregnancy") == NOT_APPLICABLE_PREGNANCY:
            # Now asked again: the earlier "not applicable" is no answer of the patient's.
            del updated["pregnancy"]
    return updated


def completed_after(document: Document, completed: list[str], slug: str) -> list[str]:
    """Pages done once `slug` is saved; a page whose answers are gone is to be done again."""
    done = [*completed, slug] if slug not in completed else list(completed)
    if "pregnancy" not in document:
        done = [s for s in done if s != "pregnancy"]
    return done

"""The intake document as labelled answers, for the patient's review page and the clinician's.

Pure functions over the document: templates only loop over what these return.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from intake import forms
from intake.steps import STEPS, Step, steps_for


@dataclass(frozen=True)
class Answer:
    label: str
    value: str
    # Dotted path into the document (e.g. "history.bladder"), so flag evidence can point at it.
    path: str


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    answers: list[Answer] = field(default_factory=list)


def _choice_label(form_class: type[forms.SectionForm], name: str, value: Any) -> str:
    field_ = form_class.base_fields.get(name)
    choices = dict(getattr(field_, "choices", []) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(item, item)) for item in value)
    return str(choices.get(value, value))


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return str(value)


def _simple_section(step: Step, document: dict[str, Any]) -> list[Answer]:
    form_class = step.form_class
    data = document.get(form_class.section) or {}
    answers = []
    for name, field_ in form_class.base_fields.items():
        value = data.get(name)
        shown = _choice_label(form_class, name, value) if value not in (None, "") else _text(value)
        answers.append(Answer(str(field_.label), shown, f"{form_class.section}.{name}"))
    return answers


def _history_section(document: dict[str, Any]) -> list[Answer]:
    history = document.get("history") or {}
    choices = dict(forms.YES_NO_UNSURE)
    answers = []
    for key, question in forms.HISTORY_QUESTIONS:
        entry = history.get(key) or {}
        answer = str(entry.get("answer") or "")
        value = str(choices.get(answer, _text(answer)))
        if entry.get("details"):
            value = f"{value} — {entry['details']}"
        answers.append(Answer(str(question), value, f"history.{key}"))
    return answers


def _medication_line(row: Any) -> str:
    if isinstance(row, str):
        return row
    parts = [row.get("name", ""), row.get("dose", ""), row.get("frequency", "")]
    line = " · ".join(part for part in parts if part)
    if row.get("stopped_on"):
        line = f"{line} ({_('stopped')} {row['stopped_on']})"
    return line


def _medications_section(document: dict[str, Any]) -> list[Answer]:
    answers = []
    if document.get("no_medications"):
        answers.append(Answer(_("Medications"), _("Takes no medications"), "no_medications"))
    for index, row in enumerate(document.get("medications") or []):
        answers.append(
            Answer(
                _("Medication %(n)s") % {"n": index + 1},
                _medication_line(row),
                f"medications[{index}]",
            )
        )
    for index, row in enumerate(document.get("stopped_medications") or []):
        answers.append(
            Answer(
                _("Stopped medication %(n)s") % {"n": index + 1},
                _medication_line(row),
                f"stopped_medications[{index}]",
            )
        )
    return answers


def answer_sections(document: dict[str, Any]) -> list[Section]:
    """Every answered page of the document, in the order the patient saw them."""
    sections = []
    for step in steps_for(document) if document.get("about") else STEPS:
        if step.slug == "history":
            answers = _history_section(document)
        elif step.slug == "medications":
            answers = _medications_section(document)
        else:
            answers = _simple_section(step, document)
        sections.append(Section(step.slug, str(step.title), answers))
    return sections

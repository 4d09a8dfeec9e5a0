"""What happens to an intake: drafts saved page by page, submission with screening, purging.

Views and commands call these functions; they hold the transactions and the rules of the flow.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from audit.services import record_event
from intake import screening
from intake.models import Flag, Intake, IntakeDraft
from intake.notifications import notify_urgent_intake
from intake.steps import Step, apply_section, completed_after

SCHEMA_VERSION = 1
NO_OPEN_FLAG_RANK = 9
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read out over the phone


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def draft_lifetime() -> timedelta:
    return timedelta(hours=settings.INTAKE_DRAFT_TTL_HOURS)


def start_draft(*, now: datetime | None = None) -> tuple[IntakeDraft, str]:
    """A new empty draft and the secret token of its resume link (shown once, never stored)."""
    now = now or timezone.now()
    token = secrets.token_urlsafe(32)
    draft = IntakeDraft.objects.create(
        token_digest=digest(token),
        created_at=now,
        updated_at=now,
        expires_at=now + draft_lifetime(),
    )
    return draft, token


def find_draft(token: str) -> IntakeDraft | None:
    if not token or len(token) > 100:
        return None
    return IntakeDraft.objects.filter(token_digest=digest(token)).first()


class DraftAlreadySubmitted(Exception):
    """The draft was sent (perhaps from another device) while this page was open."""


def _lock_open_draft(draft: IntakeDraft) -> IntakeDraft:
    """The draft's current row, locked, so two devices saving at once both keep their page."""
    locked = IntakeDraft.objects.select_for_update().get(pk=draft.pk)
    if locked.submitted_intake_id is not None:
        raise DraftAlreadySubmitted
    return locked


def save_step(*, draft: IntakeDraft, step: Step, section: dict[str, Any]) -> IntakeDraft:
    """Store one page's valid answers; each save extends the draft's life."""
    with transaction.atomic():
        draft = _lock_open_draft(draft)
        now = timezone.now()
        draft.answers = apply_section(draft.answers, step, section)
        draft.unsaved_input.pop(step.slug, None)
        draft.completed_steps = completed_after(draft.answers, draft.completed_steps, step.slug)
        draft.updated_at = now
        draft.expires_at = now + draft_lifetime()
        draft.save(
            update_fields=[
                "answers",
                "unsaved_input",
                "completed_steps",
                "updated_at",
                "expires_at",
            ]
        )
    return draft


def keep_unsaved_input(*, draft: IntakeDraft, step: Step, data: dict[str, list[str]]) -> None:
    """Keep what was typed on a page that did not validate, so leaving does not lose it."""
    with transaction.atomic():
        draft = _lock_open_draft(draft)
        now = timezone.now()
        draft.unsaved_input = {**draft.unsaved_input, step.slug: data}
        draft.updated_at = now
        draft.expires_at = now + draft_lifetime()
        draft.save(update_fields=["unsaved_input", "updated_at", "expires_at"])


def intake_document(answers: dict[str, Any], *, submitted_on: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "submitted_on": submitted_on, **answers}


def new_reference() -> str:
    code = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


def patient_name_of(document: dict[str, Any]) -> str:
    about = document.get("about") or {}
    return f"{about.get('first_name', '')} {about.get('last_name', '')}".strip()


def flags_for(result: screening.ScreeningResult) -> list[Flag]:
    return [
        Flag(
            code=str(flag.code),
            severity=str(flag.severity),
            severity_rank=flag.severity.rank,
            title=flag.title,
            explanation=flag.explanation,
            evidence=list(flag.evidence),
            faq_article=flag.faq_article or "",
            rules_version=result.rules_version,
        )
        for flag in result.flags
    ]


# Acknowledging this flag does not move the intake down the worklist: a patient who reported
# suicidal thoughts stays first until a clinician records a decision.
PINNED_FLAG_CODES = frozenset({"SUICIDAL_IDEATION"})


def open_severity_rank(flags: list[Flag]) -> int:
    """The worklist's sort key: the rank of the most severe flag still needing attention."""
    ranks = [
        flag.severity_rank
        for flag in flags
        if flag.retired_at is None
        and (flag.acknowledged_at is None or flag.code in PINNED_FLAG_CODES)
    ]
    return min(ranks, default=NO_OPEN_FLAG_RANK)


def submit_intake(
    *, draft_id: Any, consent: dict[str, bool], request: HttpRequest | None = None
) -> Intake:
    """Screen the draft and store it as one intake, with its flags, in one transaction.

    Submitting the same draft twice (a double click, a resent POST) returns the first intake.
    """
    with transaction.atomic():
        draft = IntakeDraft.objects.select_for_update().get(pk=draft_id)
        if draft.submitted_intake_id is not None:
            return Intake.objects.get(pk=draft.submitted_intake_id)
        now = timezone.now()
        document = intake_document(
            {**draft.answers, "consent": consent},
            submitted_on=timezone.localdate(now).isoformat(),
        )
        intake = store_intake(document=document, submitted_at=now)
        record_event(action="intake_submitted", request=request, intake_id=intake.pk)
        draft.submitted_intake = intake
        # The draft's answers now live on the intake; the draft keeps none of them.
        draft.answers = {}
        draft.unsaved_input = {}
        draft.save(update_fields=["submitted_intake", "answers", "unsaved_input"])
        if intake.is_urgent:
            # robust: a failed email must not turn a stored intake into an error for the patient.
            transaction.on_commit(lambda: notify_urgent_intake(intake), robust=True)
    return intake


def store_intake(*, document: dict[str, Any], submitted_at: datetime) -> Intake:
    """Screen an intake document and save it with its flags (the caller holds the transaction)."""
    result = screening.screen(screening.parse_intake(document))
    flags = flags_for(result)
    intake = _create_with_unique_reference(
        answers=document,
        patient_name=patient_name_of(document)[:201],
        submitted_at=submitted_at,
        rules_version=result.rules_version,
        is_urgent=any(flag.severity == "urgent" for flag in flags),
        open_severity_rank=open_severity_rank(flags),
    )
    for flag in flags:
        flag.intake = intake
        flag.raised_at = submitted_at
    Flag.objects.bulk_create(flags)
    return intake


def _create_with_unique_reference(**fields: Any) -> Intake:
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Intake.objects.create(reference=new_reference(), **fields)
        except IntegrityError:
            continue
    raise RuntimeError("Could not find a free intake reference after 5 attempts.")


def articles_touched(document: dict[str, Any]) -> list[str]:
    """Keys of the FAQ articles worth reading given the answers; never the clinical flags."""
    keys = ["what-it-feels-like"]
    if document.get("medications") or document.get("stopped_medications"):
        keys.append("medication-interactions")
    substances = document.get("substances") or {}
    if {substances.get("alcohol"), substances.get("recreational_drugs")} - {None, "none"}:
        keys.append("lifestyle-during-treatment")
    if (document.get("pregnancy") or {}).get("pregnant") not in (None, "not_applicable"):
        keys.append("pregnancy-and-breastfeeding")
    return keys


def purge_expired_drafts(*, now: datetime | None = None) -> int:
    """Delete drafts past their expiry. Returns how many went.

    Submitted drafts hold no answers (they moved to the intake) and go too: their resume link
    then says the link has expired.
    """
    now = now or timezone.now()
    deleted, _by_model = IntakeDraft.objects.filter(expires_at__lte=now).delete()
    return deleted

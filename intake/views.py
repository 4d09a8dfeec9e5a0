"""The patient's intake: start, one page per section, review and submit, confirmation.

No account: the draft is found through the session (set by starting or by the resume link).
The session holds only the draft's id and its resume token, never an answer.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.decorators import ratelimit

from accounts.client_ip import client_ip
from faq.links import article_links
from intake import screening, services
from intake.forms import MAX_MEDICATION_ROWS, ConsentForm, MedicationsForm
from intake.models import Intake, IntakeDraft
from intake.presentation import answer_sections
from intake.steps import REVIEW_SLUG, first_incomplete, get_step, may_open, steps_for

logger = logging.getLogger(__name__)

SESSION_DRAFT = "intake_draft_id"
SESSION_TOKEN = "intake_resume_token"  # noqa: S105 - a session key name, not a secret
SESSION_DONE = "intake_done"
# How long after submitting the confirmation page can be opened again in the same browser.
CONFIRMATION_SECONDS = 30 * 60

View = Callable[..., HttpResponse]


def client_key(group: str, request: HttpRequest) -> str:
    return client_ip(request) or "unknown"


def post_rate(group: str, request: HttpRequest) -> str:
    return str(settings.INTAKE_RATE_LIMIT)


def patient_view(view: View) -> View:
    """Every intake page: never cached, no field values in error reports, rate-limited POSTs."""

    @wraps(view)
    @never_cache
    @sensitive_post_parameters()
    @ratelimit(key=client_key, rate=post_rate, method="POST", block=True)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except DatabaseError:
            logger.exception("Database unavailable on an intake page")
            return unavailable(request)

    return wrapper


def unavailable(request: HttpRequest) -> HttpResponse:
    return render(request, "intake/unavailable.html", status=503)


def current_draft(request: HttpRequest) -> IntakeDraft | None:
    """The session's draft while it can still be filled in.

    A draft that was submitted (from this tab, another tab or another device) moves the session
    on to the confirmation page instead.
    """
    draft_id = request.session.get(SESSION_DRAFT)
    if not draft_id:
        return None
    draft = IntakeDraft.objects.filter(pk=draft_id).first()
    if draft is not None and draft.submitted_intake_id is not None:
        remember_submission(request, draft.submitted_intake_id)
        return None
    if draft is None or draft.is_expired():
        return None
    return draft


def remember_submission(request: HttpRequest, intake_id: Any) -> None:
    """Let this browser see the confirmation for a while: the intake's id, never its answers."""
    request.session.pop(SESSION_DRAFT, None)
    request.session.pop(SESSION_TOKEN, None)
    request.session[SESSION_DONE] = {"intake": str(intake_id), "at": time.time()}


def submitted_intake(request: HttpRequest) -> Intake | None:
    done = request.session.get(SESSION_DONE)
    if not isinstance(done, dict) or time.time() - done.get("at", 0) > CONFIRMATION_SECONDS:
        return None
    try:
        return Intake.objects.filter(pk=uuid.UUID(str(done.get("intake")))).first()
    except ValueError:
        return None


def resume_url(request: HttpRequest) -> str:
    token = request.session.get(SESSION_TOKEN, "")
    return request.build_absolute_uri(reverse("intake:resume", args=[token])) if token else ""


def progress(document: dict[str, Any], slug: str) -> dict[str, int]:
    slugs = [step.slug for step in steps_for(document)] + [REVIEW_SLUG]
    return {"number": slugs.index(slug) + 1 if slug in slugs else 1, "total": len(slugs)}


@patient_view
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        draft, token = services.start_draft()
        request.session.cycle_key()
        request.session.pop(SESSION_DONE, None)
        request.session[SESSION_DRAFT] = str(draft.pk)
        request.session[SESSION_TOKEN] = token
        return redirect("intake:step", slug="about")
    return render(request, "intake/start.html", {"draft": current_draft(request)})


@patient_view
@require_GET
def resume(request: HttpRequest, token: str) -> HttpResponse:
    draft = services.find_draft(token)
    if draft is None or draft.is_expired():
        return render(request, "intake/expired.html", status=410)
    if draft.is_submitted:
        return render(request, "intake/already_submitted.html")
    request.session.cycle_key()
    request.session[SESSION_DRAFT] = str(draft.pk)
    request.session[SESSION_TOKEN] = token
    messages.info(request, _("Welcome back. Your answers so far are saved."))
    return redirect(next_url(draft))


def next_url(draft: IntakeDraft) -> str:
    slug = first_incomplete(draft.answers, draft.completed_steps)
    if slug == REVIEW_SLUG:
        return reverse("intake:review")
    return reverse("intake:step", kwargs={"slug": slug})


def build_form(step: Any, draft: IntakeDraft, data: Any = None) -> Any:
    initial = step.form_class.initial_from(draft.answers)
    if data is None and step.slug in draft.unsaved_input:
        data = draft.unsaved_input[step.slug]
        form = step.form_class(_as_querydict(data), initial=initial)
        form.is_valid()  # show the errors the patient left with
        return form
    return step.form_class(data, initial=initial)


def _as_querydict(data: dict[str, list[str]]) -> QueryDict:
    querydict = QueryDict(mutable=True)
    for key, values in data.items():
        querydict.setlist(key, values if isinstance(values, list) else [values])
    return querydict


@patient_view
@require_http_methods(["GET", "POST"])
def step_page(request: HttpRequest, slug: str) -> HttpResponse:
    step = get_step(slug)
    draft = current_draft(request)
    if draft is None:
        return _no_open_draft(request)
    if step is None or not may_open(slug, draft.answers, draft.completed_steps):
        return redirect(next_url(draft))

    if request.method == "POST":
        form = build_form(step, draft, request.POST)
        adding_row = "add_row" in request.POST and isinstance(form, MedicationsForm)
        try:
            if adding_row:
                return _medications_with_extra_row(request, step, draft)
            if form.is_valid():
                draft = services.save_step(draft=draft, step=step, section=form.to_section())
                return redirect(next_url(draft))
            services.keep_unsaved_input(draft=draft, step=step, data=_typed(request))
        except services.DraftAlreadySubmitted:
            return redirect("intake:done")
        except DatabaseError:
            logger.exception("Could not save an intake page")
            form = build_form(step, draft, _with_extra_row(request) if adding_row else request.POST)
            form.add_error(
                None,
                _(
                    "We could not save this page just now. Your answers are still here: "
                    "please try again in a moment."
                ),
            )
            return render(
                request, step_template(step), step_context(request, step, draft, form), status=503
            )
    else:
        form = build_form(step, draft)
    return render(request, step_template(step), step_context(request, step, draft, form))


def _typed(request: HttpRequest) -> dict[str, list[str]]:
    return typed_input(request.POST)


def typed_input(data: Any) -> dict[str, list[str]]:
    """What the patient typed, ready to keep as JSON (PostgreSQL refuses NUL characters)."""
    return {
        key.replace("\x00", ""): [value.replace("\x00", "") for value in data.getlist(key)]
        for key in data
        if key != "csrfmiddlewaretoken"
    }


def _no_open_draft(request: HttpRequest) -> HttpResponse:
    if submitted_intake(request) is not None:
        return redirect("intake:done")
    messages.info(request, _("Start a new questionnaire, or use your resume link."))
    return redirect("intake:start")


def _medications_with_extra_row(
    request: HttpRequest, step: Any, draft: IntakeDraft
) -> HttpResponse:
    """Without JavaScript, 'Add another' posts the page back with one more empty row."""
    data = _with_extra_row(request)
    form = build_form(step, draft, data)
    services.keep_unsaved_input(draft=draft, step=step, data=typed_input(data))
    context = step_context(request, step, draft, form, show_errors=False)
    return render(request, step_template(step), context)


def _with_extra_row(request: HttpRequest) -> Any:
    data = request.POST.copy()
    prefix = request.POST.get("add_row", "current")
    if prefix not in {"current", "stopped"}:
        prefix = "current"
    total_key = f"{prefix}-TOTAL_FORMS"
    try:
        total = int(data.get(total_key, "1"))
    except ValueError:
        total = 1
    data[total_key] = str(min(total + 1, MAX_MEDICATION_ROWS))
    return data


def step_template(step: Any) -> str:
    return "intake/medications.html" if step.slug == "medications" else "intake/step.html"


def step_context(
    request: HttpRequest, step: Any, draft: IntakeDraft, form: Any, show_errors: bool = True
) -> dict[str, Any]:
    return {
        "step": step,
        "form": form,
        "show_errors": show_errors,
        "progress": progress(draft.answers, step.slug),
        "resume_url": resume_url(request),
        "previous_url": _previous_url(draft, step.slug),
        "crisis_selected": _crisis_selected(draft, form),
    }


def _previous_url(draft: IntakeDraft, slug: str) -> str:
    slugs = [s.slug for s in steps_for(draft.answers)]
    if slug == REVIEW_SLUG:
        return reverse("intake:step", kwargs={"slug": slugs[-1]})
    index = slugs.index(slug) if slug in slugs else 0
    return reverse("intake:step", kwargs={"slug": slugs[index - 1]}) if index > 0 else ""


def _crisis_selected(draft: IntakeDraft, form: Any) -> bool:
    if form is not None and form.is_bound and "suicidal_thoughts" in form.fields:
        return form.data.get("suicidal_thoughts") == "yes"
    return (draft.answers.get("mental_health") or {}).get("suicidal_thoughts") == "yes"


@patient_view
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest) -> HttpResponse:
    draft = current_draft(request)
    if draft is None:
        return _no_open_draft(request)  # a resent submit lands on the confirmation
    if not may_open(REVIEW_SLUG, draft.answers, draft.completed_steps):
        return redirect(next_url(draft))
    form = ConsentForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            intake = services.submit_intake(
                draft_id=draft.pk, consent=form.to_section(), request=request
            )
        except DatabaseError:
            logger.exception("Could not submit an intake")
            form.add_error(
                None,
                _(
                    "We could not send your answers just now. Nothing is lost: they are saved, "
                    "and you can press Submit again in a moment."
                ),
            )
            status = 503
        else:
            remember_submission(request, intake.pk)
            return redirect("intake:done")
    context = {
        "form": form,
        "sections": answer_sections(draft.answers),
        "progress": progress(draft.answers, REVIEW_SLUG),
        "resume_url": resume_url(request),
        "previous_url": _previous_url(draft, REVIEW_SLUG),
        "crisis_selected": _crisis_selected(draft, None),
    }
    return render(request, "intake/review.html", context, status=status)


@patient_view
@require_GET
def done(request: HttpRequest) -> HttpResponse:
    intake = submitted_intake(request)
    if intake is None:
        return redirect("intake:start")
    keys = services.articles_touched(intake.answers)
    links = article_links(keys)
    context = {
        "reference": intake.reference,
        "crisis": (intake.answers.get("mental_health") or {}).get("suicidal_thoughts") == "yes",
        "articles": [links[key] for key in keys if key in links],
    }
    return render(request, "intake/done.html", context)


@never_cache
@require_POST
@ratelimit(key=client_key, rate="120/m", block=True)
def suggest_medications(request: HttpRequest) -> JsonResponse:
    """Names for the medication field's suggestions as the patient types.

    POST, so what the patient typed never lands in a URL and so in no proxy's access log.
    """
    query = request.POST.get("q", "")[:50]
    return JsonResponse(
        {"suggestions": screening.suggest(query, limit=8) if len(query) >= 2 else []}
    )


def rate_limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    response = render(request, "intake/rate_limited.html", status=429)
    add_never_cache_headers(response)
    return response

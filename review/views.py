"""Clinician pages: the worklist, an intake's review page and the actions on it.

Every view is clinician-only and every view of an intake writes an audit row.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from accounts.access import clinician_required
from audit.services import record_event
from faq.links import article_links
from intake.models import Flag, Intake
from intake.presentation import answer_sections
from review import fhir, queries, services
from review.forms import AcknowledgeFlagForm, AssignForm, DecisionForm, WorklistFilterForm
from review.presentation import flagged_paths

PAGE_SIZE = 25


@never_cache
@require_GET
@clinician_required
def worklist(request: HttpRequest) -> HttpResponse:
    form = WorklistFilterForm(request.GET or None)
    filters = form.filters()
    # Names on the list are PHI too. Filters are logged as which ones were used, not their values.
    record_event(action="worklist_viewed", request=request, detail={"filters": ",".join(filters)})
    page = Paginator(queries.worklist(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "counts": queries.status_counts(),
        "query": query.urlencode(),
    }
    return render(request, "review/worklist.html", context)


def _review_page(
    request: HttpRequest,
    intake: Intake,
    *,
    bound_ack: AcknowledgeFlagForm | None = None,
    decision_form: DecisionForm | None = None,
    assign_form: AssignForm | None = None,
    status: int = 200,
) -> HttpResponse:
    """The intake page; every rendering of it (a failed form too) is an audited view."""
    record_event(action="intake_viewed", request=request, intake_id=intake.pk)
    flags = intake.all_flags  # type: ignore[attr-defined]
    links = article_links(flag.faq_article for flag in flags)
    flag_rows = [
        {
            "flag": flag,
            "faq_link": links.get(flag.faq_article),
            "form": bound_ack
            if bound_ack is not None and bound_ack.prefix == ack_prefix(flag.pk)
            else AcknowledgeFlagForm(prefix=ack_prefix(flag.pk)),
        }
        for flag in flags
        if flag.retired_at is None
    ]
    context = {
        "intake": intake,
        "flag_rows": flag_rows,
        "retired_flags": [flag for flag in flags if flag.retired_at is not None],
        "sections": answer_sections(intake.answers),
        "flagged_paths": flagged_paths(flags),
        "events": intake.review_events.all(),
        "decision_form": decision_form or DecisionForm(),
        "assign_form": assign_form or AssignForm(initial={"assignee": request.user}),
        "bound_ack": bound_ack,
    }
    return render(request, "review/intake.html", context, status=status)


def ack_prefix(flag_id: int) -> str:
    return f"flag-{flag_id}"


def _load(pk: Any) -> Intake:
    return get_object_or_404(queries.intakes_for_review(), pk=pk)


@never_cache
@require_GET
@clinician_required
def intake_detail(request: HttpRequest, pk: Any) -> HttpResponse:
    return _review_page(request, _load(pk))


@never_cache
@require_GET
@clinician_required
def intake_print(request: HttpRequest, pk: Any) -> HttpResponse:
    intake = _load(pk)
    record_event(action="intake_printed", request=request, intake_id=intake.pk)
    flags = intake.all_flags  # type: ignore[attr-defined]
    context = {
        "intake": intake,
        "current_flags": [flag for flag in flags if flag.retired_at is None],
        "sections": answer_sections(intake.answers),
        "flagged_paths": flagged_paths(flags),
        "events": intake.review_events.all(),
    }
    return render(request, "review/print.html", context)


@never_cache
@require_GET
@clinician_required
def intake_fhir(request: HttpRequest, pk: Any) -> HttpResponse:
    intake = _load(pk)
    record_event(action="intake_exported", request=request, intake_id=intake.pk)
    bundle = fhir.intake_bundle(intake)
    response = JsonResponse(json.loads(bundle.model_dump_json(exclude_none=True)))
    response["Content-Type"] = "application/fhir+json"
    response["Content-Disposition"] = f'attachment; filename="intake-{intake.reference}.json"'
    return response


@never_cache
@require_POST
@sensitive_post_parameters("note")
@clinician_required
def acknowledge_flag(request: HttpRequest, pk: Any, flag_id: int) -> HttpResponse:
    flag = get_object_or_404(Flag, pk=flag_id, intake_id=pk)
    form = AcknowledgeFlagForm(request.POST, prefix=ack_prefix(flag.pk))
    if form.is_valid():
        try:
            services.acknowledge_flag(
                flag=flag,
                clinician=request.user,
                acknowledgement=form.cleaned_data["acknowledgement"],
                note=form.cleaned_data["note"],
                request=request,
            )
        except services.ReviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Flag %(code)s acknowledged.") % {"code": flag.code})
            return redirect("review:intake", pk=pk)
    return _review_page(request, _load(pk), bound_ack=form, status=400)


@never_cache
@require_POST
@sensitive_post_parameters("note")
@clinician_required
def decide(request: HttpRequest, pk: Any) -> HttpResponse:
    intake = _load(pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            services.record_decision(
                intake=intake,
                clinician=request.user,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                request=request,
            )
        except services.ReviewError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("review:intake", pk=pk)
    return _review_page(request, intake, decision_form=form, status=400)


@never_cache
@require_POST
@clinician_required
def assign(request: HttpRequest, pk: Any) -> HttpResponse:
    intake = _load(pk)
    form = AssignForm(request.POST)
    if form.is_valid():
        services.assign_intake(
            intake=intake,
            assignee=form.cleaned_data["assignee"],
            clinician=request.user,
            request=request,
        )
        messages.success(request, _("Assignment saved."))
        return redirect("review:intake", pk=pk)
    return _review_page(request, intake, assign_form=form, status=400)


@never_cache
@require_POST
@clinician_required
def rescreen(request: HttpRequest, pk: Any) -> HttpResponse:
    intake = _load(pk)
    result = services.rescreen_intake(intake=intake, clinician=request.user, request=request)
    if result.added or result.removed:
        messages.info(
            request,
            _("Re-screened with rules %(version)s. Added: %(added)s. Removed: %(removed)s.")
            % {
                "version": result.rules_version,
                "added": ", ".join(result.added) or _("none"),
                "removed": ", ".join(result.removed) or _("none"),
            },
        )
    else:
        messages.info(
            request,
            _("Re-screened with rules %(version)s: no change in flags.")
            % {"version": result.rules_version},
        )
    return redirect("review:intake", pk=pk)

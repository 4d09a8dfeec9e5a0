from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from accounts.roles import CLINICIANS
from intake import screening
from intake.models import Acknowledgement, IntakeStatus
from review.models import Outcome

OPEN = "open"
ALL = "all"


class WorklistFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[(OPEN, _("Open (awaiting or in review)")), (ALL, _("All")), *IntakeStatus.choices],
    )
    severity = forms.ChoiceField(
        label=_("Most severe open flag"),
        required=False,
        choices=[("", _("Any")), *[(s.value, s.value.title()) for s in screening.Severity]],
    )
    code = forms.ChoiceField(
        label=_("Flag"),
        required=False,
        choices=[("", _("Any")), *[(code, code) for code in screening.FLAG_CODES]],
    )
    submitted_from = forms.DateField(
        label=_("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    submitted_to = forms.DateField(
        label=_("Submitted to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    q = forms.CharField(label=_("Name or reference"), required=False, max_length=100)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            small = "form-select form-select-sm" if isinstance(field, forms.ChoiceField) else ""
            field.widget.attrs["class"] = small or "form-control form-control-sm"

    def filters(self) -> dict[str, Any]:
        """The valid filters; a field with a bad value is dropped, not fatal."""
        data = self.cleaned_data if self.is_valid() else {}
        return {key: value for key, value in data.items() if value not in (None, "")}


class AcknowledgeFlagForm(forms.Form):
    acknowledgement = forms.ChoiceField(
        label=_("Outcome"), choices=Acknowledgement.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when proceeding despite the flag: the reason stays on the record."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("acknowledgement") == Acknowledgement.PROCEED
            and not data.get("note", "").strip()
        ):
            self.add_error("note", _("Give the reason for proceeding despite this flag."))
        return data


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=get_user_model()
        .objects.filter(groups__name=CLINICIANS, is_active=True)
        .order_by("username"),
    )

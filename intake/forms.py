"""One form per intake page. Forms validate and tidy what the patient typed, nothing more.

Each form turns its cleaned data into its section of the intake JSON document
(`to_section`) and back (`initial_from`), so the stored draft is always the documented format.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

YES_NO_UNSURE = [("no", _("No")), ("yes", _("Yes")), ("unsure", _("Not sure"))]
SHORT_TEXT = 100
LONG_TEXT = 2000

_PHONE_ALLOWED = re.compile(r"^[0-9+()\-.\s]+$")


def clean_phone(value: str) -> str:
    value = value.strip()
    if not value:
        return value
    digits = re.sub(r"\D", "", value)
    if not _PHONE_ALLOWED.match(value) or not 7 <= len(digits) <= 15:
        raise ValidationError(
            _("Enter a phone number with 7 to 15 digits, for example +1 555 010 0199.")
        )
    return value


def today() -> date:
    return timezone.localdate()


class SectionForm(forms.Form):
    """A page of the intake. `section` names its key in the intake document."""

    section: ClassVar[str]
    template_name = "intake/forms/section.html"

    def to_section(self) -> dict[str, Any]:
        return {name: value for name, value in self.cleaned_data.items()}

    @classmethod
    def initial_from(cls, document: dict[str, Any]) -> dict[str, Any]:
        section = document.get(cls.section)
        return dict(section) if isinstance(section, dict) else {}


class AboutForm(SectionForm):
    section = "about"

    SEX_CHOICES = [
        ("female", _("Female")),
        ("male", _("Male")),
        ("intersex", _("Intersex")),
        ("prefer_not_to_say", _("Prefer not to say")),
    ]
    CONTACT_CHOICES = [
        ("phone", _("Phone call")),
        ("text", _("Text message")),
        ("email", _("Email")),
    ]
    ESCORT_CHOICES = [("yes", _("Yes")), ("no", _("No")), ("unsure", _("Not sure yet"))]

    first_name = forms.CharField(label=_("First name"), max_length=SHORT_TEXT)
    last_name = forms.CharField(label=_("Last name"), max_length=SHORT_TEXT)
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("For example 1985-04-12."),
    )
    sex_at_birth = forms.ChoiceField(
        label=_("Sex assigned at birth"),
        choices=SEX_CHOICES,
        widget=forms.RadioSelect,
        help_text=_("We ask so that we know whether to ask about pregnancy."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    email = forms.EmailField(label=_("Email"), max_length=254, required=False)
    preferred_contact = forms.ChoiceField(
        label=_("How should we contact you?"), choices=CONTACT_CHOICES, widget=forms.RadioSelect
    )
    emergency_contact_name = forms.CharField(
        label=_("Emergency contact name"), max_length=SHORT_TEXT
    )
    emergency_contact_phone = forms.CharField(label=_("Emergency contact phone"), max_length=30)
    escort = forms.ChoiceField(
        label=_("Can someone take you home after an infusion?"),
        choices=ESCORT_CHOICES,
        widget=forms.RadioSelect,
        help_text=_("You must not drive on the day of an infusion."),
    )
    escort_name = forms.CharField(
        label=_("Who will take you home?"), max_length=SHORT_TEXT, required=False
    )

    def clean_date_of_birth(self) -> date:
        born: date = self.cleaned_data["date_of_birth"]
        now = today()
        if born >= now:
            raise ValidationError(_("Your date of birth must be in the past."))
        age = now.year - born.year - ((now.month, now.day) < (born.month, born.day))
        if age < 18:
            raise ValidationError(_("This clinic treats adults: you must be 18 or over."))
        if age > 110:
            raise ValidationError(_("Please check the year of your date of birth."))
        return born

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])

    def clean_emergency_contact_phone(self) -> str:
        return clean_phone(self.cleaned_data["emergency_contact_phone"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        contact = data.get("preferred_contact")
        if contact in {"phone", "text"} and not data.get("phone"):
            self.add_error("phone", _("Enter a phone number so we can reach you that way."))
        if contact == "email" and not data.get("email"):
            self.add_error("email", _("Enter an email address so we can reach you that way."))
        return data

    def to_section(self) -> dict[str, Any]:
        section = super().to_section()
        section["date_of_birth"] = section["date_of_birth"].isoformat()
        return section


class ReasonsForm(SectionForm):
    section = "reasons"

    CONDITION_CHOICES = [
        ("treatment_resistant_depression", _("Treatment-resistant depression")),
        ("bipolar_depression", _("Bipolar depression")),
        ("ptsd", _("Post-traumatic stress disorder (PTSD)")),
        ("generalised_anxiety", _("Generalised anxiety")),
        ("social_anxiety", _("Social anxiety")),
        ("adjustment_disorder", _("Adjustment disorder")),
        ("suicidal_thoughts", _("Suicidal thoughts")),
        ("chronic_pain_crps", _("Complex regional pain syndrome (CRPS)")),
        ("neuropathic_pain", _("Neuropathic pain")),
        ("fibromyalgia", _("Fibromyalgia")),
        ("other", _("Something else")),
    ]

    conditions = forms.MultipleChoiceField(
        label=_("What would you like help with?"),
        choices=CONDITION_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick all that apply."),
    )
    other_condition = forms.CharField(
        label=_("If something else, what?"), max_length=LONG_TEXT, required=False
    )
    previous_treatments = forms.CharField(
        label=_("Which treatments have you tried before?"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Medications, therapy or other treatments, and how they went."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "other" in data.get("conditions", []) and not data.get("other_condition", "").strip():
            self.add_error("other_condition", _("Tell us briefly what else you need help with."))
        return data


HISTORY_QUESTIONS: list[tuple[str, Any]] = [
    ("cardiovascular", _("Heart disease, high blood pressure, an aneurysm or a stroke?")),
    ("respiratory", _("Lung or breathing problems, including sleep apnoea?")),
    ("bladder", _("Bladder or urinary problems?")),
    ("liver", _("Liver disease?")),
    ("thyroid", _("Thyroid problems?")),
    ("raised_pressure", _("Glaucoma, a recent head injury or raised pressure in the head?")),
    ("psychosis", _("Psychosis, schizophrenia or mania, now or in the past?")),
    ("seizures", _("Seizures or epilepsy?")),
    ("ketamine_reaction", _("A bad reaction to ketamine or to an anaesthetic?")),
    ("allergies", _("Any other allergies?")),
    ("substance_use", _("A history of alcohol or drug misuse or addiction?")),
]


class HistoryForm(SectionForm):
    section = "history"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, question in HISTORY_QUESTIONS:
            self.fields[key] = forms.ChoiceField(
                label=question, choices=YES_NO_UNSURE, widget=forms.RadioSelect
            )
            self.fields[f"{key}_details"] = forms.CharField(
                label=_("Details (optional)"),
                max_length=LONG_TEXT,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def to_section(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            key: {"answer": data[key], "details": data[f"{key}_details"]}
            for key, _question in HISTORY_QUESTIONS
        }

    @classmethod
    def initial_from(cls, document: dict[str, Any]) -> dict[str, Any]:
        initial: dict[str, Any] = {}
        for key, entry in (document.get("history") or {}).items():
            if isinstance(entry, dict):
                initial[key] = entry.get("answer")
                initial[f"{key}_details"] = entry.get("details", "")
        return initial


class MedicationRowForm(forms.Form):
    name = forms.CharField(
        label=_("Medication name"),
        max_length=SHORT_TEXT,
        required=False,
        widget=forms.TextInput(attrs={"list": "medication-suggestions", "autocomplete": "off"}),
    )
    dose = forms.CharField(label=_("Dose"), max_length=SHORT_TEXT, required=False)
    frequency = forms.CharField(label=_("How often"), max_length=SHORT_TEXT, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (data.get("dose") or data.get("frequency")) and not data.get("name", "").strip():
            self.add_error("name", _("Enter the name of this medication, or remove the row."))
        return data


class StoppedMedicationRowForm(MedicationRowForm):
    stopped_on = forms.DateField(
        label=_("Date stopped"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        stopped_on = data.get("stopped_on")
        if data.get("name") and not stopped_on:
            self.add_error("stopped_on", _("Enter the date you stopped, even if approximate."))
        if stopped_on and stopped_on > today():
            self.add_error("stopped_on", _("The date stopped cannot be in the future."))
        if stopped_on and stopped_on < date(1900, 1, 1):
            self.add_error("stopped_on", _("Please check the year of this date."))
        return data


class BaseRowFormSet(forms.BaseFormSet):
    def rows(self) -> list[dict[str, Any]]:
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            if data.get("DELETE"):
                continue
            if data.get("name", "").strip():
                row = {k: v for k, v in data.items() if k != "DELETE"}
                if row.get("stopped_on"):
                    row["stopped_on"] = row["stopped_on"].isoformat()
                rows.append(row)
        return rows


MAX_MEDICATION_ROWS = 40

MedicationFormSet = forms.formset_factory(
    MedicationRowForm,
    formset=BaseRowFormSet,
    extra=1,
    can_delete=True,
    max_num=MAX_MEDICATION_ROWS,
    absolute_max=MAX_MEDICATION_ROWS,
    validate_max=True,
)
StoppedMedicationFormSet = forms.formset_factory(
    StoppedMedicationRowForm,
    formset=BaseRowFormSet,
    extra=1,
    can_delete=True,
    max_num=MAX_MEDICATION_ROWS,
    absolute_max=MAX_MEDICATION_ROWS,
    validate_max=True,
)


class MedicationsForm(SectionForm):
    """The medications page: a checkbox plus two formsets (current and recently stopped)."""

    section = "medications"

    no_medications = forms.BooleanField(
        label=_("I do not take any medications, supplements or herbal remedies"), required=False
    )

    def __init__(self, data: Any = None, initial: Any = None, **kwargs: Any) -> None:
        initial = initial or {}
        super().__init__(data, initial=initial, **kwargs)
        self.current = cast(
            BaseRowFormSet,
            MedicationFormSet(data, prefix="current", initial=initial.get("medications") or None),
        )
        self.stopped = cast(
            BaseRowFormSet,
            StoppedMedicationFormSet(
                data, prefix="stopped", initial=initial.get("stopped_medications") or None
            ),
        )

    def is_valid(self) -> bool:
        # Evaluate all three so every error shows at once.
        results = [super().is_valid(), self.current.is_valid(), self.stopped.is_valid()]
        if all(results):
            self._check_consistency()
        elif not (results[1] and results[2]):
            # Row errors live on the formsets; this puts them in the page's error summary too.
            self.add_error(None, _("Some medication rows need another look."))
        return all(results) and not self.errors

    def _check_consistency(self) -> None:
        taking_any = bool(self.current.rows())
        if self.cleaned_data.get("no_medications") and taking_any:
            self.add_error(
                "no_medications",
                _("You listed medications and also ticked that you take none. Untick one."),
            )
        elif not self.cleaned_data.get("no_medications") and not taking_any:
            self.add_error(
                "no_medications",
                _("List at least one medication, or tick that you take none."),
            )

    def to_section(self) -> dict[str, Any]:
        return {
            "no_medications": self.cleaned_data["no_medications"],
            "medications": self.current.rows(),
            "stopped_medications": self.stopped.rows(),
        }

    @classmethod
    def initial_from(cls, document: dict[str, Any]) -> dict[str, Any]:
        def rows(key: str) -> list[dict[str, Any]]:
            value = document.get(key) or []
            return [row if isinstance(row, dict) else {"name": str(row)} for row in value]

        return {
            "no_medications": bool(document.get("no_medications")),
            "medications": rows("medications"),
            "stopped_medications": rows("stopped_medications"),
        }


class SubstancesForm(SectionForm):
    section = "substances"

    ALCOHOL_CHOICES = [
        ("none", _("I don't drink alcohol")),
        ("occasional", _("Occasionally (less than once a week)")),
        ("weekly", _("Most weeks")),
        ("daily", _("Most days")),
        ("heavy", _("Heavily, or more than I would like")),
    ]
    DRUG_CHOICES = [
        ("none", _("Never")),
        ("past", _("In the past, not now")),
        ("current", _("Yes, currently")),
    ]

    alcohol = forms.ChoiceField(
        label=_("How often do you drink alcohol?"),
        choices=ALCOHOL_CHOICES,
        widget=forms.RadioSelect,
    )
    alcohol_details = forms.CharField(
        label=_("Anything to add about alcohol? (optional)"), max_length=LONG_TEXT, required=False
    )
    recreational_drugs = forms.ChoiceField(
        label=_("Do you use recreational drugs (including cannabis)?"),
        choices=DRUG_CHOICES,
        widget=forms.RadioSelect,
    )
    recreational_drugs_details = forms.CharField(
        label=_("Which ones, and how often? (optional)"), max_length=LONG_TEXT, required=False
    )
    caffeine = forms.CharField(
        label=_("How much caffeine do you have a day? (optional)"),
        max_length=SHORT_TEXT,
        required=False,
        help_text=_("For example: 2 cups of coffee."),
    )


class PregnancyForm(SectionForm):
    section = "pregnancy"

    PREGNANT_CHOICES = [
        ("no", _("No")),
        ("yes", _("Yes")),
        ("possibly", _("Possibly")),
        ("trying", _("I am trying to become pregnant")),
        ("prefer_not_to_say", _("Prefer not to say")),
    ]
    BREASTFEEDING_CHOICES = [
        ("no", _("No")),
        ("yes", _("Yes")),
        ("prefer_not_to_say", _("Prefer not to say")),
    ]

    pregnant = forms.ChoiceField(
        label=_("Are you pregnant, or could you be?"),
        choices=PREGNANT_CHOICES,
        widget=forms.RadioSelect,
    )
    breastfeeding = forms.ChoiceField(
        label=_("Are you breastfeeding?"), choices=BREASTFEEDING_CHOICES, widget=forms.RadioSelect
    )


class MentalHealthForm(SectionForm):
    section = "mental_health"

    SUICIDAL_CHOICES = [
        ("no", _("No")),
        ("yes", _("Yes")),
        ("prefer_not_to_say", _("I'd rather not say")),
    ]

    suicidal_thoughts = forms.ChoiceField(
        label=_("Are you currently having thoughts of suicide or of harming yourself?"),
        choices=SUICIDAL_CHOICES,
        widget=forms.RadioSelect(attrs={"data-crisis-trigger": "yes"}),
    )
    details = forms.CharField(
        label=_("Anything you would like us to know? (optional)"),
        max_length=LONG_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ConsentForm(SectionForm):
    section = "consent"

    answers_true = forms.BooleanField(
        label=_("My answers are true and complete to the best of my knowledge.")
    )
    no_driving = forms.BooleanField(
        label=_("I will not drive on the day of an infusion, and will arrange a ride home.")
    )

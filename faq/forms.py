from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from faq.search import normalise_query


class SearchForm(forms.Form):
    """Never invalid: an over-long or odd query is tidied rather than refused."""

    q = forms.CharField(label=_("Search the questions"), required=False)

    def clean_q(self) -> str:
        return normalise_query(self.cleaned_data.get("q") or "")

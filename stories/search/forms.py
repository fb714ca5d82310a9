"""The search box and its filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import DEFAULT, KINDS
from .text import clean_query

SCOPE = ("topic", "since", "until")


class SearchForm(forms.Form):
    """The search box and its filters; a bad filter is dropped, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=2000, strip=False)
    kind = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[(name, kind.label) for name, kind in KINDS.items()],
    )
    topic = forms.SlugField(label=_("Topic"), required=False, max_length=200)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def filters(self):
        """The valid filters, with a default for each that is missing or wrong.

        ``kind`` is the Searchable itself; ``topic``, ``since`` and ``until`` are the scope.
        """
        data = self.cleaned_data if self.is_valid() else {}
        if not data:
            # Keep whichever fields were valid on their own.
            data = {name: self.cleaned_data.get(name) for name in self.fields}
        return {
            "query": clean_query(self.data.get("q", "")),
            "kind": KINDS.get(data.get("kind") or "", DEFAULT),
            "topic": data.get("topic") or "",
            "since": data.get("since"),
            "until": data.get("until"),
        }

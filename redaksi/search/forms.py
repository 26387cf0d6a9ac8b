"""The reader's search request: words, an optional section and a date range."""

from django import forms
from django.utils.translation import gettext_lazy as _

from redaksi.core.dates import FIRST_DAY, LAST_DAY, is_reachable_day

DATE_FORMAT = "%Y-%m-%d"


class SearchForm(forms.Form):
    """Validates the query string of /search; every field may be left out."""

    q = forms.CharField(label=_("Search for"), required=False, max_length=200, strip=True)
    kanal = forms.ChoiceField(label=_("Section"), required=False)
    dari = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=[DATE_FORMAT],
        widget=forms.DateInput(attrs={"type": "date"}, format=DATE_FORMAT),
        error_messages={"invalid": _("Write the start date as YYYY-MM-DD, e.g. 2024-08-17.")},
    )
    sampai = forms.DateField(
        label=_("Until"),
        required=False,
        input_formats=[DATE_FORMAT],
        widget=forms.DateInput(attrs={"type": "date"}, format=DATE_FORMAT),
        error_messages={"invalid": _("Write the end date as YYYY-MM-DD, e.g. 2024-08-17.")},
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = {section.slug: section for section in sections}
        self.fields["q"].error_messages["max_length"] = _(
            "The search is too long: use at most %(limit_value)d characters."
        )
        self.fields["kanal"].choices = [("", _("All sections"))] + [
            (slug, section.title) for slug, section in self.sections.items()
        ]
        self.fields["kanal"].error_messages["invalid_choice"] = _(
            "There is no section named “%(value)s”; choose one from the list."
        )

    def _clean_day(self, name: str):
        day = self.cleaned_data.get(name)
        if day is not None and not is_reachable_day(day):
            raise forms.ValidationError(
                _("Choose a date between %(first)s and %(last)s."),
                code="date_range",
                params={"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
            )
        return day

    def clean_dari(self):
        return self._clean_day("dari")

    def clean_sampai(self):
        return self._clean_day("sampai")

    def clean(self):
        data = super().clean()
        start, end = data.get("dari"), data.get("sampai")
        if start and end and start > end:
            raise forms.ValidationError(
                _("The start date is after the end date."), code="date_order"
            )
        return data

    @property
    def section(self):
        return self.sections.get(self.cleaned_data.get("kanal") or "")

"""The time zone next to every time an editor picks.

Times are stored in UTC and typed in the editor's zone; "16:07" alone leaves a reporter in
Makassar guessing whether the story goes live at 16:07 WIB or WITA. Every date-and-time
field of the admin (go-live, expiry, our own) shows the zone it is read in.
"""

from django.utils import timezone
from wagtail.admin.widgets import AdminDateTimeInput

from .dates import zone_abbreviation


class ZonedDateTimeInput(AdminDateTimeInput):
    template_name = "core/widgets/zoned_datetime_input.html"

    def get_context(self, name, value, attrs) -> dict:
        context = super().get_context(name, value, attrs)
        context["widget"]["zone"] = zone_abbreviation(timezone.get_current_timezone_name())
        return context

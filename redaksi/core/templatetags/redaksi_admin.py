"""The zone the admin reads times in, for the date-and-time widgets."""

from django import template
from django.utils import timezone

from redaksi.core.dates import zone_abbreviation

register = template.Library()


@register.simple_tag
def current_zone() -> str:
    """'WIB', 'WITA', 'WIT' (or the zone's own abbreviation abroad): the editor's zone."""
    return zone_abbreviation(timezone.get_current_timezone_name())


@register.simple_tag
def current_zone_name() -> str:
    return timezone.get_current_timezone_name()

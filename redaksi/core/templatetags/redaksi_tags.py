import json

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from .. import dates
from ..listings import cached
from ..site import publisher_name, site_zone

register = template.Library()


@register.simple_tag(takes_context=True)
def local_datetime(context, value) -> str:
    """'06 Okt 2020, 16:07 WIB' in the site's zone."""
    return dates.format_datetime(value, site_zone(context.get("request")))


@register.simple_tag(takes_context=True)
def local_date_long(context, value) -> str:
    return dates.format_long_date(value, site_zone(context.get("request")))


@register.simple_tag(takes_context=True)
def today_long(context) -> str:
    """'Rabu, 25 November 2026': today in the site's zone, as portal mastheads show it."""
    return dates.format_long_date(timezone.now(), site_zone(context.get("request")))


@register.simple_tag(takes_context=True)
def iso_datetime(context, value) -> str:
    return dates.iso_datetime(value, site_zone(context.get("request")))


@register.simple_tag(takes_context=True)
def time_tag(context, value) -> str:
    """A <time> element: machine-readable offset, Indonesian text."""
    zone = site_zone(context.get("request"))
    return format_html(
        '<time datetime="{}">{}</time>',
        dates.iso_datetime(value, zone),
        dates.format_datetime(value, zone),
    )


@register.simple_tag(takes_context=True)
def site_publisher(context) -> str:
    return publisher_name(context.get("request"))


@register.simple_tag(takes_context=True)
def site_menu(context) -> list:
    """The live pages under the site's root that editors marked 'show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    # Plain pages: the menu shows only titles and addresses, and no menu page type
    # changes its address, so the specific types' extra query is not needed. Any
    # publish, move or deletion of a page starts a new generation, so they are kept.
    return cached(
        f"menu:{site.pk}",
        lambda: list(Page.objects.child_of(site.root_page).live().in_menu().order_by("path")),
    )


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page) -> str:
    """The page's full URL on the host the reader used."""
    request = context["request"]
    return request.build_absolute_uri(page.get_url(request))


@register.filter
def json_ld(data) -> str:
    """Embed structured data safely: '</script>' inside a headline cannot end the tag."""
    encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    encoded = encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{encoded}</script>')

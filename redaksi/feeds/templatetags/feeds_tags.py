"""Feed autodiscovery: the <link rel="alternate"> tags readers and browsers look for."""

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from redaksi.core.site import publisher_name

from ..entries import FORMAT_LABELS, FORMATS, MIME_TYPES, scope_title

register = template.Library()


@register.simple_tag(takes_context=True)
def feed_links(context, section=None, tag: str = "", tag_name: str = "") -> str:
    """RSS, Atom and JSON Feed links for the whole site, or for one section or tag.

    ``{% feed_links %}``, ``{% feed_links section=page %}`` or
    ``{% feed_links tag=tag_slug tag_name=tag_name %}``.
    """
    request = context.get("request")
    publisher = publisher_name(request)
    if section is not None:
        prefix, args = "section_", [section.slug]
        title = scope_title(publisher, section=section.title)
    elif tag:
        prefix, args = "tag_", [tag]
        title = scope_title(publisher, tag=tag_name or tag)
    else:
        prefix, args, title = "", [], scope_title(publisher)
    links = []
    for kind in FORMATS:
        url = reverse(f"feeds:{prefix}{kind}", args=args)
        if request is not None:
            url = request.build_absolute_uri(url)
        links.append((MIME_TYPES[kind], f"{title} ({FORMAT_LABELS[kind]})", url))
    return format_html_join(
        "\n  ", '<link rel="alternate" type="{}" title="{}" href="{}">', links
    ) or format_html("")

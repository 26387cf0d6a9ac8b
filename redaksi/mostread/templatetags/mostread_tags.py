from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Site

from redaksi.core.security import allow_inline_script
from redaksi.core.surrogate import MOST_READ, add_surrogate_keys, story_key

from .. import api

register = template.Library()

# Counts once the page is really shown: a prerendered page waits until the reader opens it.
# sendBeacon survives the reader leaving at once; fetch with keepalive is the fallback.
# The text is the same on every page (the address is in data-baca), so the portal's
# Content-Security-Policy allows it by its hash and no other inline script runs.
_BEACON_SCRIPT = allow_inline_script(
    "(function(){var u=document.currentScript.dataset.baca;function s(){try{if(navigator."
    "sendBeacon&&navigator.sendBeacon(u))return}catch(e){}try{fetch(u,{method:'POST',"
    "keepalive:true,credentials:'same-origin'})}catch(e){}}if(document.prerendering){document."
    "addEventListener('prerenderingchange',s,{once:true})}else{s()}})();"
)


@register.simple_tag(takes_context=True)
def read_beacon(context, article) -> str:
    """The inline script that counts a read of ``article``; nothing in previews.

    It is part of the page's HTML, so pages served from a cache still count.
    """
    request = context.get("request")
    if not settings.REDAKSI_READS_ENABLED or getattr(request, "is_preview", False):
        return ""
    if not getattr(article, "pk", None) or not article.live:
        return ""
    url = reverse("mostread:beacon", args=[int(article.pk)])
    return format_html('<script data-baca="{}">{}</script>', url, mark_safe(_BEACON_SCRIPT))


@register.inclusion_tag("mostread/includes/most_read_block.html", takes_context=True)
def most_read_block(context, section=None, limit: int = 5, hours: int = api.DAY) -> dict:
    """A Populer box: the site's (or ``section``'s) most read stories; empty when none."""
    request = context.get("request")
    stories = []
    if settings.REDAKSI_READS_ENABLED:
        site = Site.find_for_request(request) if request else None
        stories = api.most_read(
            site_root=site.root_page if site else None, section=section, hours=hours, limit=limit
        )
    if request is not None:
        add_surrogate_keys(request, MOST_READ, *(story_key(story.pk) for story in stories))
    return {"stories": stories, "section": section, "request": request}

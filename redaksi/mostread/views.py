from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Site

from redaksi.core.converters import ROWID_MAX
from redaksi.core.surrogate import MOST_READ, add_surrogate_keys, section_key, story_key
from redaksi.newsroom import api as newsroom

from . import api
from .counting import count_read, flush_if_due
from .visitors import set_visitor_cookie

RANGES = {"24j": api.DAY, "7d": api.WEEK}
"""?rentang= values: 24 jam (the default) and 7 hari."""

PAGE_LIMIT = 20


@csrf_exempt  # cached pages carry no CSRF token; the beacon changes nothing but a counter
@never_cache
@require_POST
def beacon(request: HttpRequest, article_id: str) -> HttpResponse:
    """Count a read of the story: the article page's inline script calls this once per view.

    An empty 204, whether or not the read counted, so the answer tells a script
    nothing about stories or readers; only an id no database row can have is a 404.
    """
    if not (article_id.isascii() and article_id.isdigit()) or int(article_id[:20]) > ROWID_MAX:
        raise Http404(_("Story not found"))
    outcome = count_read(request, int(article_id))
    response = HttpResponse(status=204)
    if outcome.new_cookie:
        set_visitor_cookie(response, outcome.new_cookie, secure=request.is_secure())
    # Whoever comes first after the flush interval writes the buffer down.
    flush_if_due()
    return response


def most_read_page(request: HttpRequest) -> HttpResponse:
    """/populer: the most read stories of the last 24 hours or 7 days, site-wide or per section."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("Site not found"))
    range_key = request.GET.get("rentang", "24j")
    if range_key not in RANGES:
        range_key = "24j"
    section = None
    if slug := request.GET.get("kanal", "").strip():
        section = newsroom.find_section(site, slug)
        if section is None:
            raise Http404(_("Section not found"))
    stories = api.most_read(
        site_root=site.root_page, section=section, hours=RANGES[range_key], limit=PAGE_LIMIT
    )
    add_surrogate_keys(request, MOST_READ, *(story_key(story.pk) for story in stories))
    if section is not None:
        add_surrogate_keys(request, section_key(section.pk))
    return render(
        request,
        "mostread/most_read_page.html",
        {
            "stories": stories,
            "sections": newsroom.site_sections(site),
            "section": section,
            "range_key": range_key,
            "reads_enabled": settings.REDAKSI_READS_ENABLED,
        },
    )

"""The canonical story address, /{kanal}/read/{id}/{slug}.

Wagtail routes by tree path; portals address a story by its number so the slug
can change without breaking links. This view finds the story by id and serves
it through Wagtail's own hooks (privacy, before_serve_page) like any page;
ArticlePage.serve sends readers from an old slug or section to the current
address.
"""

import time

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404
from wagtail import hooks
from wagtail.models import Site

from .models import ArticlePage

SITE_SECONDS = 60
_SITES_VERSION = "redaksi:sites-version"


def forget_sites(**_signal_arguments) -> None:
    """A site was added, changed or removed: look every host up afresh."""
    cache.set(_SITES_VERSION, time.time_ns(), None)


def site_for_request(request: HttpRequest) -> Site | None:
    """Wagtail's site for the request's host, kept for a minute per host.

    Wagtail finds it with the costliest query of a story page, on every request;
    sites change rarely, and a change here starts afresh at once (``forget_sites``).
    Like Wagtail, the answer is kept on the request for everything else that asks.
    """
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"redaksi:site-for:{cache.get(_SITES_VERSION, 0)}:{hostname}:{request.get_port()}"
    found = cache.get(key)
    if found is None:
        found = (Site.find_for_request(request),)
        cache.set(key, found, SITE_SECONDS)
    request._wagtail_site = found[0]
    return found[0]


def article(request: HttpRequest, section: str, article_id: int, slug: str = "") -> HttpResponse:
    story = get_object_or_404(
        ArticlePage.objects.live()
        .select_related("lead_image", "publication")
        # Tags show four times (tags list, structured data, OpenGraph, related stories).
        .prefetch_related("tags"),
        pk=article_id,
    )
    site = site_for_request(request)
    if site is None or not story.url_path.startswith(site.root_page.url_path):
        raise Http404("story belongs to another site")
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(story, request, (), {})
        if result:
            return result
    return story.serve(request)

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
from taggit.models import Tag
from wagtail import hooks
from wagtail.models import Page, Site

from redaksi.core.listings import cached

from .models import ArticleAuthor, ArticlePage, AuthorPage, Correction

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


def _reader_story(article_id: int) -> ArticlePage:
    """The live story with what its page shows, read in as few and as small queries as possible.

    Tags show four times (tags list, structured data, OpenGraph, related stories),
    bylines and corrections twice (the page and its structured data). They are read
    with plain queries: Django's prefetching builds a costlier query for the same rows.
    The section and the bylines' author pages are few and shared by many stories, so
    they are kept under the list generation, which any publish, move or deletion of a
    page replaces (``redaksi.core.listings``).
    """
    story = get_object_or_404(
        ArticlePage.objects.live().select_related("lead_image", "publication"), pk=article_id
    )
    story._prefetched_objects_cache = {
        "tags": Tag.objects.filter(newsroom_articletag_items__content_object_id=story.pk),
        "corrections": Correction.objects.filter(article_id=story.pk),
    }
    for rows in story._prefetched_objects_cache.values():
        rows._fetch_all()
    author_ids = ArticleAuthor.objects.filter(article_id=story.pk).values_list(
        "author_id", flat=True
    )
    story.__dict__["authors"] = [
        cached(f"author-page:{pk}", lambda pk=pk: AuthorPage.objects.get(pk=pk))
        for pk in author_ids
    ]
    # Treebeard's get_parent reads the parent from this attribute, as Wagtail's own code does.
    section_path = story.path[: -ArticlePage.steplen]
    story._cached_parent_obj = cached(
        f"page-at:{section_path}", lambda: Page.objects.get(path=section_path)
    )
    return story


def article(request: HttpRequest, section: str, article_id: int, slug: str = "") -> HttpResponse:
    story = _reader_story(article_id)
    site = site_for_request(request)
    if site is None or not story.url_path.startswith(site.root_page.url_path):
        raise Http404("story belongs to another site")
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(story, request, (), {})
        if result:
            return result
    return story.serve(request)

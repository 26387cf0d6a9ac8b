"""The canonical story address, /{kanal}/read/{id}/{slug}.

Wagtail routes by tree path; portals address a story by its number so the slug
can change without breaking links. This view finds the story by id and serves
it through Wagtail's own hooks (privacy, before_serve_page) like any page;
ArticlePage.serve sends readers from an old slug or section to the current
address.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from taggit.models import Tag
from wagtail import hooks
from wagtail.models import Page

from redaksi.core.converters import ROWID_MAX
from redaksi.core.listings import cached
from redaksi.core.site import site_for_request

from .models import ArticleAuthor, ArticlePage, AuthorPage, Correction


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
    # A story subtype (a fact-check) is served as itself, with its own fields and template;
    # the content type comes from the process's ContentType cache, so plain stories pay nothing.
    subtype = story.specific_class
    if subtype is not None and subtype is not ArticlePage:
        story = get_object_or_404(
            subtype.objects.live().select_related("lead_image", "publication"), pk=article_id
        )
    story._prefetched_objects_cache = {
        "tags": Tag.objects.filter(newsroom_articletag_items__content_object_id=story.pk),
        "corrections": Correction.objects.filter(article_id=story.pk),
    }
    for rows in story._prefetched_objects_cache.values():
        rows._fetch_all()
    # In byline order; the row order breaks a tie, as when a byline was written without one.
    author_ids = (
        ArticleAuthor.objects.filter(article_id=story.pk)
        .order_by("sort_order", "pk")
        .values_list("author_id", flat=True)
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
    if int(article_id) > ROWID_MAX:  # the short address's pattern takes any 19 digits
        raise Http404("no such story")
    story = _reader_story(int(article_id))
    site = site_for_request(request)
    if site is None or not story.url_path.startswith(site.root_page.url_path):
        raise Http404("story belongs to another site")
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(story, request, (), {})
        if result:
            return result
    return story.serve(request)

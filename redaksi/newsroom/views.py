"""The canonical story address, /{kanal}/read/{id}/{slug}.

Wagtail routes by tree path; portals address a story by its number so the slug
can change without breaking links. This view finds the story by id and serves
it through Wagtail's own hooks (privacy, before_serve_page) like any page;
ArticlePage.serve sends readers from an old slug or section to the current
address.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail import hooks
from wagtail.models import Site

from .models import ArticlePage


def article(request: HttpRequest, section: str, article_id: int, slug: str = "") -> HttpResponse:
    story = get_object_or_404(
        ArticlePage.objects.live().select_related("lead_image", "publication"), pk=article_id
    )
    site = Site.find_for_request(request)
    if site is None or not story.url_path.startswith(site.root_page.url_path):
        raise Http404("story belongs to another site")
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(story, request, (), {})
        if result:
            return result
    return story.serve(request)

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Site

from redaksi.core.pagination import paginate
from redaksi.newsroom import api as newsroom


def tag(request: HttpRequest, slug: str) -> HttpResponse:
    label = Tag.objects.filter(slug=slug).values_list("name", flat=True).first()
    site = Site.find_for_request(request)
    if label is None or site is None:
        raise Http404(_("Tag not found"))
    stories = newsroom.articles_tagged(slug, site_root=site.root_page)
    return render(
        request,
        "portal/tag_page.html",
        {"tag_name": label, "tag_slug": slug, "articles": paginate(request, stories)},
    )

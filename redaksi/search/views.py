"""/search: the results page readers reach from the search box in the site header."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.safestring import SafeString
from wagtail.models import Site

from redaksi.core.pagination import paginate
from redaksi.core.site import site_zone
from redaksi.core.surrogate import LATEST, add_surrogate_keys
from redaksi.newsroom import api as newsroom

from .forms import SearchForm
from .query import find_articles, local_day_bounds, parse_terms
from .snippets import highlight, snippet, story_text

RESULTS_PER_PAGE = 20


@dataclass
class Result:
    article: object
    headline: SafeString
    snippet: SafeString
    section: object | None


def search(request: HttpRequest) -> TemplateResponse:
    site = Site.find_for_request(request)
    site_root = site.root_page if site else None
    sections = newsroom.site_sections(site) if site else []
    form = SearchForm(request.GET, sections=sections)
    # Results change whenever a story is published, like any listing of stories.
    add_surrogate_keys(request, LATEST)
    context = {"form": form, "query": "", "results": None, "page_obj": None}
    status = 200
    if not form.is_valid():
        status = 400
    elif terms := parse_terms(form.cleaned_data["q"]):
        lower, upper = local_day_bounds(
            form.cleaned_data["dari"], form.cleaned_data["sampai"], site_zone(request)
        )
        hits = find_articles(
            terms,
            site_root=site_root,
            section=form.section,
            published_from=lower,
            published_until=upper,
        )
        page_obj = paginate(request, hits, per_page=RESULTS_PER_PAGE)
        shown = [hit.article_id for hit in page_obj]
        # find_articles already kept to this site, its filters and live stories; live
        # is asked again for a story withdrawn in between.
        by_id = newsroom.search_result_articles(shown)
        # A story's section is the ancestor whose tree path starts its own.
        section_of = {section.path: section for section in sections}
        prefix = len(sections[0].path) if sections else 0
        context.update(
            query=form.cleaned_data["q"],
            page_obj=page_obj,
            more_than_shown=len(hits) >= settings.REDAKSI_SEARCH_CANDIDATES,
            results=[
                Result(
                    article=by_id[pk],
                    headline=highlight(by_id[pk].title, terms),
                    snippet=snippet(story_text(by_id[pk].lede, by_id[pk].body_source), terms),
                    section=section_of.get(by_id[pk].path[:prefix]),
                )
                for pk in shown
                if pk in by_id
            ],
            extra_query=urlencode(
                [(key, value) for key, value in request.GET.items() if key != "page" and value]
            ),
        )
    response = TemplateResponse(request, "search/search.html", context, status=status)
    patch_cache_control(response, public=True, max_age=settings.REDAKSI_SEARCH_MAX_AGE)
    return response

"""sitemap.xml, its files, the Google News sitemap and robots.txt.

Every address they print is absolute, on the host the crawler asked for, and
every time carries the site's offset ("2020-10-06T16:07:00+07:00").
"""

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

from redaksi.core import dates
from redaksi.core.site import publisher_name, site_zone
from redaksi.core.surrogate import LATEST

from . import sitemaps
from .caching import ROBOTS_MAX_AGE, finish

XML = "application/xml; charset=utf-8"

# Crawlers stay out of the admin (previews live there too), search result pages,
# which are thin and endless, and the read-counting beacon.
ROBOTS_DISALLOW = ("/admin/", "/search", "/cari", "/_baca/")


def _xml(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    response = HttpResponse(render_to_string(template, context, request), content_type=XML)
    # Sitemaps are for crawlers, not search results.
    response.headers["X-Robots-Tag"] = "noindex"
    return finish(response, request, (LATEST,))


def _absolute(request: HttpRequest, name: str, **kwargs) -> str:
    return request.build_absolute_uri(reverse(name, kwargs=kwargs or None))


def sitemap_index(request: HttpRequest) -> HttpResponse:
    site = sitemaps.request_site(request)
    zone = site_zone(request)
    entries = [
        sitemaps.SitemapUrl(
            _absolute(request, "feeds:sitemap_pages"),
            dates.iso_datetime(sitemaps.pages_lastmod(request), zone),
        ),
        sitemaps.SitemapUrl(
            _absolute(request, "feeds:sitemap_news"),
            dates.iso_datetime(sitemaps.news_lastmod(site), zone),
        ),
    ]
    for month in sitemaps.story_months(site, zone):
        location = _absolute(
            request, "feeds:sitemap_stories", year=f"{month.year:04d}", month=f"{month.month:02d}"
        )
        lastmod = dates.iso_datetime(month.lastmod, zone)
        entries.append(sitemaps.SitemapUrl(location, lastmod))
        entries += [
            sitemaps.SitemapUrl(f"{location}?p={number}", lastmod)
            for number in range(2, month.files + 1)
        ]
    return _xml(request, "feeds/sitemap_index.xml", {"sitemaps": entries})


def sitemap_pages(request: HttpRequest) -> HttpResponse:
    sitemaps.request_site(request)
    urls = sitemaps.page_urls(request, site_zone(request))
    return _xml(request, "feeds/sitemap.xml", {"urls": urls})


def sitemap_stories(request: HttpRequest, year: str, month: str) -> HttpResponse:
    site = sitemaps.request_site(request)
    urls = sitemaps.story_urls(
        request, site, site_zone(request), int(year), int(month), request.GET.get("p", 1)
    )
    return _xml(request, "feeds/sitemap.xml", {"urls": urls})


def sitemap_news(request: HttpRequest) -> HttpResponse:
    site = sitemaps.request_site(request)
    urls = sitemaps.news_urls(request, site, site_zone(request))
    context = {"urls": urls, "publisher": publisher_name(request)}
    return _xml(request, "feeds/sitemap_news.xml", context)


def robots_txt(request: HttpRequest) -> HttpResponse:
    context = {
        "disallow": ROBOTS_DISALLOW,
        "sitemaps": [
            _absolute(request, "feeds:sitemap_index"),
            _absolute(request, "feeds:sitemap_news"),
        ],
    }
    body = render_to_string("feeds/robots.txt", context, request)
    response = HttpResponse(body, content_type="text/plain; charset=utf-8")
    return finish(response, request, (), max_age=ROBOTS_MAX_AGE)

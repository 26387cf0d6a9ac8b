"""sitemap.xml and its files, the Google News sitemap, and what they list.

The index points at one file of ordinary pages (home, sections, author
profiles with stories, anything else editors publish) and at one file per
month of stories. A month holds at most REDAKSI_SITEMAP_STORIES_PER_FILE
stories per file (``?p=2`` and on beyond that), so an archive of any size is
never read into memory at once, and a past month's file only changes when one
of its stories does. Only live pages without view restrictions are listed.

The news sitemap lists the stories first published in the last two days,
newest first, at most REDAKSI_NEWS_SITEMAP_ITEMS, as Google News asks.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Max, QuerySet
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from redaksi.core import dates
from redaksi.newsroom import api as newsroom

NEWS_WINDOW = timedelta(days=2)
PER_FILE_DEFAULT = 10_000
NEWS_ITEMS_DEFAULT = 1000


@dataclass(frozen=True)
class SitemapUrl:
    location: str
    lastmod: str = ""


@dataclass(frozen=True)
class NewsUrl:
    location: str
    title: str
    published: str
    lastmod: str


def request_site(request: HttpRequest) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("This address does not belong to any site."))
    return site


def per_file() -> int:
    return getattr(settings, "REDAKSI_SITEMAP_STORIES_PER_FILE", PER_FILE_DEFAULT)


# --- Ordinary pages


class PageSitemap(Sitemap):
    """Every live, public page of the site except stories, which have their own files."""

    def items(self):
        return newsroom.sitemap_pages(self.get_wagtail_site())


def page_urls(request: HttpRequest, zone: str) -> list[SitemapUrl]:
    """Addresses on the host the crawler asked, like every other absolute link we print."""
    sitemap = PageSitemap(request)
    site = sitemap.get_wagtail_site()
    urls = []
    for page in sitemap.items():
        path = page.relative_url(site, request)
        if path:
            urls.append(
                SitemapUrl(
                    location=request.build_absolute_uri(path),
                    lastmod=dates.iso_datetime(sitemap.lastmod(page), zone),
                )
            )
    return urls


def pages_lastmod(request: HttpRequest) -> datetime | None:
    pages = PageSitemap(request).items()
    return Page.objects.filter(pk__in=pages.values("pk")).aggregate(
        newest=Max(Coalesce("last_published_at", "latest_revision_created_at"))
    )["newest"]


# --- Stories, month by month


def _modified():
    """When a story last changed for readers: its last real update, else first publication."""
    return Coalesce("publication__last_updated_at", "first_published_at")


def _stories(site: Site) -> QuerySet:
    stories = newsroom.public_only(newsroom.latest_articles(site_root=site.root_page))
    return stories.select_related(None).prefetch_related(None)


@dataclass(frozen=True)
class StoryMonth:
    year: int
    month: int
    files: int
    lastmod: datetime | None


def story_months(site: Site, zone: str) -> list[StoryMonth]:
    """Months with stories, newest first, and how many files each needs: one query."""
    rows = (
        _stories(site)
        .order_by()
        .annotate(month=TruncMonth("first_published_at", tzinfo=ZoneInfo(zone)))
        .values("month")
        .annotate(count=Count("pk"), lastmod=Max(_modified()))
        .order_by("-month")
    )
    size = per_file()
    return [
        StoryMonth(
            year=row["month"].year,
            month=row["month"].month,
            files=-(-row["count"] // size),
            lastmod=row["lastmod"],
        )
        for row in rows
    ]


def month_bounds(year: int, month: int, zone: str) -> tuple[datetime, datetime]:
    """The instants that open and close a month in ``zone``; Http404 for a month out of range."""
    try:
        first, last = date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    except ValueError as exc:
        raise Http404(_("There is no such sitemap file.")) from exc
    if not (dates.is_reachable_day(first) and dates.is_reachable_day(last)):
        raise Http404(_("There is no such sitemap file."))
    start = datetime(year, month, 1, tzinfo=ZoneInfo(zone))
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=ZoneInfo(zone))
    return start, end


def story_urls(
    request: HttpRequest, site: Site, zone: str, year: int, month: int, number: str | int
) -> list[SitemapUrl]:
    """One file of a month's stories, oldest first so each file keeps its stories.

    Raises Http404 for a month without stories or a file number past the end.
    """
    start, end = month_bounds(year, month, zone)
    stories = (
        _stories(site)
        .filter(first_published_at__gte=start, first_published_at__lt=end)
        .annotate(modified=_modified())
        .only("id", "path", "depth", "url_path", "slug", "first_published_at")
        .order_by("first_published_at", "pk")
    )
    paginator = Paginator(stories, per_file(), allow_empty_first_page=False)
    try:
        page = paginator.page(number)
    except InvalidPage as exc:
        raise Http404(_("There is no such sitemap file.")) from exc
    urls = []
    # iterator(): a file of ten thousand stories is streamed from the database.
    for story in page.object_list.iterator(chunk_size=2000):
        path = story.relative_url(site, request)
        if path:
            urls.append(
                SitemapUrl(
                    location=request.build_absolute_uri(path),
                    lastmod=dates.iso_datetime(story.modified, zone),
                )
            )
    return urls


# --- Google News


def news_stories(site: Site) -> QuerySet:
    """Stories first published in the last two days, newest first, capped for Google News."""
    limit = getattr(settings, "REDAKSI_NEWS_SITEMAP_ITEMS", NEWS_ITEMS_DEFAULT)
    since = timezone.now() - NEWS_WINDOW
    return (
        _stories(site)
        .filter(first_published_at__gte=since)
        .annotate(modified=_modified())
        .defer_streamfields()
        .order_by("-first_published_at", "-pk")[:limit]
    )


def news_urls(request: HttpRequest, site: Site, zone: str) -> list[NewsUrl]:
    urls = []
    for story in news_stories(site):
        path = story.relative_url(site, request)
        if path:
            urls.append(
                NewsUrl(
                    location=request.build_absolute_uri(path),
                    title=story.title,
                    published=dates.iso_datetime(story.first_published_at, zone),
                    lastmod=dates.iso_datetime(story.modified, zone),
                )
            )
    return urls


def news_lastmod(site: Site) -> datetime | None:
    since = timezone.now() - NEWS_WINDOW
    return (
        _stories(site)
        .filter(first_published_at__gte=since)
        .aggregate(newest=Max(_modified()))["newest"]
    )

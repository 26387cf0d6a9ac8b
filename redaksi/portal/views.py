"""Listings that are not pages in the tree: Berita Terkini, Indeks, Video and tags.

Each view records what it shows with surrogate keys, so the delivery desk can
refresh exactly the cached listings a published story changes.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from redaksi.core import surrogate
from redaksi.core.dates import format_long_date, is_reachable_day
from redaksi.core.pagination import paginate
from redaksi.core.site import site_zone
from redaksi.newsroom import api as newsroom

from .models import HomePage
from .slots import featured_videos, record_shown

PER_PAGE = 20
INDEX_PER_PAGE = 50


def _site(request: HttpRequest) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("This address does not belong to any site."))
    return site


def _home(site: Site) -> HomePage | None:
    root = site.root_page.specific
    return root if isinstance(root, HomePage) else None


def tag(request: HttpRequest, slug: str) -> HttpResponse:
    label = newsroom.tag_name(slug)
    site = _site(request)
    if label is None:
        raise Http404(_("Tag not found"))
    articles = paginate(
        request,
        newsroom.articles_tagged(slug, site_root=site.root_page),
        changes_with_publishing=True,
    )
    surrogate.add_surrogate_keys(request, surrogate.tag_key(slug))
    record_shown(request, articles)
    return render(
        request,
        "portal/tag_page.html",
        {"tag_name": label, "tag_slug": slug, "articles": articles},
    )


def latest(request: HttpRequest) -> HttpResponse:
    """Berita Terkini: every story, newest first, optionally within one section (?kanal=)."""
    site = _site(request)
    sections = newsroom.site_sections(site)
    slug = request.GET.get("kanal", "").strip()
    section = None
    if slug:
        section = next((s for s in sections if s.slug == slug), None)
        if section is None:
            # A clear answer for a mistyped or retired section, with the way back.
            return render(
                request,
                "portal/latest_page.html",
                {"sections": sections, "unknown_section": slug, "articles": None},
                status=404,
            )
    stories = (
        newsroom.latest_articles(section=section)
        if section
        else newsroom.latest_articles(site_root=site.root_page)
    )
    articles = paginate(request, stories, per_page=PER_PAGE, changes_with_publishing=True)
    surrogate.add_surrogate_keys(
        request, surrogate.LATEST, surrogate.section_key(section.pk) if section else ""
    )
    record_shown(request, articles)
    return render(
        request,
        "portal/latest_page.html",
        {
            "sections": sections,
            "section": section,
            "articles": articles,
            "extra_query": f"kanal={section.slug}" if section else "",
        },
    )


def _today(request: HttpRequest) -> date:
    return timezone.now().astimezone(ZoneInfo(site_zone(request))).date()


def index_today(request: HttpRequest) -> HttpResponse:
    """/indeks/ goes to today's index; the date picker's ?tanggal= goes to that day's."""
    picked = request.GET.get("tanggal", "").strip()
    day = _today(request)
    if picked:
        try:
            day = date.fromisoformat(picked)
        except ValueError:
            pass
    return redirect("portal:index_day", year=day.year, month=day.month, day=day.day)


def index_day(request: HttpRequest, year: int, month: int, day: int) -> HttpResponse:
    """Indeks: the stories first published on one day, that day running midnight to
    midnight in the site's zone (WIB, WITA or WIT), not in UTC."""
    try:
        wanted = date(year, month, day)
    except ValueError as exc:
        raise Http404(_("There is no such date.")) from exc
    if not is_reachable_day(wanted):
        raise Http404(_("There is no such date."))
    site = _site(request)
    zone_name = site_zone(request)
    zone = ZoneInfo(zone_name)
    start = datetime.combine(wanted, time.min, tzinfo=zone)
    end = datetime.combine(wanted + timedelta(days=1), time.min, tzinfo=zone)
    stories = newsroom.articles_published_between(start, end, site_root=site.root_page)
    articles = paginate(request, stories, per_page=INDEX_PER_PAGE, changes_with_publishing=True)
    surrogate.add_surrogate_keys(request, surrogate.day_key(wanted))
    record_shown(request, articles)
    today = _today(request)
    previous_day = wanted - timedelta(days=1)
    next_day = wanted + timedelta(days=1)
    return render(
        request,
        "portal/index_page.html",
        {
            "day": wanted,
            "day_label": format_long_date(start, zone_name),
            "is_today": wanted == today,
            "today": today,
            "articles": articles,
            "previous_url": _day_url(previous_day),
            "previous_label": format_long_date(
                datetime.combine(previous_day, time(12), tzinfo=zone), zone_name
            ),
            "next_url": _day_url(next_day) if next_day <= today else "",
            "next_label": format_long_date(
                datetime.combine(next_day, time(12), tzinfo=zone), zone_name
            ),
        },
    )


def _day_url(day: date) -> str:
    return reverse(
        "portal:index_day", kwargs={"year": day.year, "month": day.month, "day": day.day}
    )


def latest_videos(request: HttpRequest) -> HttpResponse:
    """Video Terkini: every video story, newest first."""
    site = _site(request)
    articles = paginate(
        request,
        newsroom.video_articles(site_root=site.root_page),
        PER_PAGE,
        changes_with_publishing=True,
    )
    surrogate.add_surrogate_keys(request, surrogate.VIDEO)
    record_shown(request, articles)
    return render(
        request,
        "portal/video_page.html",
        {"articles": articles, "heading": _("Latest Videos"), "featured": False},
    )


def featured_video_list(request: HttpRequest) -> HttpResponse:
    """Video Pilihan: the editors' picks, topped up with the newest videos."""
    site = _site(request)
    home = _home(site)
    stories = featured_videos(home, size=PER_PAGE) if home else []
    surrogate.add_surrogate_keys(request, surrogate.VIDEO)
    record_shown(request, stories)
    return render(
        request,
        "portal/video_page.html",
        {"articles": stories, "heading": _("Featured Videos"), "featured": True},
    )

"""What other desks may ask the most-read desk: the Populer ranking.

Rankings add up the stored hourly rows and the reads still waiting in the
buffer, so a read shows up at once rather than after the next flush. The
stored part is cached until the next flush or the next hour, whichever comes
first; the buffered part is small and read fresh.
"""

import hashlib
from collections import Counter
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page

from redaksi.core.listings import cached
from redaksi.newsroom import api as newsroom

from .buffer import get_buffer
from .counting import GENERATION_KEY, flush_reads, hour_start, record_reads
from .models import HourlyReads

__all__ = ["DAY", "WEEK", "flush_reads", "most_read", "record_reads"]

DAY = 24
WEEK = 7 * 24
RANKING_CACHE_SECONDS = 600


def _window_start(now: datetime, hours: int) -> datetime:
    """The first hour of the last ``hours`` hours, the current (unfinished) hour included."""
    return hour_start(now) - timedelta(hours=hours - 1)


def _stored_ranking(since: datetime, section_id: int | None, top: int) -> list[tuple[int, int]]:
    """The ``top`` (article id, reads) pairs stored since ``since``, most read first."""
    generation = cache.get(GENERATION_KEY, "0")
    key = f"mostread:rank:{generation}:{int(since.timestamp())}:{section_id or 0}:{top}"
    ranking = cache.get(key)
    if ranking is None:
        rows = HourlyReads.objects.filter(hour__gte=since)
        if section_id is not None:
            rows = rows.filter(section_id=section_id)
        ranking = [
            (article_id, total)
            for article_id, total in rows.values("article_id")
            .annotate(total=Sum("reads"))
            .order_by("-total", "-article_id")
            .values_list("article_id", "total")[:top]
        ]
        cache.set(key, ranking, RANKING_CACHE_SECONDS)
    return ranking


def _stored_reads_of(since: datetime, article_ids: list[int]) -> dict[int, int]:
    rows = HourlyReads.objects.filter(hour__gte=since, article_id__in=article_ids)
    return dict(
        rows.values("article_id").annotate(total=Sum("reads")).values_list("article_id", "total")
    )


def _live_stories(ids: list[int], within: Page | None) -> list[newsroom.ArticlePage]:
    """The live stories among ``ids``, kept while no page is published, moved or taken down.

    The candidates change only when the ranking does, and whether they are live only
    with a publish, which starts a new list generation; so most Populer boxes read
    their stories from the cache instead of the archive.
    """
    digest = hashlib.md5(repr(sorted(ids)).encode(), usedforsecurity=False).hexdigest()
    name = f"mostread:live:{within.pk if within is not None else 0}:{digest}"
    return cached(name, lambda: newsroom.live_articles(ids, site_root=within))


def most_read(
    *,
    site_root: Page | None = None,
    section: Page | None = None,
    hours: int = DAY,
    limit: int = 10,
    now: datetime | None = None,
) -> list[newsroom.ArticlePage]:
    """The live stories read most in the last ``hours`` hours, most read first.

    Each story carries ``read_count``: the reads counted in that window. Stories
    with the same count are ordered newest first. ``section`` narrows the
    ranking to one section, ``site_root`` to one site. Stories nobody read in
    the window are not listed, so the list may be shorter than ``limit``.
    """
    if hours < 1 or limit < 1:
        raise ValueError("hours and limit must be at least 1")
    since = _window_start(now or timezone.now(), hours)
    pending: Counter = Counter()
    for (hour, article_id), reads in get_buffer().pending().items():
        if hour >= since:
            pending[article_id] += reads
    within = section if section is not None else site_root
    top = limit * 2 + 10
    while True:
        ranked = _stored_ranking(since, section.pk if section is not None else None, top)
        complete = len(ranked) < top
        totals = Counter(dict(ranked))
        unranked = [article_id for article_id in pending if article_id not in totals]
        if unranked:
            totals.update(_stored_reads_of(since, unranked))
        totals.update(pending)
        stories = _live_stories(list(totals), within)
        for story in stories:
            story.read_count = totals[story.pk]
        stories.sort(key=lambda s: (-s.read_count, -s.first_published_at.timestamp(), -s.pk))
        chosen = stories[:limit]
        # A story beyond the stored top could outrank one that got in only through the buffer.
        floor = ranked[-1][1] if ranked else 0
        if complete or (len(chosen) == limit and chosen[-1].read_count > floor):
            return chosen
        top *= 4

"""A morning's worth of readers for the demo newsroom, so Populer is not empty at first sight.

A real portal's Populer fills as readers come; a fresh demo has had none. A few
stories get a handful of reads in the last hours, through the most-read desk's
own API, in the same hourly rows real reads end up in. The numbers stay small,
so a few real visits (yours, or the browser tests') still move the ranking.
"""

from collections import Counter
from datetime import datetime, timedelta

from redaksi.mostread import api as mostread
from redaksi.newsroom import api

# How many stories get reads, and how many the most read of them gets.
READ_STORIES = 5


def ensure_demo_reads(articles: dict[str, api.ArticlePage], now: datetime) -> int:
    """Give the demo's most recent stories a few reads each; returns the reads written."""
    published = sorted(
        (story for story in articles.values() if story.live and story.first_published_at),
        key=lambda story: (story.first_published_at, story.pk),
        reverse=True,
    )
    # Not simply the newest first: Populer should not look like a copy of Berita Terkini.
    chosen = published[1 : READ_STORIES * 2 : 2]
    counts: Counter = Counter()
    for rank, story in enumerate(chosen):
        for reader in range(READ_STORIES - rank):
            hour = max(now - timedelta(hours=1 + reader), story.first_published_at)
            counts[hour, story.pk] += 1
    return mostread.record_reads(counts) if counts else 0

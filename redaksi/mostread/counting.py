"""Counting reads: the beacon's cheap part, and the flush that writes them down.

The beacon request decides whether a read counts (a reader's browser on one of
our pages, not a crawler or the newsroom; a live story; the first time this
hour for this reader; within the budget of the reader's address) and adds it
to the buffer. Nothing touches the database per read except a cached check
that the story is live. :func:`flush_reads` writes the buffered counts in one
upsert per batch; :func:`flush_if_due` lets whoever comes first after the flush
interval (a beacon, the scheduler loop) do it.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from redaksi.newsroom import api as newsroom

from .buffer import Counts, get_buffer
from .models import HourlyReads
from .visitors import (
    address_key,
    cookie_key,
    identify,
    is_crawler,
    is_newsroom_user,
    is_prefetch,
    is_same_origin,
)

logger = logging.getLogger(__name__)

# A sighting outlives its hour a little: processes' clocks are never quite equal.
SIGHTING_SECONDS = 3600 + 300
LIVE_CACHE_SECONDS = 300
GENERATION_KEY = "mostread:generation"


def hour_start(moment: datetime) -> datetime:
    """The UTC hour ``moment`` falls in; reads are counted and stored per such hour."""
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _live_key(article_id: int) -> str:
    return f"mostread:live:{article_id}"


def is_countable_story(article_id: int) -> bool:
    """Whether ``article_id`` is a live story; a live one is remembered for a few minutes.

    Publishing and unpublishing forget the answer at once (see apps.py), so only
    a deleted story can be counted for a few minutes more; the flush skips it.
    Only live stories are remembered: the cache holds at most one entry per story
    we have, so beacons to thousands of made-up ids cannot push the page cache out.
    """
    key = _live_key(article_id)
    if cache.get(key):
        return True
    if not newsroom.is_live_article(article_id):
        return False
    cache.set(key, 1, LIVE_CACHE_SECONDS)
    return True


def forget_story(article_id: int) -> None:
    cache.delete(_live_key(article_id))


@dataclass(frozen=True)
class ReadOutcome:
    counted: bool
    new_cookie: str | None = None
    """A visitor token the response should set as a cookie."""


NOT_COUNTED = ReadOutcome(counted=False)


def count_read(
    request: HttpRequest, article_id: int, *, now: datetime | None = None
) -> ReadOutcome:
    """Count one read of story ``article_id`` by whoever sent ``request``, if it is one."""
    if not settings.REDAKSI_READS_ENABLED:
        return NOT_COUNTED
    if not is_same_origin(request):
        return NOT_COUNTED
    if is_crawler(request.headers.get("User-Agent", "")) or is_prefetch(request):
        return NOT_COUNTED
    if is_newsroom_user(getattr(request, "user", None)):
        return NOT_COUNTED
    if not is_countable_story(article_id):
        return NOT_COUNTED
    now = now or timezone.now()
    hour = int(hour_start(now).timestamp())
    visitor = identify(request, now)
    buffer = get_buffer()
    prefix = f"{hour}:{article_id}:"
    if not buffer.first_sighting(prefix + visitor.key, SIGHTING_SECONDS):
        return NOT_COUNTED
    # Each new reader of a story spends from their address's budget, whether they came with
    # a cookie or not: rotating browser names or replaying freshly minted cookies from one
    # address buys at most the budget.
    budget = settings.REDAKSI_MOST_READ_ADDRESS_BUDGET
    address = address_key(request, now)
    if not buffer.spend(f"{prefix}{address}", budget, SIGHTING_SECONDS):
        return NOT_COUNTED
    new_cookie = None
    if visitor.new_cookie and buffer.spend(f"{hour}:mint:{address}", budget, SIGHTING_SECONDS):
        new_cookie = visitor.new_cookie
        # They come back with the cookie; this hour's read of this story is already theirs.
        buffer.first_sighting(prefix + cookie_key(new_cookie), SIGHTING_SECONDS)
    buffer.add(hour_start(now), article_id)
    return ReadOutcome(counted=True, new_cookie=new_cookie)


def _upsert(counts: Counts) -> int:
    """Add ``counts`` to the hourly rows in one statement per batch; returns reads written."""
    sections = newsroom.article_sections({article_id for _, article_id in counts})
    # Stories deleted since they were read have nowhere to go.
    rows = [
        (article_id, hour, sections[article_id], reads)
        for (hour, article_id), reads in counts.items()
        if article_id in sections and reads > 0
    ]
    if not rows:
        return 0
    qn = connection.ops.quote_name
    table = qn(HourlyReads._meta.db_table)
    article, hour, section, reads = (qn(c) for c in ("article_id", "hour", "section_id", "reads"))
    # SQLite and PostgreSQL share this upsert; adding in SQL keeps concurrent flushes exact.
    sql = (
        f"INSERT INTO {table} ({article}, {hour}, {section}, {reads}) VALUES (%s, %s, %s, %s) "
        f"ON CONFLICT ({article}, {hour}) DO UPDATE SET "
        f"{reads} = {table}.{reads} + excluded.{reads}, {section} = excluded.{section}"
    )
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(a, adapt(h), s, n) for a, h, s, n in rows])
    return sum(row[3] for row in rows)


def prune_old_reads(now: datetime | None = None) -> int:
    """Delete hours older than REDAKSI_MOST_READ_KEEP_DAYS; returns rows deleted."""
    cutoff = hour_start(now or timezone.now()) - timedelta(
        days=settings.REDAKSI_MOST_READ_KEEP_DAYS
    )
    deleted, _ = HourlyReads.objects.filter(hour__lt=cutoff).delete()
    return deleted


def flush_reads(*, now: datetime | None = None) -> int:
    """Move every buffered read into the database; returns how many reads were written.

    Call it outside a transaction: the buffer forgets the batch once the write
    has committed, and puts it back if the write fails.
    """
    buffer = get_buffer()
    batch = buffer.take()
    try:
        with transaction.atomic():
            written = _upsert(batch.counts) if batch.counts else 0
            prune_old_reads(now)
    except Exception:
        buffer.restore(batch)
        raise
    buffer.done(batch)
    _rankings_moved(written)
    return written


def record_reads(counts: Counts) -> int:
    """Write reads counted elsewhere (past figures, the demo newsroom) straight to the hours.

    ``counts`` maps (hour, story id) to reads; hours are rounded down to the hour.
    Returns how many reads were written; stories that no longer exist are skipped.
    """
    exact: Counts = Counts()
    for (hour, article_id), reads in counts.items():
        exact[hour_start(hour), article_id] += reads
    with transaction.atomic():
        written = _upsert(exact)
    _rankings_moved(written)
    return written


def _rankings_moved(written: int) -> None:
    """Populer rankings kept under the old generation are read afresh after new reads."""
    if written:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def flush_if_due() -> int:
    """Flush when REDAKSI_MOST_READ_FLUSH_SECONDS have passed since the last flush anywhere."""
    interval = settings.REDAKSI_MOST_READ_FLUSH_SECONDS
    if interval <= 0 or not get_buffer().claim_flush(interval):
        return 0
    try:
        return flush_reads()
    except Exception:  # the reads are back in the buffer; the next flush tries again
        logger.exception(_("Writing buffered reads failed; retrying at the next flush"))
        return 0

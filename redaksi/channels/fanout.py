"""From a published story to one delivery row per (story, follower, channel).

The newsroom sends ``article_published`` after its publishing transaction has
committed, so the rows cannot share that transaction. The story's snapshot
(``StoryMessage``) is written straight after it, then the rows, a chunk of
followers per transaction so that the first messages leave within a second even
for a large audience; the snapshot is marked complete at the end. If the process
dies in between, the scheduler loop's sweep (``fan_out_missed``) finds the live
story without a snapshot, or with an unfinished one, and fans it out then. Either
way every row is written once: the idempotency key (story, follower, channel) is
unique.
"""

from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from redaksi.newsroom import api as newsroom

from .models import TELEGRAM, WEBSUB, Delivery, Follower, StoryMessage

# Followers per transaction: the first messages go out while the later chunks are written.
_CHUNK = 5000
# A fan-out still unfinished after this long has stopped; the sweep finishes it.
_UNFINISHED = timedelta(minutes=5)


def delivery_key(story_id: int, follower_id: int, channel: str) -> str:
    return f"{story_id}:{follower_id}:{channel}"


def snapshot(article) -> StoryMessage:
    """The story as followers will get it (unsaved): headline, lede, link, section, tags."""
    section = article.get_parent()
    tags = sorted(tag.slug for tag in article.tags.all())
    topics = [f"section:{section.slug}"] + [f"tag:{slug}" for slug in tags]
    return StoryMessage(
        story_id=article.pk,
        headline=article.title,
        lede=article.lede or "",
        url=article.full_url or "",
        section=section.title,
        topics=" ".join(topics),
        breaking=bool(set(tags) & set(settings.REDAKSI_CHANNELS_BREAKING_TAGS)),
        published_at=article.first_published_at or timezone.now(),
    )


def wants(follower_scope: str, follower_topics: set[str], story: StoryMessage) -> bool:
    if follower_scope == Follower.Scope.ALL:
        return True
    if follower_scope == Follower.Scope.DIGEST:
        return False  # digests are queued once a day, not per story
    if follower_scope == Follower.Scope.BREAKING:
        return story.breaking
    return bool(follower_topics & set(story.topics.split()))


def _ensure_own_channels() -> None:
    """The newsroom's Telegram channel and WebSub hub follow everything once configured."""
    for channel, address, name in (
        (TELEGRAM, settings.TELEGRAM_CHANNEL, "Telegram channel"),
        (WEBSUB, settings.REDAKSI_WEBSUB_HUB, "WebSub hub"),
    ):
        if address:
            Follower.objects.get_or_create(
                channel=channel, address=address, defaults={"name": name, "scope": "all"}
            )


def _next_bound(after: int) -> int | None:
    """The id that ends the chunk of active followers starting after ``after``."""
    ids = Follower.objects.filter(active=True, pk__gt=after).order_by("pk")
    last = ids.values_list("pk", flat=True)[_CHUNK - 1 : _CHUNK].first()
    return last if last is not None else ids.values_list("pk", flat=True).last()


def _insert_everyone(story: StoryMessage, after: int, upto: int, now: datetime) -> int:
    """One row per follower of all news (and, for a breaking story, of breaking news) in the
    chunk, written by the database itself: no row passes through Python."""
    delivery, follower = Delivery._meta, Follower._meta
    column = {f.name: f.column for f in delivery.concrete_fields}
    scopes = [Follower.Scope.ALL] + ([Follower.Scope.BREAKING] if story.breaking else [])
    stamp = connection.ops.adapt_datetimefield_value(now)
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(delivery.db_table)} ("
        + ", ".join(
            quote(column[name])
            for name in (
                "story",
                "follower",
                "channel",
                "idempotency_key",
                "status",
                "attempts",
                "next_attempt_at",
                "claimed_by",
                "last_error",
                "provider_message_id",
                "created_at",
            )
        )
        + f") SELECT %s, f.id, f.channel, %s || f.id || ':' || f.channel, %s, 0, %s, '', '', '', %s"
        f" FROM {quote(follower.db_table)} f"
        f" WHERE f.active AND f.id > %s AND f.id <= %s"
        f" AND f.scope IN ({', '.join(['%s'] * len(scopes))})"
        f" ON CONFLICT DO NOTHING"
    )
    params = [story.pk, f"{story.pk}:", Delivery.Status.PENDING, stamp, stamp, after, upto]
    with connection.cursor() as cursor:
        cursor.execute(sql, params + [str(scope) for scope in scopes])
        return max(cursor.rowcount, 0)


def _add_topic_followers(story: StoryMessage, after: int, upto: int, now: datetime) -> int:
    """Followers of chosen sections and tags: matched here, they are few."""
    followers = Follower.objects.filter(
        active=True, scope=Follower.Scope.TOPICS, pk__gt=after, pk__lte=upto
    ).values_list("pk", "channel", "topics")
    have = set(
        Delivery.objects.filter(
            story=story, follower_id__gt=after, follower_id__lte=upto
        ).values_list("follower_id", flat=True)
    )
    rows = [
        Delivery(
            story=story,
            follower_id=pk,
            channel=channel,
            idempotency_key=delivery_key(story.pk, pk, channel),
            next_attempt_at=now,
        )
        for pk, channel, topics in followers
        if pk not in have and wants(Follower.Scope.TOPICS, set(topics.split()), story)
    ]
    return len(Delivery.objects.bulk_create(rows, ignore_conflicts=True))


def fan_out(article, *, resend: bool = False, on_chunk: Callable[[], None] | None = None) -> int:
    """Write the story's snapshot and its deliveries; returns how many rows were added.

    Rows are written and committed a chunk of followers at a time, so senders start on
    the first chunk while the rest is written (``on_chunk`` is called after each). The
    snapshot is marked complete at the end; a fan-out cut short is finished by the
    scheduler's sweep. Run again it adds rows only for followers who have none yet for
    this story; with ``resend`` (the editor's button) failed and dead ones go back in
    the queue too.
    """
    _ensure_own_channels()
    fresh = snapshot(article)
    now = timezone.now()
    story, _created = StoryMessage.objects.get_or_create(
        story_id=fresh.story_id,
        defaults={
            field.name: getattr(fresh, field.name)
            for field in StoryMessage._meta.concrete_fields
            if field.name not in ("story_id", "fanned_out_at", "complete")
        },
    )
    added, after = 0, 0
    while (upto := _next_bound(after)) is not None:
        with transaction.atomic():
            added += _insert_everyone(story, after, upto, now)
            added += _add_topic_followers(story, after, upto, now)
        if on_chunk is not None:
            on_chunk()
        after = upto
    if resend:
        Delivery.objects.filter(
            story=story, status__in=[Delivery.Status.FAILED, Delivery.Status.DEAD]
        ).update(status=Delivery.Status.PENDING, attempts=0, next_attempt_at=now, last_error="")
    if not story.complete:
        StoryMessage.objects.filter(pk=story.pk).update(complete=True)
    return added


def fan_out_missed(now: datetime | None = None, hours: int = 6) -> int:
    """Fan out live stories first published in the last ``hours`` that have no snapshot yet,
    and finish fan-outs that stopped half-way (the process died) a while ago."""
    now = now or timezone.now()
    recent = newsroom.articles_published_between(now - timedelta(hours=hours), now)
    ids = list(recent.values_list("pk", flat=True))
    done = set(
        StoryMessage.objects.filter(story_id__in=ids)
        .exclude(complete=False, fanned_out_at__lt=now - _UNFINISHED)
        .values_list("story_id", flat=True)
    )
    missed = [pk for pk in ids if pk not in done]
    for article in newsroom.live_articles(missed):
        fan_out(article)
    return len(missed)

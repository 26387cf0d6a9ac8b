"""From a published story to one delivery row per (story, follower, channel).

The newsroom sends ``article_published`` after its publishing transaction has
committed, so the rows cannot share that transaction. They are written in one
transaction of their own straight after it, with the story's snapshot
(``StoryMessage``) that marks the story as fanned out; if the process dies in
between, the scheduler loop's sweep (``fan_out_missed``) finds the live story
without a snapshot and fans it out then. Either way every row is written once:
the idempotency key (story, follower, channel) is unique.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from redaksi.newsroom import api as newsroom

from .models import TELEGRAM, WEBSUB, Delivery, Follower, StoryMessage

_BATCH = 2000


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


def fan_out(article) -> int:
    """Write the story's snapshot and its deliveries; returns how many rows were added.

    Run again (a resend, ``redaksi channels send``) it adds rows only for followers
    who have none yet for this story, and puts failed and dead ones back in the queue.
    """
    _ensure_own_channels()
    fresh = snapshot(article)
    now = timezone.now()
    with transaction.atomic():
        story, created = StoryMessage.objects.get_or_create(
            story_id=fresh.story_id,
            defaults={
                field.name: getattr(fresh, field.name)
                for field in StoryMessage._meta.concrete_fields
                if field.name not in ("story_id", "fanned_out_at")
            },
        )
        have = (
            set()
            if created
            else set(Delivery.objects.filter(story=story).values_list("follower_id", flat=True))
        )
        rows = []
        added = 0
        followers = Follower.objects.filter(active=True).values_list(
            "pk", "channel", "scope", "topics"
        )
        for pk, channel, scope, topics in followers.iterator(chunk_size=_BATCH):
            if pk in have or not wants(scope, set(topics.split()), story):
                continue
            rows.append(
                Delivery(
                    story=story,
                    follower_id=pk,
                    channel=channel,
                    idempotency_key=delivery_key(story.pk, pk, channel),
                    next_attempt_at=now,
                )
            )
            if len(rows) >= _BATCH:
                added += len(Delivery.objects.bulk_create(rows, ignore_conflicts=True))
                rows = []
        if rows:
            added += len(Delivery.objects.bulk_create(rows, ignore_conflicts=True))
        if not created:
            Delivery.objects.filter(
                story=story, status__in=[Delivery.Status.FAILED, Delivery.Status.DEAD]
            ).update(status=Delivery.Status.PENDING, attempts=0, next_attempt_at=now, last_error="")
    return added


def fan_out_missed(now: datetime | None = None, hours: int = 6) -> int:
    """Fan out live stories first published in the last ``hours`` that have no snapshot yet."""
    now = now or timezone.now()
    recent = newsroom.articles_published_between(now - timedelta(hours=hours), now)
    ids = list(recent.values_list("pk", flat=True))
    done = set(StoryMessage.objects.filter(story_id__in=ids).values_list("story_id", flat=True))
    missed = [pk for pk in ids if pk not in done]
    for article in newsroom.live_articles(missed):
        fan_out(article)
    return len(missed)

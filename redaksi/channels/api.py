"""What the rest of Redaksi may ask the news channels (the demo, the admin, commands)."""

from django.db.models import Count

from redaksi.newsroom import api as newsroom

from . import fanout, outbox
from .following import follow, unfollow
from .models import CHANNEL_CHOICES, Delivery, Follower, StoryMessage

STATUSES = [status for status, _label in Delivery.Status.choices]


class UnknownStory(LookupError):
    pass


def send_story(story_id: int) -> int:
    """Queue a live story for every follower who has not had it; failed and dead go again.

    What the editor's "kirim ke channel" button and ``redaksi channels send`` do;
    a delivery already sent is never sent twice. Returns how many rows were added.
    """
    found = newsroom.live_articles([story_id])
    if not found:
        raise UnknownStory(story_id)
    added = fanout.fan_out(found[0], resend=True, on_chunk=outbox.wake)
    outbox.wake()
    return added


def story_status(story_id: int) -> dict[str, dict[str, int]]:
    """Per channel, how many deliveries of the story are pending, sending, sent, failed, dead."""
    report = {
        channel: dict.fromkeys(STATUSES, 0)
        for channel in Delivery.objects.filter(story_id=story_id)
        .values_list("channel", flat=True)
        .distinct()
    }
    rows = (
        Delivery.objects.filter(story_id=story_id)
        .values("channel", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        report[row["channel"]][row["status"]] = row["n"]
    return dict(sorted(report.items()))


def story_failures(story_id: int, limit: int = 50) -> list[Delivery]:
    """The story's failed and dead deliveries, newest error first, for the editor."""
    return list(
        Delivery.objects.filter(
            story_id=story_id, status__in=[Delivery.Status.FAILED, Delivery.Status.DEAD]
        )
        .select_related("follower")
        .order_by("-pk")[:limit]
    )


def was_sent(story_id: int) -> bool:
    return StoryMessage.objects.filter(story_id=story_id).exists()


__all__ = [
    "CHANNEL_CHOICES",
    "STATUSES",
    "Follower",
    "UnknownStory",
    "follow",
    "send_story",
    "story_failures",
    "story_status",
    "unfollow",
    "was_sent",
]

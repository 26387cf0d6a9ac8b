"""WebSub: our feeds name a hub; on publish we tell the hub which feeds changed.

The hub (``REDAKSI_WEBSUB_HUB``) then fetches them and pushes the news to its
subscribers. The ping is a delivery like any other, so it is retried with backoff.
"""

from urllib.parse import urlencode, urlsplit

import httpx
from django.conf import settings

from redaksi.chat.api import SendResult

from . import transport
from .models import Follower, StoryMessage

FEED_FILES = ("rss.xml", "atom.xml", "feed.json")


def changed_feeds(story: StoryMessage) -> list[str]:
    """The site's feeds and those of the story's section and tags, as absolute URLs."""
    parts = urlsplit(story.url)
    root = f"{parts.scheme}://{parts.netloc}/feed/"
    folders = [""]
    for topic in story.topics.split():
        kind, _sep, slug = topic.partition(":")
        folders.append(f"kanal/{slug}/" if kind == "section" else f"tag/{slug}/")
    return [root + folder + name for folder in folders for name in FEED_FILES]


def send_story(story: StoryMessage, follower: Follower, key: str) -> SendResult:
    data = [("hub.mode", "publish")] + [("hub.url", url) for url in changed_feeds(story)]
    try:
        response = transport.client().post(
            follower.address,
            content=urlencode(data),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=settings.REDAKSI_CHANNELS_TIMEOUT_SECONDS,
        )
    except httpx.HTTPError as exc:
        return SendResult("retry", error=f"{type(exc).__name__}: {exc}")
    if 200 <= response.status_code < 300:
        return SendResult("sent")
    error = f"HTTP {response.status_code}: {response.text[:200]}"
    if response.status_code == 429 or response.status_code >= 500:
        return SendResult("retry", error=error)
    return SendResult("failed", error=error)

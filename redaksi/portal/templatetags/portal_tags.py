"""What the portal shows around a story: related stories, videos and Berita Terkini."""

from dataclasses import dataclass, field

from django import template
from wagtail.models import Site

from redaksi.core.listings import cached_ids
from redaksi.newsroom import api as newsroom

from ..slots import featured_videos, record_shown

register = template.Library()

RELATED = 4
AROUND_VIDEOS = 4
AROUND_LATEST = 6


@dataclass
class AroundStory:
    related: list = field(default_factory=list)
    video_picks: list = field(default_factory=list)
    latest_videos: list = field(default_factory=list)
    latest: list = field(default_factory=list)


def _site_lists(site: Site, root) -> dict[str, list[int]]:
    """Ids of the site-wide lists, long enough to leave out what a story page shows above."""
    spare = 1 + RELATED + 2 * AROUND_VIDEOS

    def video_picks() -> list[int]:
        if not hasattr(root, "video_picks"):
            return []
        return [story.pk for story in featured_videos(root, size=AROUND_VIDEOS + spare)]

    return {
        "video_picks": cached_ids(f"around:video-picks:{site.pk}", video_picks),
        "latest_videos": cached_ids(
            f"around:videos:{site.pk}",
            lambda: newsroom.video_articles(site_root=root).values_list("pk", flat=True)[
                : AROUND_VIDEOS + spare
            ],
        ),
        "latest": cached_ids(
            f"around:latest:{site.pk}",
            lambda: newsroom.latest_articles(site_root=root).values_list("pk", flat=True)[
                : AROUND_LATEST + spare + AROUND_VIDEOS
            ],
        ),
    }


@register.simple_tag(takes_context=True)
def around_story(context, article) -> AroundStory:
    """The lists under a story, each without the story itself or a story listed above it.

    The response is tagged with every story it links to, so unpublishing one of
    them refreshes this page too. It is deliberately not tagged with the "latest"
    and "video" listings: a story page may show a slightly older Berita Terkini
    until it expires, rather than every story page being purged on every publish.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    root = site.root_page.specific if site else None
    around = AroundStory(related=newsroom.related_articles(article, limit=RELATED))
    seen = {article.pk, *(story.pk for story in around.related)}
    if root is not None:
        lists = _site_lists(site, root)

        def take(ids: list[int], size: int) -> list[int]:
            chosen = [pk for pk in ids if pk not in seen][:size]
            seen.update(chosen)
            return chosen

        # Lists are cut to size before loading: only the stories shown are fetched.
        picks = take(lists["video_picks"], AROUND_VIDEOS)
        videos = take(lists["latest_videos"], AROUND_VIDEOS)
        latest = take(lists["latest"], AROUND_LATEST)
        stories = {story.pk: story for story in newsroom.live_articles([*picks, *videos, *latest])}
        around.video_picks = [stories[pk] for pk in picks if pk in stories]
        around.latest_videos = [stories[pk] for pk in videos if pk in stories]
        around.latest = [stories[pk] for pk in latest if pk in stories]
    if request is not None:
        record_shown(
            request,
            [*around.related, *around.video_picks, *around.latest_videos, *around.latest],
        )
    return around

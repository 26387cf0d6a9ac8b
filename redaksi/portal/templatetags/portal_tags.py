"""What the portal shows around a story: related stories, videos and Berita Terkini."""

from dataclasses import dataclass, field

from django import template
from wagtail.models import Site

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
        if hasattr(root, "video_picks"):
            around.video_picks = [
                story
                for story in featured_videos(root, size=AROUND_VIDEOS + 1)
                if story.pk not in seen
            ][:AROUND_VIDEOS]
            seen.update(story.pk for story in around.video_picks)
        around.latest_videos = list(
            newsroom.video_articles(site_root=root).exclude(pk__in=seen)[:AROUND_VIDEOS]
        )
        seen.update(story.pk for story in around.latest_videos)
        around.latest = list(
            newsroom.latest_articles(site_root=root).exclude(pk__in=seen)[:AROUND_LATEST]
        )
    if request is not None:
        record_shown(
            request,
            [*around.related, *around.video_picks, *around.latest_videos, *around.latest],
        )
    return around

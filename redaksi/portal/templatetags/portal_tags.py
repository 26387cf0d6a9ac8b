"""What the portal shows around a story: related stories, videos and Berita Terkini."""

from dataclasses import dataclass, field
from functools import cache

from django import template
from wagtail.models import Site

from redaksi.core.listings import cached_ids
from redaksi.core.surrogate import add_surrogate_keys, story_key
from redaksi.newsroom import api as newsroom

from ..slots import featured_videos
from ..teasers import rendered_teasers

register = template.Library()

RELATED = 4
AROUND_VIDEOS = 4
AROUND_LATEST = 6


@dataclass
class AroundStory:
    """Rendered teasers of each list under a story."""

    related: list = field(default_factory=list)
    video_picks: list = field(default_factory=list)
    latest_videos: list = field(default_factory=list)
    latest: list = field(default_factory=list)


def _site_lists(site: Site) -> dict[str, list[int]]:
    """Ids of the site-wide lists, long enough to leave out what a story page shows above."""
    spare = 1 + RELATED + 2 * AROUND_VIDEOS

    @cache
    def root():
        # Only a list being rebuilt needs the home page.
        return site.root_page.specific

    def video_picks() -> list[int]:
        if not hasattr(root(), "video_picks"):
            return []
        return [story.pk for story in featured_videos(root(), size=AROUND_VIDEOS + spare)]

    return {
        "video_picks": cached_ids(f"around:video-picks:{site.pk}", video_picks),
        "latest_videos": cached_ids(
            f"around:videos:{site.pk}",
            lambda: newsroom.video_articles(site_root=root()).values_list("pk", flat=True)[
                : AROUND_VIDEOS + spare
            ],
        ),
        "latest": cached_ids(
            f"around:latest:{site.pk}",
            lambda: newsroom.latest_articles(site_root=root()).values_list("pk", flat=True)[
                : AROUND_LATEST + spare + AROUND_VIDEOS
            ],
        ),
    }


@register.simple_tag(takes_context=True)
def around_story(context, article) -> AroundStory:
    """The lists under a story, each without the story itself or a story listed above it.

    Each list holds rendered teasers (see ``teasers``): a story that is no longer
    live drops out, and a changed one is shown as it is now. The response is
    tagged with every story it links to, so unpublishing one of them refreshes
    this page too.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    related = newsroom.related_article_ids(article, limit=RELATED)
    picks: list[int] = []
    videos: list[int] = []
    latest: list[int] = []
    if site is not None:
        lists = _site_lists(site)
        seen = {article.pk, *related}

        def take(ids: list[int], size: int) -> list[int]:
            chosen = [pk for pk in ids if pk not in seen][:size]
            seen.update(chosen)
            return chosen

        picks = take(lists["video_picks"], AROUND_VIDEOS)
        videos = take(lists["latest_videos"], AROUND_VIDEOS)
        latest = take(lists["latest"], AROUND_LATEST)
    shown = rendered_teasers(
        request, [(related, False), (picks, False), (videos, False), (latest, True)]
    )
    around = AroundStory(*([html for _pk, html in teasers] for teasers in shown))
    if request is not None:
        add_surrogate_keys(request, *(story_key(pk) for teasers in shown for pk, _html in teasers))
    return around

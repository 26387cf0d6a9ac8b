"""What the portal shows around a story: related stories, videos and Berita Terkini."""

from dataclasses import dataclass, field
from functools import cache

from django import template
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Site

from redaksi.core.listings import cached, cached_ids
from redaksi.core.surrogate import add_surrogate_keys, story_key
from redaksi.newsroom import api as newsroom

from ..slots import featured_videos
from ..teasers import rendered_teasers, teaser_context

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


def _site_teasers(request, site: Site) -> dict[str, list[tuple[int, str]]]:
    """Rendered teasers of the site-wide lists, long enough to leave out what a page shows above.

    Kept whole under the list generation: every publish, unpublish, move or deletion
    of a page starts a new one in every process (see ``core.listings``).
    """
    spare = 1 + RELATED + 2 * AROUND_VIDEOS

    @cache
    def root():
        # Only a list being rebuilt needs the home page.
        return site.root_page.specific

    def video_picks() -> list[int]:
        if not hasattr(root(), "video_picks"):
            return []
        return [story.pk for story in featured_videos(root(), size=AROUND_VIDEOS + spare)]

    def build() -> dict[str, list[tuple[int, str]]]:
        lists = {
            "video_picks": (cached_ids(f"around:video-picks:{site.pk}", video_picks), False),
            "latest_videos": (
                cached_ids(
                    f"around:videos:{site.pk}",
                    lambda: newsroom.video_articles(site_root=root()).values_list("pk", flat=True)[
                        : AROUND_VIDEOS + spare
                    ],
                ),
                False,
            ),
            "latest": (
                cached_ids(
                    f"around:latest:{site.pk}",
                    lambda: newsroom.latest_articles(site_root=root()).values_list("pk", flat=True)[
                        : AROUND_LATEST + spare + AROUND_VIDEOS
                    ],
                ),
                True,
            ),
        }
        shown = rendered_teasers(request, list(lists.values()))
        return {
            name: [(pk, str(html)) for pk, html in teasers]
            for name, teasers in zip(lists, shown, strict=True)
        }

    return cached(f"around:teasers:{site.pk}:{teaser_context(request)}", build)


@register.simple_tag(takes_context=True)
def around_story(context, article) -> AroundStory:
    """The lists under a story, each without the story itself or a story listed above it.

    Each list holds rendered teasers (see ``teasers``) of stories as they are now:
    the related stories are stamped by the query that ranks them, the site-wide
    lists are rebuilt with every new list generation. The response is tagged with
    every story it links to, so unpublishing one of them refreshes this page too.
    """
    request = context.get("request")
    # Two parts of the page show these lists (related above Populer, latest below it).
    shown_for = getattr(request, "redaksi_around_story", None)
    if shown_for is not None and shown_for[0] == article.pk:
        return shown_for[1]
    around = _around_story(request, article)
    if request is not None:
        request.redaksi_around_story = (article.pk, around)
    return around


def _around_story(request, article) -> AroundStory:
    site = Site.find_for_request(request) if request else None
    related = newsroom.related_teaser_versions(article, limit=RELATED)
    (related_teasers,) = rendered_teasers(
        request, [([pk for pk, _stamp in related], False)], stamps=dict(related)
    )
    around = AroundStory(related=[html for _pk, html in related_teasers])
    shown = [pk for pk, _html in related_teasers]
    if site is not None:
        lists = _site_teasers(request, site)
        seen = {article.pk, *(pk for pk, _stamp in related)}

        def take(teasers: list[tuple[int, str]], size: int) -> list[SafeString]:
            chosen = [(pk, html) for pk, html in teasers if pk not in seen][:size]
            seen.update(pk for pk, _html in chosen)
            shown.extend(pk for pk, _html in chosen)
            return [mark_safe(html) for _pk, html in chosen]

        around.video_picks = take(lists["video_picks"], AROUND_VIDEOS)
        around.latest_videos = take(lists["latest_videos"], AROUND_VIDEOS)
        around.latest = take(lists["latest"], AROUND_LATEST)
    if request is not None:
        add_surrogate_keys(request, *(story_key(pk) for pk in shown))
    return around

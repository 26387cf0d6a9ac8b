"""Reading stories for lists: latest, video, by ids, by day, teasers and related stories.

Every function returns live stories only, newest first unless it says otherwise,
with what a teaser needs already fetched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from django.db.models import Count, Q, QuerySet
from wagtail.models import Page

from ..models import ArticlePage, ArticleTag


def latest_articles(
    *, site_root: Page | None = None, section: Page | None = None, limit: int | None = None
) -> QuerySet[ArticlePage]:
    """Live stories, newest first, optionally within one site or section."""
    stories = ArticlePage.objects.live()
    if section is not None:
        stories = stories.descendant_of(section)
    elif site_root is not None:
        stories = stories.descendant_of(site_root)
    stories = ArticlePage.for_listing(stories)
    return stories[:limit] if limit else stories


def video_articles(
    *, site_root: Page | None = None, limit: int | None = None
) -> QuerySet[ArticlePage]:
    """Live video stories (a lead video or a video block), newest first."""
    stories = latest_articles(site_root=site_root)
    few = list(
        ArticlePage.objects.filter(has_video=True)
        .order_by()
        .values_list("pk", flat=True)[:FEW_VIDEOS]
    )
    if len(few) < FEW_VIDEOS:
        # Newest first would walk the whole archive's date index looking for the rare
        # video; with few videos their ids are the shorter way in (and the planner takes
        # it only when the list is the sole filter on them).
        stories = stories.filter(pk__in=few)
    else:
        stories = stories.filter(has_video=True)
    return stories[:limit] if limit else stories


FEW_VIDEOS = 500


def live_articles(ids: Iterable[int], *, site_root: Page | None = None) -> list[ArticlePage]:
    """The live stories among ``ids``, in the order given; drafts and unknown ids drop out.

    For lists editors curate by hand, where their order matters more than recency.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {
        story.pk: story
        # Unordered: sorting by date would make the database walk the archive, not the ids.
        for story in latest_articles(site_root=site_root).filter(pk__in=wanted).order_by()
    }
    return [found[pk] for pk in wanted if pk in found]


def articles_published_between(
    start: datetime, end: datetime, *, site_root: Page | None = None
) -> QuerySet[ArticlePage]:
    """Live stories first published at or after ``start`` and before ``end``, newest first."""
    return latest_articles(site_root=site_root).filter(
        first_published_at__gte=start, first_published_at__lt=end
    )


def teaser_articles(ids: Iterable[int]) -> list[ArticlePage]:
    """The live stories among ``ids``, in the order given, with only what a teaser shows.

    Like :func:`live_articles` without the bylines, which teasers do not print.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {
        story.pk: story
        for story in ArticlePage.objects.live()
        .filter(pk__in=wanted)
        .select_related("lead_image")
        .order_by()
    }
    return [found[pk] for pk in wanted if pk in found]


_TEASER_FIELDS = (
    "pk",
    "title",
    "lede",
    "url_path",
    "slug",
    "first_published_at",
    "has_video",
    "live_revision_id",
    "lead_image_id",
    "lead_image__file",
    "lead_image__focal_point_x",
    "lead_image__focal_point_y",
    "lead_image__focal_point_width",
    "lead_image__focal_point_height",
)


def teaser_versions(ids: Iterable[int]) -> dict[int, str]:
    """A stamp for each live story among ``ids`` that changes whenever its teaser would.

    The stamp covers everything a teaser shows (headline, lede, address, first
    publication, the video badge, the lead photo's file and crop) and the published
    revision, so a portal can keep a rendered teaser under it: an edit, a re-publish,
    a move or a new photo gives a new stamp, and a story taken down has none.
    One small query, whatever the size of the archive.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    rows = ArticlePage.objects.live().filter(pk__in=wanted).order_by().values_list(*_TEASER_FIELDS)
    return {row[0]: _stamp(row) for row in rows}


def _stamp(row: tuple) -> str:
    return hashlib.md5(repr(tuple(row)).encode(), usedforsecurity=False).hexdigest()


def related_articles(article: ArticlePage, *, limit: int = 4) -> list[ArticlePage]:
    """Stories to read next: those sharing the most tags, then the rest of its section.

    Never the story itself, live stories only, and only from the story's own site
    (the page above its section). Within each group the newest come first.
    A fixed handful of queries, whatever the size of the archive.
    """
    return live_articles(related_article_ids(article, limit=limit))


def related_article_ids(article: ArticlePage, *, limit: int = 4) -> list[int]:
    """The ids of :func:`related_articles`, in order, for callers that cache what they show."""
    return [row[0] for row in _related_rows(article, limit, ("pk",))]


def related_teaser_versions(article: ArticlePage, *, limit: int = 4) -> list[tuple[int, str]]:
    """``(id, stamp)`` of :func:`related_articles`, in order, stamped as by :func:`teaser_versions`.

    The ranking query returns the stamps too, so a portal showing cached teasers of
    the related stories needs no second query.
    """
    return [(row[0], _stamp(row)) for row in _related_rows(article, limit, _TEASER_FIELDS)]


def _related_rows(article: ArticlePage, limit: int, fields: tuple[str, ...]) -> list[tuple]:
    if limit <= 0 or not article.pk:
        return []
    steplen = ArticlePage.steplen
    section_path = article.path[:-steplen]
    site_path = section_path[:-steplen]
    candidates = (
        ArticlePage.objects.live().filter(path__startswith=site_path).exclude(pk=article.pk)
    )
    tag_ids = [tag.pk for tag in article.tags.all()]
    chosen: list[tuple] = []
    if tag_ids:
        chosen = _most_shared_tags(article, tag_ids, candidates, limit, fields)
    if len(chosen) < limit:
        same_section = (
            candidates.filter(path__startswith=section_path)
            .exclude(pk__in=[row[0] for row in chosen])
            .order_by("-first_published_at", "-pk")
            .values_list(*fields)
        )
        chosen += list(same_section[: limit - len(chosen)])
    return chosen


RELATED_CANDIDATES_PER_TAG = 200


def _most_shared_tags(
    article: ArticlePage,
    tag_ids: list[int],
    candidates: QuerySet,
    limit: int,
    fields: tuple[str, ...],
) -> list[tuple]:
    """``fields`` of the stories sharing most tags with ``article``, newest first among equals.

    Only the newest stories of its tags are weighed (by id, which follows creation),
    so a tag carried by tens of thousands of stories costs an index range, not a
    grouped scan of the archive. One query: the database ranks them and returns
    only the few shown.
    """
    newest = (
        ArticleTag.objects.filter(tag_id__in=tag_ids)
        .exclude(content_object_id=article.pk)
        .order_by("-content_object_id")
        .values("content_object_id")[: RELATED_CANDIDATES_PER_TAG * len(tag_ids)]
    )
    ranked = candidates.filter(pk__in=newest)
    if len(tag_ids) > 1:
        shared = Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids))
        ranked = ranked.annotate(shared_tags=shared).order_by(
            "-shared_tags", "-first_published_at", "-pk"
        )
    else:
        ranked = ranked.order_by("-first_published_at", "-pk")
    return list(ranked.values_list(*fields)[:limit])

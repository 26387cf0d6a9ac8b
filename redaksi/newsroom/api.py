"""What other desks may ask the newsroom.

The role names (REPORTER, EDITOR, FACT_CHECKER, ADMIN) and ``ensure_roles`` are
re-exported here so that other desks never reach into ``roles``.

Portal, feeds, channels and the Cek Fakta desk import only this module. The
reading functions return live stories only, newest first, with what a teaser
needs already fetched. The writing functions below them are how importers and
the demo loader put sections, authors and stories into the newsroom.
"""

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypedDict

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry, PageViewRestriction, Revision, Site
from wagtail.rich_text import RichText

from redaksi.core.listings import cached
from redaksi.core.models import NewsImage, User
from redaksi.core.sanitize import clean_rich_text

from .models import (
    ArticleAuthor,
    ArticlePage,
    ArticleTag,
    AuthorIndexPage,
    AuthorPage,
    Correction,
    SectionPage,
    StoryPublication,
)
from .roles import ADMIN, EDITOR, FACT_CHECKER, REPORTER, ROLES, ensure_roles

__all__ = [
    "ADMIN",
    "EDITOR",
    "FACT_CHECKER",
    "REPORTER",
    "ROLES",
    "ensure_roles",
    "ArticlePage",
    "AuthorIndexPage",
    "AuthorPage",
    "SectionPage",
    "StoryPageData",
    "latest_articles",
    "video_articles",
    "live_articles",
    "articles_published_between",
    "related_articles",
    "related_article_ids",
    "related_teaser_versions",
    "teaser_articles",
    "teaser_versions",
    "find_section",
    "articles_tagged",
    "find_article",
    "find_author",
    "find_author_named",
    "find_section_named",
    "has_author_profile",
    "sections",
    "site_sections",
    "public_only",
    "tag_name",
    "authors_with_stories",
    "is_live_article",
    "article_sections",
    "create_section",
    "create_author_index",
    "create_author",
    "create_article_draft",
    "add_correction",
    "publish_article",
]


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


def find_section(site: Site, slug: str) -> SectionPage | None:
    """The site's live section called ``slug``, or None."""
    return sections(site).filter(slug=slug).first()


def articles_tagged(tag_slug: str, *, site_root: Page | None = None) -> QuerySet[ArticlePage]:
    # A subquery, not a join: a join needs DISTINCT, which sorts every tagged story's full row.
    tagged = ArticleTag.objects.filter(tag__slug=tag_slug).values("content_object_id")
    return latest_articles(site_root=site_root).filter(pk__in=tagged)


def find_article(section: SectionPage, slug: str) -> ArticlePage | None:
    """The story with ``slug`` in ``section``, live or not."""
    return _child_with_slug(section, ArticlePage, slug)


def find_author(index: AuthorIndexPage, slug: str) -> AuthorPage | None:
    return _child_with_slug(index, AuthorPage, slug)


def find_section_named(site: Site, name: str) -> SectionPage | None:
    """The site's section whose slug or title is ``name`` (any case), live or not.

    Importers and feeds name sections as outside portals print them ("Global",
    "news"); this is how such a name finds ours.
    """
    name = (name or "").strip()
    if not name:
        return None
    candidates = SectionPage.objects.child_of(site.root_page).order_by("path")
    return (
        candidates.filter(slug=slugify(name)).first()
        or candidates.filter(title__iexact=name).first()
    )


def find_author_named(name: str) -> AuthorPage | None:
    """An author profile whose byline name is ``name`` (any case), the oldest if several."""
    name = " ".join((name or "").split())
    if not name:
        return None
    return AuthorPage.objects.filter(title__iexact=name).order_by("pk").first()


def has_author_profile(user: User) -> bool:
    return AuthorPage.objects.filter(user=user).exists()


def sections(site: Site) -> QuerySet[SectionPage]:
    """The site's live sections in menu order."""
    return SectionPage.objects.live().child_of(site.root_page).order_by("path")


def public_only(pages: QuerySet) -> QuerySet:
    """``pages`` without those behind a view restriction (Wagtail's ``public()``).

    Wagtail finds the restricted pages by joining every restriction to its page; with
    none at all (the usual case) SQLite reads the whole page tree to learn that, so
    the filter is applied only when some page is restricted.
    """
    if not PageViewRestriction.objects.exists():
        return pages
    return pages.public()


def site_sections(site: Site) -> list[SectionPage]:
    """:func:`sections` as a list, kept until a page is next published, moved or deleted.

    Every listing, filter form and feed asks for them; they change only with a publish.
    """
    return cached(f"sections:{site.pk}", lambda: list(sections(site)))


def known_names() -> tuple[list[str], list[str]]:
    """Every story tag name and every author name, so newsroom checks know who is who."""
    tags = ArticleTag.objects.values_list("tag__name", flat=True).distinct()
    authors = AuthorPage.objects.values_list("title", flat=True)
    return sorted(set(tags)), sorted(set(authors))


def tag_name(slug: str) -> str | None:
    """How the tag called ``slug`` is written, or None when there is no such tag."""
    from taggit.models import Tag

    return Tag.objects.filter(slug=slug).values_list("name", flat=True).first()


def authors_with_stories(site: Site) -> QuerySet[AuthorPage]:
    """The site's live author profiles credited on at least one live story.

    Sitemaps list these and leave out empty profiles, which search engines
    would otherwise treat as thin pages.
    """
    credited = (
        ArticlePage.objects.live().descendant_of(site.root_page).values("story_authors__author")
    )
    return AuthorPage.objects.live().descendant_of(site.root_page).filter(pk__in=credited)


def is_live_article(article_id: int) -> bool:
    """Whether a live story has this id: the read counter's check before it counts."""
    return ArticlePage.objects.live().filter(pk=article_id).exists()


def article_sections(article_ids: Iterable[int]) -> dict[int, int | None]:
    """Each existing story's section id, live or not; unknown ids are left out.

    Two queries whatever the number of stories (the section is the page above).
    """
    steplen = ArticlePage.steplen
    paths = dict(ArticlePage.objects.filter(pk__in=set(article_ids)).values_list("pk", "path"))
    section_ids = dict(
        SectionPage.objects.filter(
            path__in={path[:-steplen] for path in paths.values()}
        ).values_list("path", "pk")
    )
    return {pk: section_ids.get(path[:-steplen]) for pk, path in paths.items()}


# --- Writing into the newsroom
#
# Importers and the demo loader build stories through these functions rather than
# assembling pages by hand, so every story they make has the same shape an editor's
# would: a draft with a revision by its author, published by an editor, with the
# publish receiver's fingerprint in place.

BLOCK_TYPES = frozenset({"paragraph", "image", "quote", "video", "related"})


class StoryPageData(TypedDict, total=False):
    """One page of a story as importers describe it."""

    title: str
    blocks: list[tuple[str, Any]]


def _child_with_slug(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def _add_published_child(parent: Page, page: Page, actor: User | None = None) -> Page:
    page.owner = actor
    parent.add_child(instance=page)
    page.save_revision(user=actor, log_action=True).publish(user=actor)
    page.refresh_from_db()
    return page


def create_section(
    home: Page,
    *,
    title: str,
    slug: str,
    intro: str = "",
    show_in_menus: bool = True,
    actor: User | None = None,
) -> SectionPage:
    """A published section under ``home``; the existing one when ``slug`` is already taken.

    Idempotent so loaders can run again without duplicating the menu.
    """
    with transaction.atomic():
        existing = _child_with_slug(home, SectionPage, slug)
        if existing is not None:
            return existing
        section = SectionPage(title=title, slug=slug, intro=intro, show_in_menus=show_in_menus)
        return _add_published_child(home, section, actor)


def create_author_index(
    home: Page,
    *,
    title: str = "Penulis",
    slug: str = "penulis",
    intro: str = "",
    actor: User | None = None,
) -> AuthorIndexPage:
    """The published page that holds author profiles; the existing one if there is one.

    A home page has at most one, so an existing index is returned whatever its slug.
    """
    with transaction.atomic():
        existing = AuthorIndexPage.objects.child_of(home).first()
        if existing is not None:
            return existing
        index = AuthorIndexPage(title=title, slug=slug, intro=intro, show_in_menus=False)
        return _add_published_child(home, index, actor)


def create_author(
    index: AuthorIndexPage,
    *,
    name: str,
    slug: str,
    role_title: str = "",
    bio: str = "",
    photo: NewsImage | None = None,
    user: User | None = None,
    actor: User | None = None,
) -> AuthorPage:
    """A published author profile under ``index``; the existing one when ``slug`` is taken.

    ``user`` links the profile to a newsroom account, so the admin can show a
    reporter their own byline.
    """
    with transaction.atomic():
        existing = find_author(index, slug)
        if existing is not None:
            return existing
        author = AuthorPage(
            title=name, slug=slug, role_title=role_title, bio=bio, photo=photo, user=user
        )
        return _add_published_child(index, author, actor)


def _story_body(pages: Iterable[StoryPageData]) -> list[tuple[str, dict]]:
    """StreamField data for ``pages``; paragraphs are sanitised before they are stored."""
    body = []
    for page in pages:
        content = []
        for block_type, value in page.get("blocks", ()):
            if block_type not in BLOCK_TYPES:
                raise ValueError(f"unknown story block type {block_type!r}")
            if block_type == "paragraph":
                value = RichText(clean_rich_text(str(value)))
            content.append((block_type, value))
        body.append(("page", {"title": page.get("title") or "", "content": content}))
    if not body:
        raise ValueError("a story needs at least one page")
    return body


def _free_slug(parent: Page, base: str) -> str:
    base = (slugify(base)[:80].strip("-")) or "artikel"
    taken = set(
        Page.objects.child_of(parent).filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_article_draft(
    section: SectionPage,
    *,
    headline: str,
    lede: str,
    authors: list[AuthorPage],
    pages: list[StoryPageData],
    dateline: str = "",
    wire_source: str = "",
    lead_image: NewsImage | None = None,
    lead_caption: str = "",
    lead_credit: str = "",
    lead_video_url: str = "",
    tags: Iterable[str] = (),
    slug: str | None = None,
    actor: User | None = None,
) -> ArticlePage:
    """A new story under ``section``, saved as a draft revision by ``actor``.

    Nothing reaches readers until :func:`publish_article`, exactly as when a
    reporter saves a draft in the admin. Without ``slug`` one is made from the
    headline, numbered if a sibling already has it; an explicit ``slug`` that a
    sibling already has is refused with a ValidationError.
    """
    if not authors:
        raise ValueError("a story needs at least one author")
    with transaction.atomic():
        article = ArticlePage(
            title=headline,
            slug=slug or _free_slug(section, headline),
            lede=lede,
            dateline=dateline,
            wire_source=wire_source,
            lead_image=lead_image,
            lead_caption=lead_caption,
            lead_credit=lead_credit,
            lead_video_url=lead_video_url,
            body=_story_body(pages),
            live=False,
            owner=actor,
        )
        article.story_authors = [
            ArticleAuthor(author=author, sort_order=order) for order, author in enumerate(authors)
        ]
        tag_names = [name for name in tags if name]
        if tag_names:
            article.tags.add(*tag_names)
        section.add_child(instance=article)
        article.save_revision(user=actor, log_action=True)
        return article


def add_correction(
    article: ArticlePage,
    *,
    note: str,
    corrected_at: datetime | None = None,
    pages: list[StoryPageData] | None = None,
    actor: User | None = None,
) -> ArticlePage:
    """Append a Ralat to the story's latest version and save it as a new draft revision.

    ``pages`` replaces the body when the correction also fixes the text. Readers
    see neither until the story is published again with :func:`publish_article`,
    which then marks it "Diperbarui".
    """
    with transaction.atomic():
        draft = article.get_latest_revision_as_object()
        draft.corrections.add(Correction(corrected_at=corrected_at or timezone.now(), note=note))
        if pages is not None:
            draft.body = _story_body(pages)
        draft.save_revision(user=actor, log_action=True)
        return draft


def publish_article(
    article: ArticlePage, *, actor: User | None = None, at: datetime | None = None
) -> ArticlePage:
    """Publish the story's latest revision as ``actor`` and return the live story.

    ``at`` back-dates the publication (imports and demo content): the story's
    publication times, and any revision or history entry later than ``at``, are
    moved to ``at`` without saving another revision. A first publication keeps
    ``last_updated_at`` empty; a re-publish that changed the story has it set to
    ``at`` instead of the moment the import ran.
    """
    if at is not None:
        if timezone.is_naive(at):
            raise ValueError("'at' must be timezone-aware")
        if at > timezone.now():
            raise ValueError("'at' back-dates a publication; it cannot be in the future")
    with transaction.atomic():
        before = ArticlePage.objects.get(pk=article.pk)
        updated_before = before.last_updated_at
        revision = before.get_latest_revision() or before.save_revision(user=actor)
        revision.publish(user=actor)
        if at is not None:
            after = ArticlePage.objects.get(pk=article.pk)
            changes: dict[str, Any] = {"last_published_at": at}
            if before.first_published_at is None:
                changes["first_published_at"] = at
            if after.last_updated_at and after.last_updated_at != updated_before:
                StoryPublication.objects.filter(article_id=article.pk).update(last_updated_at=at)
            if after.latest_revision_id == revision.pk:
                changes["latest_revision_created_at"] = at
            ArticlePage.objects.filter(pk=article.pk).update(**changes)
            # The history must not show the story being written after it went out.
            Revision.objects.for_instance(before).filter(created_at__gt=at).update(created_at=at)
            PageLogEntry.objects.filter(page_id=article.pk, timestamp__gt=at).update(timestamp=at)
        return ArticlePage.objects.get(pk=article.pk)

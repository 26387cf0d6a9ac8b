"""Writing into the newsroom: sections, authors, drafts, corrections, publishing.

Importers and the demo loader build stories through these functions rather than
assembling pages by hand, so every story they make has the same shape an editor's
would: a draft with a revision by its author, published by an editor, with the
publish receiver's fingerprint in place. Each takes the actor and runs in a
transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TypedDict

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.rich_text import RichText

from redaksi.core.models import NewsImage, User
from redaksi.core.sanitize import clean_rich_text

from ..models import (
    STORY_TYPES,
    ArticleAuthor,
    ArticlePage,
    AuthorIndexPage,
    AuthorPage,
    Correction,
    SectionPage,
    StoryPublication,
)
from .lookups import _child_with_slug, find_author

BLOCK_TYPES = frozenset({"paragraph", "image", "quote", "video", "related"})


class StoryPageData(TypedDict, total=False):
    """One page of a story as importers describe it."""

    title: str
    blocks: list[tuple[str, Any]]


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
    publish: bool = True,
) -> AuthorPage:
    """An author profile under ``index``; the existing one when ``slug`` is taken.

    ``user`` links the profile to a newsroom account, so the admin can show a
    reporter their own byline. ``publish=False`` keeps a new profile as a draft
    (names an importer took from outside sources): it goes live with the first
    story that credits it, once an editor publishes that story.
    """
    with transaction.atomic():
        existing = find_author(index, slug)
        if existing is not None:
            return existing
        author = AuthorPage(
            title=name, slug=slug, role_title=role_title, bio=bio, photo=photo, user=user
        )
        if publish:
            return _add_published_child(index, author, actor)
        author.owner = actor
        author.live = False
        index.add_child(instance=author)
        author.save_revision(user=actor, log_action=True)
        author.refresh_from_db()
        return author


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
    story_type: type[ArticlePage] = ArticlePage,
    fields: dict[str, Any] | None = None,
    prepare: Callable[[ArticlePage], None] | None = None,
) -> ArticlePage:
    """A new story under ``section``, saved as a draft revision by ``actor``.

    A desk with a story subtype (see :func:`register_story_type`) passes its page
    class as ``story_type``, its own fields in ``fields`` and, in ``prepare``,
    anything to attach before the first save (child rows such as a fact-check's
    appearances), so the subtype gets the same byline, revision and workflow.

    Nothing reaches readers until :func:`publish_article`, exactly as when a
    reporter saves a draft in the admin. Without ``slug`` one is made from the
    headline, numbered if a sibling already has it; an explicit ``slug`` that a
    sibling already has is refused with a ValidationError.
    """
    if not authors:
        raise ValueError("a story needs at least one author")
    with transaction.atomic():
        article = story_type(
            **(fields or {}),
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
        if prepare is not None:
            prepare(article)
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


def register_story_type(model_label: str) -> None:
    """Let sections hold ``model_label`` ("app.Model", an ArticlePage subclass) as stories.

    Call it from AppConfig.ready(): Wagtail reads a section's allowed subpages on first use.
    """
    if model_label not in STORY_TYPES:
        STORY_TYPES.append(model_label)

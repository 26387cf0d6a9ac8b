"""Turning one extracted story into a newsroom draft, with its source kept.

Every import goes through :func:`import_story`: it refuses empty material,
never makes a second draft of something already imported (same canonical
address or same words), flags a near-duplicate of a story we already have,
and writes the draft, its signature and its source record in one transaction,
so a failure leaves nothing behind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from html import escape
from io import BytesIO
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.models import Site

from redaksi.core.models import NewsImage, User
from redaksi.core.video import playable_video
from redaksi.newsroom import api as newsroom

from . import similarity
from .duplicates import NearDuplicate, find_near_duplicate, remember_article
from .fetch import FetchError, fetch, is_url
from .models import ImportedStory
from .story import ExtractedImage, ExtractedPage, ExtractedStory

logger = logging.getLogger(__name__)

IMPORTED = "imported"
ALREADY = "already_imported"
FAILED = "error"
_TRACKING = ("utm_", "fbclid", "gclid")


class ImportRefused(Exception):
    """The material cannot become a draft; ``str()`` tells the editor why."""


@dataclass
class ImportResult:
    source: str
    status: str
    message: str = ""
    draft: newsroom.ArticlePage | None = None
    near_duplicate: NearDuplicate | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "status": self.status}
        if self.message:
            data["message"] = self.message
        if self.draft is not None:
            data["draft_id"] = self.draft.pk
            data["edit_url"] = admin_edit_url(self.draft)
        if self.near_duplicate is not None:
            data["near_duplicate_of"] = {
                "id": self.near_duplicate.article.pk,
                "title": self.near_duplicate.article.title,
                "similarity": self.near_duplicate.similarity,
            }
        if self.notes:
            data["notes"] = self.notes
        return data


def admin_edit_url(article: newsroom.ArticlePage) -> str:
    """The absolute address of the story's editor, for command output and messages."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("wagtailadmin_pages:edit", args=[article.pk])


def canonical_address(url: str) -> str:
    """``url`` without fragment, tracking parameters, default port or trailing slash."""
    if not url or not is_url(url):
        return ""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.startswith(_TRACKING)
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))


def already_imported(story: ExtractedStory) -> ImportedStory | None:
    """The source record of an earlier import of this story whose draft still exists."""
    canonical = canonical_address(story.canonical_url or story.source_url)
    match = Q(fingerprint=similarity.fingerprint(story.headline, story.body_text))
    if canonical:
        match |= Q(canonical_url=canonical)
    records = ImportedStory.objects.filter(match, draft__isnull=False).select_related("draft")
    return records.order_by("pk").first()


def validate(story: ExtractedStory) -> None:
    if not story.paragraphs:
        raise ImportRefused(_("No story text was found: the page is empty or is not an article."))
    if not story.headline.strip():
        raise ImportRefused(_("The story has no headline."))


def default_site() -> Site:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    if site is None:
        raise ImportRefused(_("There is no site yet; run 'redaksi migrate' and create one first."))
    return site


def choose_section(
    story: ExtractedStory, *, section: str = "", fallback: newsroom.SectionPage | None = None
) -> newsroom.SectionPage:
    """The section asked for, else the story's own, else the feed's, the configured or the first."""
    site = default_site()
    if section:
        found = newsroom.find_section_named(site, section)
        if found is None:
            raise ImportRefused(_("There is no section '%(name)s'.") % {"name": section})
        return found
    found = newsroom.find_section_named(site, story.section) or fallback
    configured = getattr(settings, "REDAKSI_INGEST_DEFAULT_SECTION", "")
    if found is None and configured:
        found = newsroom.find_section_named(site, configured)
    if found is None:
        found = newsroom.sections(site).first()
    if found is None:
        raise ImportRefused(_("The site has no section to put the draft in."))
    return found


def choose_authors(
    story: ExtractedStory, section: newsroom.SectionPage, actor: User | None
) -> list[newsroom.AuthorPage]:
    """The byline's authors, creating profiles for new names; else the importer or the desk.

    New profiles are drafts made by the system, not by ``actor`` (a reporter may
    import a story by someone new without being allowed to create pages); names
    from outside sources go public only with the first story an editor publishes
    with them (the newsroom does that when the story is published).
    """
    names = list(dict.fromkeys(" ".join(n.split())[:255] for n in story.authors if n.strip()))
    authors: list[newsroom.AuthorPage] = []
    index = None
    for name in names:
        author = newsroom.find_author_named(name)
        if author is None:
            index = index or newsroom.create_author_index(section.get_parent())
            author = newsroom.create_author(
                index, name=name, slug=slugify(name) or "penulis", publish=False
            )
        if author not in authors:
            authors.append(author)
    if not authors and actor is not None:
        profile = getattr(actor, "author_profile", None)
        if profile is not None:
            authors.append(profile)
    if not authors:
        desk = (story.source_name or story.wire_source or "Redaksi").strip()[:255]
        author = newsroom.find_author_named(desk)
        if author is None:
            index = newsroom.create_author_index(section.get_parent())
            author = newsroom.create_author(
                index, name=desk, slug=slugify(desk) or "redaksi", publish=False
            )
        authors.append(author)
    return authors


def download_image(image: ExtractedImage, *, title: str, notes: list[str]) -> NewsImage | None:
    """A NewsImage from ``image.url``; a photo that cannot be had is noted, not fatal."""
    try:
        fetched = fetch(image.url)
        if not fetched.content_type.startswith("image/"):
            raise FetchError(_("%(url)s is not an image.") % {"url": image.url})
        PILImage.open(BytesIO(fetched.content)).verify()
        name = urlsplit(fetched.url).path.rsplit("/", 1)[-1] or "foto.jpg"
        photo = NewsImage(
            title=(image.alt or image.caption or title)[:255],
            caption=image.caption[:500],
            credit=image.credit[:255],
            description=image.alt[:255],
            file=ImageFile(BytesIO(fetched.content), name=name),
        )
        photo._set_image_file_metadata()  # size and hash, as Wagtail's upload form does
        photo.save()
        return photo
    except FetchError as exc:
        notes.append(_("Photo not downloaded: %(reason)s") % {"reason": exc})
    except Exception as exc:  # a broken image file must not cost the story
        logger.info(_("Image %(url)s refused: %(reason)s"), {"url": image.url, "reason": exc})
        notes.append(_("Photo not usable: %(url)s") % {"url": image.url})
    return None


def story_pages(
    pages: list[ExtractedPage], images: dict[str, NewsImage], headline: str = ""
) -> list[newsroom.StoryPageData]:
    """The newsroom's page blocks for the extracted pages; subheadings become <h2> paragraphs.

    A subheading that only repeats the headline is dropped: the page shows the headline already.
    """
    result: list[newsroom.StoryPageData] = []
    title = similarity.normalize(headline)
    for page in pages:
        blocks: list[tuple[str, Any]] = []
        for block in page.blocks:
            text = (block.text or "").strip()
            if block.kind == "subheading" and title and similarity.normalize(text) == title:
                continue
            if block.kind == "paragraph" and text:
                blocks.append(("paragraph", f"<p>{escape(text)}</p>"))
            elif block.kind == "subheading" and text:
                blocks.append(("paragraph", f"<h2>{escape(text)}</h2>"))
            elif block.kind == "quote" and text:
                blocks.append(("quote", {"text": text, "attribution": ""}))
            elif block.kind == "video" and block.url and playable_video(block.url):
                blocks.append(("video", {"url": block.url, "title": text[:255]}))
            elif block.kind == "image" and block.url in images:
                info = block.image or ExtractedImage()
                blocks.append(
                    (
                        "image",
                        {
                            "image": images[block.url],
                            "caption": info.caption[:500],
                            "credit": info.credit[:255],
                        },
                    )
                )
            # "Baca Juga" links point at the source portal's stories, not ours: they stay in
            # the source record only.
        if blocks or not result:
            result.append({"title": page.title[:255], "blocks": blocks})
    return result


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def import_story(
    story: ExtractedStory,
    *,
    source: str,
    actor: User | None = None,
    section: str = "",
    fallback_section: newsroom.SectionPage | None = None,
    with_images: bool = False,
) -> ImportResult:
    """Make ``story`` a draft (never published), or say why not; all or nothing."""
    validate(story)
    earlier = already_imported(story)
    if earlier is not None:
        return ImportResult(
            source,
            ALREADY,
            _("already imported: %(url)s") % {"url": admin_edit_url(earlier.draft)},
            draft=earlier.draft,
        )
    body = story.body_text
    notes: list[str] = []
    with transaction.atomic():
        target = choose_section(story, section=section, fallback=fallback_section)
        authors = choose_authors(story, target, actor)
        near = find_near_duplicate(body)
        images: dict[str, NewsImage] = {}
        lead = None
        if with_images and is_url(story.source_url):
            if story.lead_image and story.lead_image.url:
                lead = download_image(story.lead_image, title=story.headline, notes=notes)
            for block in (b for p in story.pages for b in p.blocks):
                if block.kind == "image" and block.url and block.url not in images:
                    photo = download_image(
                        block.image or ExtractedImage(url=block.url),
                        title=story.headline,
                        notes=notes,
                    )
                    if photo is not None:
                        images[block.url] = photo
        lead_info = story.lead_image or ExtractedImage()
        video = story.lead_video_url if playable_video(story.lead_video_url or "") else ""
        draft = newsroom.create_article_draft(
            target,
            headline=_shorten(story.headline, 255),
            lede=_shorten(story.lede or story.paragraphs[0], 500),
            authors=authors,
            pages=story_pages(story.pages, images, story.headline),
            dateline=_shorten(story.dateline, 100),
            wire_source=_shorten(story.wire_source, 150),
            lead_image=lead,
            lead_caption=_shorten(lead_info.caption, 500),
            lead_credit=_shorten(lead_info.credit, 255),
            lead_video_url=video,
            tags=[_shorten(tag, 100) for tag in story.tags],
            actor=actor,
        )
        remember_article(draft, body)
        ImportedStory.objects.create(
            source=source[:1000],
            canonical_url=canonical_address(story.canonical_url or story.source_url),
            fingerprint=similarity.fingerprint(story.headline, body),
            source_name=story.source_name[:200],
            extractor=story.extractor[:200],
            fields=story.to_json(),
            lead_image_url=lead_info.url[:1000],
            imported_by=actor,
            draft=draft,
            near_duplicate_of=near.article if near else None,
            similarity=near.similarity if near else None,
        )
    message = _("imported as a draft: %(url)s") % {"url": admin_edit_url(draft)}
    return ImportResult(source, IMPORTED, message, draft=draft, near_duplicate=near, notes=notes)

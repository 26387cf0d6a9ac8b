"""The text of a story as the newsroom checks read it.

Checks never look at pages, forms or imported files directly: the editor's form,
a stored story and an importer's result are each turned into a ``StoryText``,
so one set of checks serves the Wagtail editor, ``redaksi check FILE`` and the
import preview alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Severity = Literal["warning", "blocking"]


@dataclass
class StoryBlock:
    """A piece of one story page, in reading order.

    ``kind`` is "paragraph", "subheading", "image", "video", "quote" or "related";
    ``text`` is plain text; for photos ``caption`` and ``credit``; ``has_media``
    says whether an image or video block actually carries its media.
    """

    kind: str
    text: str = ""
    caption: str = ""
    credit: str = ""
    has_media: bool = True


@dataclass
class StoryPage:
    title: str = ""
    blocks: list[StoryBlock] = field(default_factory=list)


@dataclass
class MediaCue:
    """A line announcing media ("Saksikan Video Berikut Ini:") that an importer dropped."""

    text: str
    page: int = 0
    position: int = 0
    media_follows: bool | None = None


@dataclass
class StoryText:
    headline: str = ""
    lede: str = ""
    pages: list[StoryPage] = field(default_factory=list)
    dateline: str = ""
    wire_source: str = ""
    has_lead_image: bool = False
    lead_caption: str = ""
    lead_credit: str = ""
    lead_video_url: str = ""
    published_at: datetime | None = None
    """When the story is (or will be) published; weekday checks use its year."""
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    media_cues: list[MediaCue] = field(default_factory=list)
    source_text: str = ""
    """For an imported story: the text of the wire item or page it came from, kept by the ingest."""

    @property
    def paragraphs(self) -> list[str]:
        return [
            block.text
            for page in self.pages
            for block in page.blocks
            if block.kind in ("paragraph", "quote") and block.text
        ]


@dataclass
class Finding:
    """One problem a check found, said to the editor in the site's language.

    ``field`` names the form field it concerns ("title", "lede", "body",
    "lead_caption", "lead_credit", "wire_source", ...) so the editor shows it
    next to that field; ``page`` and ``block`` locate it inside the body.
    """

    check: str
    severity: Severity
    field: str
    message: str
    excerpt: str = ""
    page: int | None = None
    block: int | None = None
    source_excerpt: str = ""
    """For drift from the source: the source's wording, shown beside ``excerpt``."""

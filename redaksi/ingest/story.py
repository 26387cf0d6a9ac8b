"""What an importer recovers from one outside story, before anything is written.

Every extractor (structured data, site rules, the generic main-text extractor,
text captures, wire feeds) fills this same shape, so the importer, the
`--json --dry-run` output and the newsroom checks all read one thing.
Times are timezone-aware and in UTC; ``source_time_zone`` keeps the zone the
source printed them in (e.g. "WIB").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

BlockKind = Literal["paragraph", "subheading", "image", "video", "quote", "related"]


@dataclass
class ExtractedImage:
    url: str = ""
    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass
class ExtractedBlock:
    """One piece of a story page, in reading order.

    ``text`` is plain text for paragraphs, subheadings, quotes and related links;
    ``url`` is the image, video or related story address; ``image`` carries a
    photo's caption and credit.
    """

    kind: BlockKind
    text: str = ""
    url: str = ""
    image: ExtractedImage | None = None


@dataclass
class ExtractedPage:
    title: str = ""
    blocks: list[ExtractedBlock] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "paragraph" and b.text]


@dataclass
class RemovedText:
    """Text dropped as portal furniture, kept so checks can still reason about it.

    ``page`` is the index into ``ExtractedStory.pages`` and ``position`` the block
    index it stood before; ``media_follows`` tells, for a cue such as
    "Saksikan Video Berikut Ini:", whether the media it announces was there.
    """

    text: str
    reason: str
    page: int = 0
    position: int = 0
    media_follows: bool | None = None


@dataclass
class ExtractedStory:
    headline: str = ""
    lede: str = ""
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    updated_at: datetime | None = None
    source_time_zone: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    lead_image: ExtractedImage | None = None
    lead_video_url: str = ""
    dateline: str = ""
    wire_source: str = ""
    pages: list[ExtractedPage] = field(default_factory=list)
    removed: list[RemovedText] = field(default_factory=list)
    language: str = ""
    source_url: str = ""
    canonical_url: str = ""
    source_name: str = ""
    """The publisher ("Liputan6.com") or feed the story came from."""
    extractor: str = ""
    """Which layers produced the fields, e.g. "json-ld+site:liputan6+trafilatura"."""
    field_origins: dict[str, str] = field(default_factory=dict)
    """For each filled field, the layer that supplied it (shown by --json)."""

    @property
    def paragraphs(self) -> list[str]:
        return [text for page in self.pages for text in page.paragraphs]

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("published_at", "updated_at"):
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        return data

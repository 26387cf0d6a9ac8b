"""Reading what `redaksi import` is given: files, folders and web addresses.

A source is either a story (a saved page, a text capture, an article address,
whose following pages are fetched and joined in order) or a wire feed, which
goes to the ingest inbox instead. Extraction itself belongs to
``redaksi.ingest.extract``; this module only gets the bytes there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from .extract import ExtractionError, decode, extract_document, find_next_page, merge_pages
from .fetch import fetch, is_url, max_bytes
from .story import ExtractedStory

STORY_SUFFIXES = (".html", ".htm", ".txt", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
# Whitespace, processing instructions, comments and a DOCTYPE, whose internal subset
# ("<!DOCTYPE rss [<!ENTITY ...>]>") may hold ">" of its own.
_PROLOGUE = re.compile(
    rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^>\[]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)


class SourceError(Exception):
    """The source cannot be read; ``str()`` is the message for the editor."""


@dataclass
class Material:
    """The raw bytes of one source and what they appear to be."""

    source: str
    data: bytes
    url: str = ""
    filename: str = ""
    content_type: str = ""

    @property
    def is_feed(self) -> bool:
        return looks_like_feed(self.data, self.content_type)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """An RSS, RDF or Atom document, judged by its first element rather than its name."""
    if any(kind in content_type for kind in ("rss", "atom")):
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    head = head[_PROLOGUE.match(head).end() :]
    return bool(_FEED_START.match(head))


def expand(sources: list[str]) -> list[str]:
    """Each address or file as given; a folder becomes its story and feed files, sorted."""
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if not is_url(source) and path.is_dir():
            found = sorted(
                str(child)
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in STORY_SUFFIXES + FEED_SUFFIXES
            )
            expanded.extend(found)
        else:
            expanded.append(source)
    return expanded


def read(source: str) -> Material:
    """The bytes of a file or web address; raises SourceError or FetchError."""
    if is_url(source):
        fetched = fetch(source)
        return Material(source, fetched.content, url=fetched.url, content_type=fetched.content_type)
    path = Path(source)
    if not path.exists():
        raise SourceError(_("There is no file or folder called %(name)s.") % {"name": source})
    limit = max_bytes()
    try:
        # The same limit as a fetched page: a file too large is refused before it is read.
        if path.stat().st_size > limit:
            raise _too_large(source, limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SourceError(
            _("%(name)s cannot be read (%(reason)s).") % {"name": source, "reason": exc.strerror}
        ) from exc
    if len(data) > limit:  # it grew while we looked
        raise _too_large(source, limit)
    return Material(source, data, filename=path.name)


def _too_large(source: str, limit: int) -> SourceError:
    return SourceError(
        _("%(name)s is larger than the limit of %(size)d KB (REDAKSI_INGEST_MAX_BYTES).")
        % {"name": source, "size": limit // 1024}
    )


def max_pages() -> int:
    return int(getattr(settings, "REDAKSI_INGEST_MAX_PAGES", 10))


def extract_story(material: Material) -> ExtractedStory:
    """The story in ``material``; for a web page, its following pages are joined in order."""
    story = extract_document(
        material.data,
        url=material.url,
        filename=material.filename,
        content_type=material.content_type,
    )
    if not material.url:
        story.source_url = story.source_url or ""
        return story
    story.source_url = story.source_url or material.url
    seen = {material.url}
    more: list[ExtractedStory] = []
    html = decode(material.data, content_type=material.content_type)
    url = material.url
    while len(more) + 1 < max_pages():
        next_url = find_next_page(html, url)
        if not next_url or next_url in seen:
            break
        seen.add(next_url)
        fetched = fetch(next_url)
        try:
            page = extract_document(
                fetched.content, url=fetched.url, content_type=fetched.content_type
            )
        except ExtractionError:
            break  # a trailing page without story text ends the story, it does not void it
        more.append(page)
        html, url = decode(fetched.content, content_type=fetched.content_type), fetched.url
    return merge_pages(story, *more) if more else story


def story_from_url(url: str) -> ExtractedStory:
    """Fetch and extract the article at ``url`` (used for feed items with a summary only)."""
    return extract_story(read(url))

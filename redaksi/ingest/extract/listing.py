"""Pages that list stories (front pages, sections, indexes, tags, searches), not one story.

A listing can look like a story to every layer: it has a title, times, and
paragraphs (each one the summary of a different story). Three habits give it
away, none of them tied to a portal:

- its address is a front page or names a listing ("/indeks", "/tag/…",
  "/search?q=…") and carries no story slug or number;
- the paragraphs we took each sit in their own box beside a headline link to a
  different story (teasers);
- it is mostly links to other stories, with little text of its own.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from django.utils.translation import gettext as _

from ..story import ExtractedStory
from .text import normalize

_LISTING_WORDS = {
    "indeks", "index", "tag", "tags", "topik", "topic", "topics", "search", "cari", "pencarian",
    "kanal", "kategori", "category", "arsip", "archive", "terpopuler", "terkini", "terbaru",
}  # fmt: skip
_SEARCH_PARAMS = {"q", "query", "s", "keyword", "kata"}
# A story's address carries its slug ("warga-desa-perbaiki-jembatan") or its number.
_STORY_PATH = re.compile(r"[\w]+(?:-[\w]+){3,}|\d{5,}")
_HEADLINE_WORDS = 4


def _address_reason(url: str, *, front_page: bool = True) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    if _STORY_PATH.search(path):
        return ""
    segments = [s.lower() for s in path.split("/") if s]
    host_labels = (parts.hostname or "").split(".")
    if any(k.lower() in _SEARCH_PARAMS for k, _v in parse_qsl(parts.query)):
        return _("its address is a search")
    if not segments and front_page:
        return _("its address is the portal's front page")
    if _LISTING_WORDS & ({*segments} | {host_labels[0]}):
        return _("its address is an index, tag or section page")
    return ""


def _nearest_link(el: Any) -> str:
    """The address of the first headline link in the nearest box around ``el``."""
    box = el.getparent()
    for _level in range(3):
        if box is None or box.tag in ("body", "html"):
            return ""
        for a in box.xpath(".//a[@href]"):
            if len(normalize(a.text_content()).split()) >= _HEADLINE_WORDS:
                return a.get("href")
        box = box.getparent()
    return ""


def _teasers(tree: Any, paragraphs: list[str]) -> bool:
    """Most paragraphs sit beside their own link to a different story."""
    probes = [p[:60] for p in paragraphs if len(p) >= 40][:12]
    if len(probes) < 3:
        return False
    holders = []
    for el in tree.xpath("//body//*[self::p or self::div or self::span or self::li]"):
        text = normalize(el.text_content())
        if len(text) < 1200 and any(probe in text for probe in probes):
            holders.append((len(text), el, text))
    links = set()
    for probe in probes:
        found = sorted(
            ((size, el) for size, el, text in holders if probe in text), key=lambda f: f[0]
        )
        if found:
            href = _nearest_link(found[0][1])
            if href:
                links.add(href)
    return len(links) >= 3 and len(links) >= len(probes) * 0.6


_DECLARED_ARTICLE = (
    '//meta[@property="og:type"][contains(@content,"article")]'
    '|//meta[@property="article:published_time" or @name="pubdate"]'
    '|//*[@itemprop="datePublished"]'
    '|//script[@type="application/ld+json"][contains(.,"Article")]'
)


def _mostly_links(tree: Any, story: ExtractedStory) -> bool:
    """Little text of its own beside many links to other stories, and no claim to be a story.

    A photo story has a caption's worth of text and the portal's usual links
    around it, but its page says it is an article.
    """
    words = sum(len(p.split()) for p in story.paragraphs)
    if words >= 60 or tree.xpath(_DECLARED_ARTICLE):
        return False
    hrefs = {
        a.get("href")
        for a in tree.xpath("//body//a[@href]")
        if len(normalize(a.text_content()).split()) >= _HEADLINE_WORDS
    }
    return len(hrefs) >= 20


def listing_reason(tree: Any, story: ExtractedStory, url: str) -> str:
    """Why the page is a list of stories rather than one ("" when it is a story)."""
    # Some portals give every page the front page as canonical address: only the real one counts.
    reason = _address_reason(url) or _address_reason(story.canonical_url, front_page=False)
    if reason:
        return reason
    if _teasers(tree, story.paragraphs):
        return _("each paragraph is the summary of a different story")
    if _mostly_links(tree, story):
        return _("it is mostly links to other stories")
    return ""

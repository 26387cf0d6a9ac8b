"""Reading pages no site rule knows: where the story's box, time and tags are.

Portals without structured data still follow habits we can recognise without
knowing their markup: the time is a short line with a date and a clock, tags
link to the portal's tag pages, and the story is the smallest box holding the
text a main-content extractor found. These helpers let the generic layer use
those habits; ``extract_html`` decides when to trust them.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..story import ExtractedPage, RemovedText
from .body import BodyWalker
from .dates import parse_datetime
from .text import normalize

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DAY_OR_MONTH = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|\d{1,2}\s+(?:jan|feb|mar|apr|mei|"
    r"may|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\w*\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\b",
    re.I,
)


def visible_time(tree: Any) -> str:
    """The first short line that is a date with a clock time ("Rabu, 25 Nov 2026 14:05 WITA").

    Portals without structured data print the time in a box whose class names
    nothing we know ("namerep", "post-meta"); the line itself is unmistakable.
    """
    for el in tree.xpath(
        "//body//*[self::time or self::span or self::div or self::b or self::strong"
        " or self::small or self::p or self::li][not(ancestor::a)]"
    )[:1500]:
        text = normalize(el.text_content())
        if not text or len(text) > 90 or not _CLOCK.search(text) or not _DAY_OR_MONTH.search(text):
            continue
        if parse_datetime(text)[0] is not None:
            return text
    return ""


def tag_links(tree: Any) -> list[str]:
    """Tags as the links to a portal's tag pages, in the first box that holds them."""
    anchors = tree.xpath(
        '//body//a[contains(@href,"/tag/") or contains(@href,"/tags/") or contains(@href,"/topik/")'
        ' or contains(@href,"/topic/")][not(ancestor::nav or ancestor::header or ancestor::footer)]'
    )
    if not anchors:
        return []
    box = anchors[0].getparent()
    while box is not None and len([a for a in anchors if box in a.iterancestors()]) < 2:
        if box.tag in ("body", "html"):
            break
        box = box.getparent()
    return [normalize(a.text_content()) for a in anchors if box in a.iterancestors()]


def _main_container(tree: Any, paragraphs: list[str]) -> Any:
    """The smallest element that holds nearly every paragraph trafilatura found.

    trafilatura finds the story's text well but drops what an editor needs
    around it (Baca Juga links, embedded videos, media cues); walking the
    element it took the text from keeps them.
    """
    probes = [p[:50] for p in paragraphs if len(p) >= 30]
    if len(probes) < 2:
        return None
    need = max(2, -(-len(probes) * 4 // 5))

    def hits(el: Any) -> int:
        text = normalize(el.text_content())
        return sum(1 for probe in probes if probe in text)

    bodies = tree.xpath("//body")
    node = bodies[0] if bodies else None
    if node is None or hits(node) < need:
        return None
    while True:
        for child in node:
            if isinstance(child.tag, str) and hits(child) >= need:
                node = child
                break
        else:
            return node


def _caption_text(block: Any) -> str:
    """A photo's caption and credit as printed: text the walk accounted for, not lost."""
    return normalize(f"{block.image.caption} {block.image.credit}")


def walk_container(
    tree: Any, html_pages: list[ExtractedPage], url: str
) -> tuple[list[ExtractedPage], list[RemovedText]] | None:
    """The pages and furniture of the box holding trafilatura's paragraphs, or None."""
    paragraphs = [p for page in html_pages for p in page.paragraphs]
    container = _main_container(tree, paragraphs)
    if container is None or container.tag in ("body", "html"):
        return None
    walker = BodyWalker(url)
    walker.walk_page(copy.deepcopy(container))
    pages, removed = walker.finish()
    walked = [p for page in pages for p in page.paragraphs]
    seen = [b.text for page in pages for b in page.blocks] + [r.text for r in removed]
    seen += [_caption_text(b) for page in pages for b in page.blocks if b.image]
    # Trust the walk only when it is the same story: it accounts for what trafilatura
    # kept, adding at most a little that trafilatura judged to be boilerplate.
    kept = sum(1 for p in paragraphs if any(p[:50] in w for w in seen))
    if kept < len(paragraphs) * 0.8 or len(walked) > len(paragraphs) + max(3, len(paragraphs) // 2):
        return None
    return pages, removed

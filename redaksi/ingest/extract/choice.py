"""Choosing the story's body among several readings of the page, never worse than the fallback.

The site rules, structured data and the box around trafilatura's paragraphs each
give a body; on real pages any of them can go wrong (a box that also holds the
related-story list, a photo page whose caption is the story, paragraphs lost).
Every reading is trimmed of the furniture that sits before the story's first
sentence and after its last, then held against trafilatura's own text: when the
first reading agrees with it, it stays (it keeps what an editor needs: Baca Juga
links, videos, media cues) unless another reading holds all of it and a
paragraph or more besides; when they disagree, the reading that carries the
most prose and the least furniture wins.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..story import ExtractedBlock, ExtractedPage, RemovedText
from .body import BodyWalker
from .dates import MONTH_NUMBERS, parse_datetime
from .text import normalize

# A paragraph with fewer words than this is a label, a title or a date, not prose.
PROSE_WORDS = 10
_BOX_TAGS = ("div", "article", "section", "main", "td")
_NOT_BOX = re.compile(r"comment|komentar|sidebar|footer|related|terkait|populer|popular|menu|nav")


@dataclass
class Reading:
    """One candidate body: its pages, the furniture it dropped, and where it came from."""

    origin: str
    pages: list[ExtractedPage]
    removed: list[RemovedText] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(b.text for p in self.pages for b in p.blocks if b.kind == "paragraph")

    @property
    def seen(self) -> str:
        """Everything this reading accounted for: story, related links and dropped furniture."""
        blocks = " ".join(b.text for p in self.pages for b in p.blocks if b.text)
        captions = " ".join(
            f"{b.image.caption} {b.image.credit}" for p in self.pages for b in p.blocks if b.image
        )
        return " ".join([blocks, captions, *(r.text for r in self.removed)])


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


_SENTENCE_END = re.compile(r"[.…][\"”’']?$|[\"”]$")


def _is_prose(block: ExtractedBlock) -> bool:
    """A story sentence: a long paragraph, or a short one that ends like a sentence.

    Titles of other stories, labels and menu items rarely end with a full stop.
    """
    if block.kind != "paragraph":
        return False
    words = len(block.text.split())
    return words >= PROSE_WORDS or (words >= 4 and bool(_SENTENCE_END.search(block.text)))


_TIME_WORDS = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum", "at", "sabtu", "minggu", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "wib", "wita", "wit",
    "pukul", "jam", "update", "diperbarui", "gmt", "utc",
}  # fmt: skip


def _is_time_line(text: str) -> bool:
    """A line that is only a date and time: the portal's date line, another story's timestamp.

    Only day, month and zone words besides the numbers: "Jadwal laga Sabtu 22.00 WIB." is story.
    """
    if len(text) > 60 or not re.search(r"\d{1,2}[:.]\d{2}", text):
        return False
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if any(w not in _TIME_WORDS and w not in MONTH_NUMBERS for w in words):
        return False
    return parse_datetime(text)[0] is not None


def trim(reading: Reading) -> Reading:
    """The reading without the furniture before the story's first sentence and after its last.

    Before the first prose paragraph a page may carry the lead photo and a short
    lede; more than two pictures there, and bare time lines, are other stories'
    thumbnails. After the last prose paragraph, a run of short lines and
    pictures is a related-story list or a footer; videos, quotes and related
    links stay, since portals put them there on purpose.
    """
    pages = copy.deepcopy(reading.pages)
    removed = list(reading.removed)
    if not pages:
        return reading
    first = pages[0]
    start = next((i for i, b in enumerate(first.blocks) if _is_prose(b)), None)
    if start is not None:
        head = first.blocks[:start]
        pictures = sum(1 for b in head if b.kind == "image")
        kept = []
        for block in head:
            drop = (block.kind == "paragraph" and _is_time_line(block.text)) or (
                pictures > 2 and block.kind in ("image", "paragraph", "subheading")
            )
            if drop and block.text:
                removed.append(RemovedText(text=block.text, reason="furniture", page=0))
            if not drop:
                kept.append(block)
        first.blocks = kept + first.blocks[start:]
    last = pages[-1]
    end = max((i for i, b in enumerate(last.blocks) if _is_prose(b)), default=None)
    if end is not None:
        tail = last.blocks[end + 1 :]
        loose = [b for b in tail if b.kind in ("paragraph", "subheading", "image")]
        if len(loose) >= 2:
            for block in loose:
                if block.text:
                    removed.append(
                        RemovedText(text=block.text, reason="furniture", page=len(pages) - 1)
                    )
            last.blocks = last.blocks[: end + 1] + [b for b in tail if b not in loose]
    for page in pages:
        page.blocks = [
            b for b in page.blocks if not (b.kind == "paragraph" and _is_time_line(b.text))
        ]
    return Reading(reading.origin, pages, removed)


def prose_score(reading: Reading) -> float:
    """Words of prose, less a price for every short line and picture mixed into it."""
    score = 0.0
    for page in reading.pages:
        for block in page.blocks:
            if _is_prose(block):
                score += len(block.text.split())
            elif block.kind in ("paragraph", "subheading"):
                score -= 4
            elif block.kind == "image":
                score -= 2
    return score


def _agrees(ours: Reading, reference: str) -> bool:
    """Ours accounts for nearly all of the reference text and adds little prose it lacks."""
    story, seen = Counter(_words(ours.text)), Counter(_words(ours.seen))
    theirs = Counter(_words(reference))
    if not theirs or not story:
        return not theirs
    covered = sum((seen & theirs).values()) / sum(theirs.values())
    return covered >= 0.85 and sum((story & theirs).values()) / sum(story.values()) >= 0.7


def choose(readings: list[Reading], reference: str) -> Reading:
    """The first reading when it agrees with the reference text, else the best-scoring one."""
    trimmed = [trim(r) for r in readings if r.pages and any(p.paragraphs for p in r.pages)]
    if not trimmed:
        return readings[0]
    first = trimmed[0]
    if not reference or _agrees(first, reference):
        # trafilatura may trust the same markup; a box that holds all of ours and more
        # prose besides means the markup wrapped only part of the story.
        wider = [r for r in trimmed[1:] if _extends(r, first)]
        return max(wider, key=prose_score) if wider else first
    return max(trimmed, key=prose_score)  # max keeps the earliest of equals


def _extends(other: Reading, first: Reading) -> bool:
    """``other`` holds nearly all of ``first`` and a paragraph or more of prose besides."""
    mine, theirs = Counter(_words(first.text)), Counter(_words(other.text))
    if not mine:
        return False
    covered = sum((mine & theirs).values()) / sum(mine.values())
    return covered >= 0.95 and prose_score(other) >= 1.15 * prose_score(first) + 15


def _own_words(el: Any) -> int:
    """Words of prose an element holds itself: its text runs and inline children, not boxes."""
    pieces = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            pieces.append(child.tail or "")
            continue
        if child.tag in ("b", "strong", "i", "em", "u", "span", "font", "br", "sup", "sub"):
            pieces.append(child.text_content())
        pieces.append(child.tail or "")
    runs = re.split(r"\n\s*\n", "".join(pieces))
    return sum(len(r.split()) for r in runs if len(r.split()) >= PROSE_WORDS)


def prose_box(tree: Any) -> Any:
    """The element holding the most prose, counting its paragraphs and its own text runs.

    A paragraph's words count for the box that holds it (and half for the box
    around that), the way readability measures work, so the story's box wins
    over the page, the sidebar and the related list.
    """
    scores: dict[Any, float] = {}
    for el in tree.xpath("//body//*[self::p or self::div or self::td or self::section]"):
        if el.xpath(
            "ancestor-or-self::*[self::nav or self::footer or self::header or self::aside]"
        ):
            continue
        if el.tag == "p":
            text = normalize(el.text_content())
            links = sum(len(normalize(a.text_content())) for a in el.xpath(".//a"))
            words = len(text.split()) if links < len(text) / 2 else 0
            if words < PROSE_WORDS:
                continue
        else:
            words = _own_words(el)
            if not words:
                continue
            scores[el] = scores.get(el, 0.0) + words
        parent = el.getparent() if el.tag == "p" else None
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + words
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + words / 2
    candidates = [
        (score, el)
        for el, score in scores.items()
        if el.tag in _BOX_TAGS
        and not _NOT_BOX.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda pair: pair[0])[1]


def box_reading(tree: Any, url: str) -> Reading | None:
    """The prose box walked like any other body, or None on a page without prose."""
    box = prose_box(tree)
    if box is None:
        return None
    walker = BodyWalker(url)
    walker.walk_page(copy.deepcopy(box))
    pages, removed = walker.finish()
    return Reading("box", pages, removed)

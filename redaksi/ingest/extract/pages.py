"""Multi-page stories: finding the next page and joining the pages in order.

Portals split long stories over "?page=2" (Liputan6, Kompas), "/2" path
suffixes (detik, CNN Indonesia) or plain "Selanjutnya" links, and each later
page opens with its own subheading, which we keep as that page's title.
"""

from __future__ import annotations

import copy
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

from ..story import ExtractedStory
from .text import normalize

_NEXT_TEXT = re.compile(
    r"^(?:selanjutnya|berikutnya|halaman\s+(?:selanjutnya|berikutnya)|next(?:\s+page)?|"
    r"lanjut(?:kan)?(?:\s+membaca)?|baca\s+halaman\s+(?:selanjutnya|berikutnya))?\s*[›»>→↓]*$",
    re.IGNORECASE,
)
_PAGE_PARAMS = ("page", "halaman", "hal", "p")


def _page_number(url: str) -> tuple[int, str]:
    """(current page number, how it is written: "query:<name>", "path" or "")."""
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query):
        if name.lower() in _PAGE_PARAMS and value.isdigit():
            return int(value), f"query:{name}"
    match = re.search(r"/(\d{1,2})/?$", parts.path)
    if match and re.search(r"/\d{3,}|\d{5,}", parts.path[: match.start()]):
        return int(match.group(1)), "path"  # an article id precedes it, so it is a page number
    return 1, ""


def _candidates(url: str, number: int, style: str) -> set[str]:
    parts = urlsplit(url)
    following = number + 1
    found = set()
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() not in _PAGE_PARAMS]
    for name in _PAGE_PARAMS:
        q = urlencode([*query, (name, str(following))])
        found.add(urlunsplit((parts.scheme, parts.netloc, parts.path, q, "")))
    path = parts.path.rstrip("/")
    if style == "path":
        path = path.rsplit("/", 1)[0]
    found.add(urlunsplit((parts.scheme, parts.netloc, f"{path}/{following}", parts.query, "")))
    return found


def _normal(url: str) -> str:
    parts = urlsplit(url)
    query = urlencode(sorted(parse_qsl(parts.query)))
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), query, ""))


def find_next_page(html: str, url: str) -> str | None:
    """The absolute address of the story's next page, or None on its last page."""
    if not html or not html.strip():
        return None
    try:
        tree = lxml_html.document_fromstring(
            html.encode("utf-8", "surrogatepass"), parser=lxml_html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError):
        return None
    here = _normal(url) if url else ""

    def usable(href: str | None) -> str | None:
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return None
        target = urljoin(url, href.strip())
        return target if _normal(target) != here else None

    for href in tree.xpath('//link[@rel="next"]/@href|//a[@rel="next"]/@href'):
        if usable(href):
            return usable(href)
    number, style = _page_number(url) if url else (1, "")
    wanted = {_normal(c) for c in _candidates(url, number, style)} if url else set()
    anchors = tree.xpath("//a[@href]")
    for a in anchors:
        target = usable(a.get("href"))
        if target and _normal(target) in wanted:
            return target
    for a in anchors:
        text = normalize(a.text_content())
        classes = (a.get("class") or "").lower()
        in_pager = a.xpath(
            'ancestor::*[contains(@class,"pag") or contains(@class,"paging") or '
            'contains(@class,"halaman") or contains(@class,"nav")]'
        )
        if (text and _NEXT_TEXT.match(text) and in_pager) or (
            "next" in classes and (in_pager or text)
        ):
            target = usable(a.get("href"))
            if target:
                return target
    return None


def merge_pages(first: ExtractedStory, *more: ExtractedStory) -> ExtractedStory:
    """One story from its pages in order; each page keeps its title.

    Header fields come from the first page; a later page only fills what the
    first lacked. Removed furniture keeps pointing at the right page.
    """
    story = copy.deepcopy(first)
    for other in more:
        offset = len(story.pages)
        for page in copy.deepcopy(other.pages):
            if not page.title and page.blocks and page.blocks[0].kind == "subheading":
                page.title = page.blocks.pop(0).text  # a later page opens with its title
            story.pages.append(page)
        for note in copy.deepcopy(other.removed):
            note.page += offset
            story.removed.append(note)
        for name in (
            "headline", "lede", "authors", "published_at", "updated_at", "source_time_zone",
            "section", "tags", "lead_image", "lead_video_url", "dateline", "wire_source",
            "language", "canonical_url", "source_name",
        ):  # fmt: skip
            if not getattr(story, name) and getattr(other, name):
                setattr(story, name, copy.deepcopy(getattr(other, name)))
                if name in other.field_origins:
                    story.field_origins[name] = other.field_origins[name]
        layers = story.extractor.split("+") if story.extractor else []
        for layer in other.extractor.split("+") if other.extractor else []:
            if layer not in layers:
                layers.append(layer)
        story.extractor = "+".join(layers)
    return story

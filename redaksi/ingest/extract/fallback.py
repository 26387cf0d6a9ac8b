"""trafilatura as the fallback layer: its fields, its paragraphs, and the box they came from.

trafilatura finds a story's text on pages no rule knows, but loses what an
editor needs (links, line breaks, the box's videos); these helpers give its
text back its paragraphs and links and, where they agree, the walked box.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from ..story import ExtractedBlock, ExtractedImage, ExtractedPage
from .body import BodyWalker, visible_text
from .generic import walk_container
from .text import normalize, parse_byline, split_caption, split_tags

_SENTENCE_END = re.compile(r"[.!?…][\"”’')]?$")


def _page_links(tree: Any, url: str) -> list[tuple[str, str]]:
    """(address, text) of the page's links with a title-like text of three words or more."""
    links = []
    for a in tree.xpath("//body//a[@href]"):
        text = normalize(visible_text(a))
        if len(text.split()) >= 3:
            links.append((urljoin(url, a.get("href")), text))
    return links


def _line_break_paragraphs(el: Any) -> list[str]:
    """The paragraphs of a trafilatura <p> whose lines the page broke with <br><br>.

    trafilatura writes one <lb/> for any run of <br>, so a line break after a
    finished sentence is taken as a new paragraph and one mid-sentence (an
    address, a verse) as part of the same paragraph.
    """
    lines = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            lines.append("")
        else:
            lines[-1] += "".join(child.itertext())
        lines[-1] += child.tail or ""
    paragraphs: list[str] = []
    joining = False
    for line in (normalize(line) for line in lines):
        if not line:
            continue
        if joining and paragraphs:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        joining = not _SENTENCE_END.search(line)
    return paragraphs


def trafilatura_fields(html: str, url: str, tree: Any = None) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_images=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        return {}
    fields: dict[str, Any] = {
        "headline": normalize(doc.title),
        "lede": normalize(doc.description),
        "authors": parse_byline(doc.author or ""),
        "published": doc.date or "",
        "source_name": normalize(doc.sitename),
        "tags": split_tags(doc.tags),
        "section": normalize((doc.categories or [""])[0]),
    }
    if doc.image:
        fields["image"] = ExtractedImage(url=urljoin(url, doc.image))
    page = ExtractedPage()
    body = doc.body if doc.body is not None else None
    for el in body.iter() if body is not None else []:
        text = normalize("".join(el.itertext())) if el.tag in ("p", "head", "item", "quote") else ""
        if el.tag == "p" and text and el.getparent() is not None and el.getparent().tag != "quote":
            for piece in _line_break_paragraphs(el):  # "<br><br>" paragraphs inside one <p>
                page.blocks.append(ExtractedBlock(kind="paragraph", text=piece))
        elif el.tag == "head" and text:
            page.blocks.append(ExtractedBlock(kind="subheading", text=text))
        elif el.tag == "item" and text:
            page.blocks.append(ExtractedBlock(kind="paragraph", text=text))
        elif el.tag == "quote" and text:
            page.blocks.append(ExtractedBlock(kind="quote", text=text))
        elif el.tag == "graphic" and el.get("src"):
            caption, credit = split_caption(el.get("title") or "")
            image = ExtractedImage(
                url=urljoin(url, el.get("src")),
                caption=caption,
                credit=credit,
                alt=el.get("alt", ""),
            )
            page.blocks.append(ExtractedBlock(kind="image", url=image.url, image=image))
    if not page.paragraphs and normalize(doc.text):
        page.blocks = [
            ExtractedBlock(kind="paragraph", text=normalize(line))
            for line in (doc.text or "").splitlines()
            if normalize(line)
        ]
    if page.paragraphs:
        walker = BodyWalker(url)  # the same furniture rules as every other layer
        walker.pages.append(ExtractedPage())
        anchors = _page_links(tree, url) if tree is not None else []
        for block in page.blocks:
            if block.kind == "paragraph":
                # trafilatura's text has lost its links; the page's own tell a list of
                # other stories' titles from a sentence.
                walker._paragraph(block.text, [a for a in anchors if a[1] in block.text])
            else:
                walker._add(block)
        fields["pages"], fields["removed"] = walker.finish()
        fields["text_pages"], fields["text_removed"] = fields["pages"], fields["removed"]
        fields["reference"] = " ".join(p for pg in fields["pages"] for p in pg.paragraphs)
        walked = walk_container(tree, fields["pages"], url) if tree is not None else None
        if walked:
            fields["pages"], fields["removed"] = walked
    return fields

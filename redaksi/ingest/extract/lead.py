"""The lead picture: its address, caption and credit, and its copies in the body."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from ..story import ExtractedImage, ExtractedStory
from .body import figure_image, image_src
from .text import normalize, split_caption


def same_image(a: str, b: str) -> bool:
    def key(u: str) -> str:
        return urlsplit(u).path.rsplit("/", 1)[-1].split("?")[0].lower()

    return bool(a and b) and (a == b or key(a) == key(b))


def finish_lead_image(story: ExtractedStory, tree: Any, url: str) -> None:
    image = story.lead_image
    if image is None:
        return
    image.url = urljoin(url, image.url)
    for page in story.pages[:1]:
        for block in list(page.blocks[:3]):
            if block.kind == "image" and same_image(block.url, image.url):
                page.blocks.remove(block)  # the lead photo, repeated at the top of the body
                if block.image and not image.caption:
                    image.caption, image.credit = block.image.caption, block.image.credit
    if not image.caption:
        for figure in tree.xpath("//figure[.//img]"):
            found = figure_image(figure, url)
            if found and same_image(found.url, image.url) and found.caption:
                image.caption, image.credit = found.caption, image.credit or found.credit
                break
    if not image.caption:
        found = _wrapper_caption(tree, image.url, url)
        if found is not None:
            image.caption, image.credit = found.caption, image.credit or found.credit
    image.caption = normalize(image.caption)
    if not image.credit:
        image.caption, image.credit = split_caption(image.caption)
    drop_repeated(story, {image.caption, f"{image.caption} {image.credit}".strip()})


def _wrapper_caption(tree: Any, image_url: str, base_url: str) -> ExtractedImage | None:
    """Caption of the lead photo when it sits in a plain box beside the <img>, not a <figure>.

    The nearest wrapper holding that one picture and a short text is the
    photo's box, and that text is its caption (with the credit, if printed).
    """
    for img in tree.xpath("//body//img"):
        if not same_image(urljoin(base_url, image_src(img)), image_url):
            continue
        box = img.getparent()
        for _level in range(3):
            if box is None or box.tag in ("body", "article", "main", "html"):
                break
            if len(box.xpath(".//img")) > 1 or box.xpath(_LONG_PARAGRAPH):
                break
            if box.xpath(_CAPTION_ELEMENT):
                image = figure_image(box, base_url)
                if image and image.caption:
                    return image
            text = normalize(box.text_content())
            if text and len(text.split()) <= 60:
                caption, credit = split_caption(text)
                return ExtractedImage(url=image_url, caption=caption, credit=credit)
            box = box.getparent()
        return None
    return None


_LONG_PARAGRAPH = ".//p[string-length(normalize-space()) > 200]"
_CAPTION_ELEMENT = (
    './/figcaption|.//*[contains(translate(@class,"CAPTION","caption"),"caption")'
    ' or contains(@class,"keterangan")]'
)


def drop_repeated(story: ExtractedStory, texts: set[str]) -> None:
    """Drop body paragraphs that only repeat the headline or the lead photo's caption."""
    texts = {t.casefold() for t in texts | {story.headline} if t}

    def repeated(text: str) -> bool:
        caption, credit = split_caption(text)
        return text.casefold() in texts or bool(credit) and caption.casefold() in texts

    for page in story.pages:
        page.blocks = [
            b
            for b in page.blocks
            if not (b.kind in ("paragraph", "subheading") and repeated(b.text))
        ]

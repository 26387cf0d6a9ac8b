"""The lead picture: its address, caption and credit, and its copies in the body."""

from __future__ import annotations

import copy
import os.path
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..story import ExtractedImage, ExtractedStory
from .body import CAPTION_ELEMENTS, CREDIT_ELEMENTS, figure_image, image_src, usable_image_url
from .text import normalize, split_caption


def _file_name(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1].split("?")[0].lower()


def same_image(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or _file_name(a) == _file_name(b))


def _copies(a: str, b: str) -> bool:
    """Two sizes or crops of one picture: file names sharing most of their stem
    ("1703186banjir-p.jpg" and "1703186banjir-780x390.jpg", "449_300" and "449_620")."""
    stems = sorted(
        (os.path.splitext(_file_name(a))[0], os.path.splitext(_file_name(b))[0]), key=len
    )
    shared = len(os.path.commonprefix(stems))
    return shared >= 6 and shared >= 0.4 * len(stems[1])


def finish_lead_image(story: ExtractedStory, tree: Any, url: str) -> None:
    image = story.lead_image
    if image is None:
        return
    image.url = urljoin(url, image.url)
    headline = _headline(tree, story.headline)
    if not image.caption and headline is not None and not _shown(tree, image.url, url):
        shown = _photo_under(headline, tree, url)
        if shown is not None and _copies(shown, image.url):
            image.url = shown  # the copy the page shows under the headline, with its caption
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
    if not image.credit and headline is not None:
        image.credit = _photographer_line(headline)
    drop_repeated(story, {image.caption, f"{image.caption} {image.credit}".strip()})


def _shown(tree: Any, image_url: str, base_url: str) -> bool:
    return any(
        same_image(urljoin(base_url, image_src(img)), image_url)
        for img in tree.xpath("//body//img")
    )


_ICON = re.compile(r"icon|logo|share|sprite|avatar|button|btn|badge|rating|star", re.IGNORECASE)
_ICON_BOX = './ancestor::*[contains(@class,"share") or contains(@class,"social")]'
_NOT_PICTURE = re.compile(r"\.(?:php|aspx?|js|html?|cgi)$")


def _headline(tree: Any, headline: str) -> Any:
    """The element printing the story's headline (portals also put their logo in an <h1>)."""
    wanted = normalize(headline).casefold()
    headings = tree.xpath("//body//h1|//body//h2")
    for heading in headings:
        if wanted and normalize(heading.text_content()).casefold() == wanted:
            return heading
    ones = tree.xpath("//body//h1")
    return ones[0] if len(ones) == 1 else None


def _is_picture(img: Any, base_url: str) -> bool:
    """A picture of the story, not a share button, logo, icon or advertisement."""
    src = usable_image_url(image_src(img), base_url)
    name = _file_name(src)
    if not src or _ICON.search(name) or img.xpath(_ICON_BOX) or _NOT_PICTURE.search(name):
        return False
    sizes = [re.match(r"\d+", img.get(a) or "") for a in ("width", "height")]
    return all(size is None or int(size.group()) >= 100 for size in sizes)


def _photo_under(headline: Any, tree: Any, base_url: str) -> str | None:
    """The first picture between the headline and the story's first paragraph, if any."""
    after, start = False, 0
    for seen, el in enumerate(tree.iter()):
        if el is headline:
            after, start = True, seen
            continue
        if not after or not isinstance(el.tag, str):
            continue
        if seen - start > 400 or el.tag == "p" and len(normalize(el.text_content())) > 150:
            return None  # the story has begun
        if el.tag == "img" and _is_picture(el, base_url):
            return usable_image_url(image_src(el), base_url)
    return None


def _wrapper_caption(tree: Any, image_url: str, base_url: str) -> ExtractedImage | None:
    """Caption of the lead photo when it sits in a plain box beside the <img>, not a <figure>.

    The nearest wrapper holding that one picture and a short text is the photo's box: an
    element in it that names a credit (``class="author"``) is the credit, the rest of the text
    the caption. A box holding only the credit ("Outlet/Name") leaves the caption to the box
    printed after it (``class="caption"``, "…desc", "deskripsi"). A gallery thumbnail may carry
    the caption in its own ``caption`` attribute.
    """
    for img in tree.xpath("//body//img"):
        if not same_image(urljoin(base_url, image_src(img)), image_url):
            continue
        own = normalize(img.get("caption") or img.get("data-caption"))
        if own:
            caption, credit = split_caption(own)
            return ExtractedImage(url=image_url, caption=caption, credit=credit)
        box = img.getparent()
        for _level in range(3):
            if box is None or box.tag in ("body", "article", "main", "html"):
                break
            if _pictures(box, base_url) > 1 or box.xpath(_LONG_PARAGRAPH) or box.xpath(".//h1"):
                break
            if box.xpath(CAPTION_ELEMENTS):
                image = figure_image(box, base_url)
                if image and image.caption:
                    return image
            text, credit = _text_and_credit(box)
            if text or credit:
                if len(text.split()) > 60:
                    return None
                caption, split_credit = split_caption(text)
                credit = credit or split_credit
                if not caption:
                    caption, after_credit = split_caption(_caption_after(box))
                    credit = credit or after_credit
                return ExtractedImage(url=image_url, caption=caption, credit=credit)
            after = _caption_after(box)
            if after:
                caption, credit = split_caption(after)
                return ExtractedImage(url=image_url, caption=caption, credit=credit)
            box = box.getparent()
        return None
    return None


_LONG_PARAGRAPH = ".//p[string-length(normalize-space()) > 200]"
_CAPTION_CLASS = re.compile(
    r"caption|desc|deskripsi|keterangan|(?:^|[\s_-])(?:cap|ket)(?:$|[\s_-])"
)


def _pictures(box: Any, base_url: str) -> int:
    return sum(1 for img in box.xpath(".//img") if _is_picture(img, base_url))


def _text_and_credit(box: Any) -> tuple[str, str]:
    """The box's text without its credit element, and that element's text."""
    credits = [el for el in box.xpath(CREDIT_ELEMENTS) if len(el.text_content().split()) <= 8]
    if not credits:
        return normalize(box.text_content()), ""
    rest = copy.deepcopy(box)
    for el in rest.xpath(CREDIT_ELEMENTS)[:1]:
        el.drop_tree()
    text = normalize(rest.text_content())
    # The credit's element may hold the caption as well ("Name/©Outlet/Photographer").
    caption, credit = split_caption(normalize(credits[0].text_content()))
    if not credit:
        caption, credit = "", re.sub(r"^(?:foto|photo)\s*:\s*", "", caption, flags=re.I)
    return normalize(f"{caption} {text}"), credit


def _caption_after(box: Any) -> str:
    """A short caption printed in the element right after the photo's box."""
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        text = normalize(sibling.text_content())
        classes = " ".join(
            (el.get("class") or "")
            for el in (sibling, *sibling.iterdescendants())
            if isinstance(el.tag, str)
        )
        if text and len(text.split()) <= 60 and _CAPTION_CLASS.search(classes.lower()):
            return text
        return ""
    return ""


_PHOTOGRAPHER = re.compile(
    r"^(?:fotografer|pewarta foto|juru foto|photographer)\s*:\s*(?P<name>\S.{1,60})$",
    re.IGNORECASE,
)


def _photographer_line(headline: Any) -> str:
    """ "Fotografer: Name" printed beside the headline of a photo story credits its photos."""
    box = headline.getparent()
    for el in box.iter() if box is not None else ():
        if isinstance(el.tag, str) and el.tag in ("strong", "b", "span", "div", "p", "small"):
            found = _PHOTOGRAPHER.match(normalize(el.text_content()))
            if found and len(found.group("name").split()) <= 6:
                return found.group("name").strip(" .")
    return ""


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

"""Turn a story's body container into blocks, and the portal furniture into notes.

Portals mix the story with ads, "Baca juga" links, video cues and promos inside
the same container, and write paragraphs as <p>, as text split by <br><br>, or
both. The walker keeps reading order, emits paragraphs, subheadings, images
(with caption and credit), videos, quotes and related links, and records every
piece of furniture it drops as RemovedText so the newsroom checks can see it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ..story import ExtractedBlock, ExtractedImage, ExtractedPage, RemovedText
from .text import RELATED_PREFIX, furniture_reason, names_photo_credit, normalize, split_caption

_SKIP_TAGS = {
    "script", "style", "noscript", "form", "button", "svg", "template", "input", "select",
    "textarea", "nav", "header", "footer", "head", "title", "meta", "link",
}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "table", "tbody",
    "thead", "tr", "td", "th", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "aside",
    "center", "dl", "dt", "dd", "figcaption", "picture", "iframe", "video", "img", "br",
}  # fmt: skip
_EMBED = re.compile(
    r"embed[\w-]*\s+(?:[\w-]+\s+)*video|video[\w-]*\s+(?:[\w-]+\s+)*embed|embed-video|video-embed"
)
_MEDIA_TAGS = {"img", "figure", "picture", "iframe", "video"}
_CLASS_RELATED = re.compile(r"baca[-_ ]?juga|linksisip|related|artikel[-_]terkait|inline[-_]link")
_CLASS_AD = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|iklan|banner|parallax\w*|sponsor\w*|dfp)(?:$|[\s_-])"
)
_CLASS_NAV = re.compile(
    r"pagination|paging|breadcrumb|share|social|tags?(?:$|[\s_-])|comment|newsletter"
)
VIDEO_HOSTS = re.compile(
    r"youtube\.com|youtu\.be|youtube-nocookie|vidio\.com|dailymotion|vimeo|20\.detik|tv\.|"
    r"video\.|/video|/embed|facebook\.com/plugins/video|tiktok\.com",
    re.IGNORECASE,
)


_LAZY_ATTRS = (
    "data-src", "data-original", "data-lazy-src", "data-lazy", "data-original-src", "data-echo",
    "data-url", "data-image", "data-img", "lazy-src", "data-hi-res-src", "data-srcset", "src",
    "srcset",
)  # fmt: skip
# What a lazy-loading page shows before the picture arrives, never the picture itself.
_PLACEHOLDER = re.compile(
    r"(?:^|[/_.-])(?:blank|placeholder|lazy|loading|loader|spacer|pixel|transparent|"
    r"1x1|no[-_]?image|noimage|default[-_]?(?:image|img|thumb)?|grey|gray)[\w-]*\.(?:gif|png|jpe?g|svg|webp)"
    r"(?:$|\?)",
    re.IGNORECASE,
)
_DOUBLED_SCHEME = re.compile(r"^(?:https?:)+(?=https?://)|^(?:https?:)(?=//https?://)", re.I)


def usable_image_url(value: str, base_url: str = "") -> str:
    """The absolute address of a real picture, or "" for a placeholder or a directory.

    Repairs a doubled scheme ("http:http://…"), which some templates print.
    """
    value = _DOUBLED_SCHEME.sub("", (value or "").strip())
    if value.startswith("//http"):
        value = value[2:]
    if not value or value.startswith(("data:", "javascript:", "#")):
        return ""
    url = urljoin(base_url, value)
    path = urlsplit(url).path
    if _PLACEHOLDER.search(path.rsplit("/", 1)[-1]) or path.endswith("/") or not path:
        return ""
    last = path.rsplit("/", 1)[-1]
    if "." not in last and path.count("/") <= 2 and not urlsplit(url).query:
        return ""  # "https://img.example/new": a folder, not a picture
    return url


def image_src(el: lxml_html.HtmlElement) -> str:
    """The real picture of a (possibly lazy-loaded) <img>, skipping placeholders."""
    for attr in _LAZY_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            if "srcset" in attr:  # "a.jpg 1x, b.jpg 2x"; a plain src may hold commas (Cloudinary)
                value = re.split(r",\s+", value)[0]
            value = value.split()[0]
            if usable_image_url(value, "http://x.invalid/"):
                return value
    return ""


CAPTION_ELEMENTS = './/figcaption|.//*[contains(@class,"caption") or contains(@class,"keterangan")]'
# Inside a photo's box these name whose picture it is ("<span class="author">Instagram</span>").
CREDIT_ELEMENTS = (
    './/*[contains(@class,"credit") or contains(@class,"copyright") or contains(@class,"source")'
    ' or contains(@class,"author") or contains(@class,"fotografer")'
    ' or contains(@class,"photographer")]'
)
# A title attribute that is a file name or a number says nothing about the picture.
_NOT_A_CAPTION = re.compile(r"[\W\d_]*|[\w.-]+\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)


def figure_image(figure: lxml_html.HtmlElement, base_url: str) -> ExtractedImage | None:
    """Image, caption and credit of a <figure> (or any wrapper holding an <img> and a caption).

    Without a caption element the picture's ``title`` is its caption, and its ``alt`` when
    that ends with a credit ("… (YouTube)", "…/©Outlet/Name"): the only caption it has.
    """
    imgs = figure.xpath(".//img") if figure.tag != "img" else [figure]
    if not imgs:
        return None
    img = imgs[0]
    caption_els = figure.xpath(CAPTION_ELEMENTS)
    credit_els = figure.xpath(CREDIT_ELEMENTS)
    credit = normalize(credit_els[0].text_content()) if credit_els else ""
    caption = normalize(caption_els[0].text_content()) if caption_els else ""
    if credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip(" -|")
    title = normalize(img.get("title"))
    caption, split_credit = split_caption(
        caption or ("" if _NOT_A_CAPTION.fullmatch(title) else title)
    )
    credit = _clean(credit) or split_credit
    alt = normalize(img.get("alt"))
    if not caption_els and not credit and alt:
        alt_caption, alt_credit = split_caption(alt)
        if alt_credit:
            caption, credit = alt_caption, alt_credit
    return ExtractedImage(
        url=usable_image_url(image_src(img), base_url),
        caption=caption,
        credit=credit,
        alt=alt,
    )


def _clean(credit: str) -> str:
    return re.sub(r"^(?:foto|photo|photo credit|sumber)\s*:\s*", "", credit, flags=re.I).strip(
        " ()"
    )


def visible_text(el: lxml_html.HtmlElement) -> str:
    """An element's text without the <style> or <script> a portal put inside a link or span."""
    return "".join(el.xpath(".//text()[not(ancestor::script or ancestor::style)]"))


def _only_links(text: str, links: list[tuple[str, str]]) -> bool:
    """True when a block's text is nothing but its links' titles (a list of related stories)."""
    rest = normalize(text)
    for _url, title in links:
        rest = rest.replace(title, "", 1)
    return len(re.sub(r"[\W_]+", "", rest)) <= 3


class BodyWalker:
    """Collects the blocks of one or more pages, in order."""

    def __init__(self, base_url: str = "") -> None:
        self.base_url = base_url
        self.pages: list[ExtractedPage] = []
        self.removed: list[RemovedText] = []
        self._cues: list[RemovedText] = []
        self._buffer: list[str] = []
        self._links: list[tuple[str, str]] = []
        # A bare "Baca Juga:" line announces links in the next block (a list, usually).
        self._related_pending = False
        # The photo just added, while its caption may still follow as loose text.
        self._uncaptioned: ExtractedBlock | None = None

    # --- public -------------------------------------------------------------
    def walk_page(self, container: lxml_html.HtmlElement, title: str = "") -> None:
        self.pages.append(ExtractedPage(title=normalize(title)))
        self._container(container)
        self._flush()
        self._settle_cues()

    def finish(self) -> tuple[list[ExtractedPage], list[RemovedText]]:
        self._settle_cues()
        pages = [p for p in self.pages if p.blocks or p.title]
        return pages, self.removed

    # --- blocks -------------------------------------------------------------
    @property
    def _page(self) -> ExtractedPage:
        return self.pages[-1]

    def _add(self, block: ExtractedBlock) -> None:
        for cue in self._cues:
            cue.media_follows = block.kind == "video"
        self._cues = []
        self._uncaptioned = None
        self._page.blocks.append(block)

    def _add_image(self, block: ExtractedBlock, captioned: bool) -> None:
        self._add(block)
        if not captioned:
            self._uncaptioned = block

    def _caption_of_photo(self, text: str) -> bool:
        """Loose text right after a photo without a caption element, crediting a photo
        ("… Foto: Name"), is that photo's caption: it is printed under it, not story."""
        block = self._uncaptioned
        if block is None or block.image is None or len(text.split()) > 60:
            return False
        if not names_photo_credit(text):
            return False
        block.image.caption, block.image.credit = split_caption(text)
        self._uncaptioned = None
        return True

    def _remove(self, text: str, reason: str) -> None:
        note = RemovedText(
            text=text, reason=reason, page=len(self.pages) - 1, position=len(self._page.blocks)
        )
        self.removed.append(note)
        if reason == "media-cue":
            self._cues.append(note)

    def _settle_cues(self) -> None:
        for cue in self._cues:
            cue.media_follows = False
        self._cues = []

    def _flush(self) -> None:
        raw, links = "".join(self._buffer), self._links
        self._buffer, self._links = [], []
        pieces = [normalize(piece) for piece in re.split(r"\n\s*\n", raw)]
        for piece in pieces:
            if len(pieces) > 1:  # "<br><br>" paragraphs: each keeps only the links it shows
                piece_links = [link for link in links if link[1] and link[1] in piece]
                self._paragraph(piece, piece_links)
            else:
                self._paragraph(piece, links)

    def _paragraph(self, text: str, links: list[tuple[str, str]], kind: str = "paragraph") -> None:
        if not text:
            return
        reason = furniture_reason(text)
        pending, self._related_pending = self._related_pending, False
        targets = [link for link in links if link[0] and link[1]]
        if pending and not reason and targets and _only_links(text, targets):
            reason = "related-link"  # the titles listed under a bare "Baca Juga:"
            self._related_pending = True  # …one after another
        if reason == "related-link":
            if len(targets) > 1:  # "Baca juga:<br>Judul satu<br>Judul dua": one block per link
                for url, title in targets:
                    self._add(ExtractedBlock(kind="related", text=title, url=url))
                return
            target = next((link for link in links if link[0]), None)
            if target:
                title = normalize(RELATED_PREFIX.sub("", text)) or target[1]
                self._add(ExtractedBlock(kind="related", text=title, url=target[0]))
                return
            self._related_pending = not normalize(RELATED_PREFIX.sub("", text + " "))
        if not reason and kind == "paragraph" and len(targets) > 1 and _only_links(text, targets):
            # Nothing but the titles of other stories, run together: a related list.
            for url, title in targets:
                self._add(ExtractedBlock(kind="related", text=title, url=url))
            return
        if reason:
            self._remove(text, reason)
            return
        if kind == "paragraph" and self._caption_of_photo(text):
            return
        self._add(ExtractedBlock(kind=kind, text=text))  # type: ignore[arg-type]

    # --- walking ------------------------------------------------------------
    def _container(self, el: lxml_html.HtmlElement) -> None:
        if el.text:
            self._buffer.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):  # comments, processing instructions
                if child.tail:
                    self._buffer.append(child.tail)
                continue
            self._element(child)
            if child.tail:
                self._buffer.append(child.tail)

    def _element(self, el: lxml_html.HtmlElement) -> None:
        tag = el.tag.lower()
        classes = " ".join((el.get("class") or "", el.get("id") or "")).lower()
        if tag in _SKIP_TAGS or el.get("hidden") is not None:
            return
        if tag == "br":
            self._buffer.append("\n")
            return
        if tag == "a" and _EMBED.search(classes) and el.get("href"):
            # <a class="embed video"> becomes the player once scripts run: it is the video.
            self._flush()
            self._add(ExtractedBlock(kind="video", url=urljoin(self.base_url, el.get("href"))))
            return
        has_media = tag in _MEDIA_TAGS or bool(el.xpath(".//img|.//iframe|.//video"))
        if tag not in _BLOCK_TAGS and not has_media and not _CLASS_RELATED.search(classes):
            self._inline(el)
            return
        self._flush()
        if self._related_pending and tag in ("ul", "ol", "div", "p"):
            anchors = [a for a in self._anchors(el) if a[1]]
            if anchors and _only_links(normalize(el.text_content()), anchors):
                self._related(el)
                return
        if _CLASS_RELATED.search(classes):
            self._related(el)
        elif _CLASS_AD.search(classes):
            text = normalize(el.text_content())
            if text:
                self._remove(text, "advertisement")
        elif _CLASS_NAV.search(classes) and tag not in ("p", "figure", "img"):
            text = normalize(el.text_content())
            if text and re.search(r"pagination|paging", classes):
                self._remove(text, "navigation")
        elif tag in ("figure", "picture") or (
            tag == "div" and "photo" in classes and el.xpath(".//img")
        ):
            image = figure_image(el, self.base_url)
            if image and image.url:
                block = ExtractedBlock(kind="image", url=image.url, image=image)
                self._add_image(block, captioned=bool(el.xpath(CAPTION_ELEMENTS)))
        elif tag == "img":
            image = figure_image(el, self.base_url)
            if image and image.url:
                self._add_image(ExtractedBlock(kind="image", url=image.url, image=image), False)
        elif tag in ("iframe", "video"):
            self._video(el)
        elif tag in ("h2", "h3", "h4", "h5", "h6"):
            self._paragraph(normalize(el.text_content()), self._anchors(el), kind="subheading")
        elif tag == "h1":
            return
        elif tag == "blockquote":
            self._quote(el)
        else:
            self._container(el)
        self._flush()

    def _inline(self, el: lxml_html.HtmlElement) -> None:
        if el.tag == "a" and el.get("href"):
            self._links.append(
                (urljoin(self.base_url, el.get("href")), normalize(visible_text(el)))
            )
        self._links.extend(self._anchors(el))
        self._buffer.append(visible_text(el).replace("\n", " "))

    def _anchors(self, el: lxml_html.HtmlElement) -> list[tuple[str, str]]:
        return [
            (urljoin(self.base_url, a.get("href")), normalize(visible_text(a)))
            for a in el.xpath(".//a[@href]")
        ]

    def _related(self, el: lxml_html.HtmlElement) -> None:
        self._related_pending = False
        anchors = [a for a in self._anchors(el) if a[1]]
        if not anchors:
            text = normalize(el.text_content())
            if text:
                self._remove(text, "related-link")
            return
        for url, text in anchors:
            title = normalize(RELATED_PREFIX.sub("", text))
            if title:
                self._add(ExtractedBlock(kind="related", text=title, url=url))

    def _video(self, el: lxml_html.HtmlElement) -> None:
        src = el.get("src") or el.get("data-src") or ""
        if el.tag == "video" and not src:
            sources = el.xpath(".//source/@src")
            src = sources[0] if sources else ""
        if src and (el.tag == "video" or VIDEO_HOSTS.search(src)):
            self._add(ExtractedBlock(kind="video", url=urljoin(self.base_url, src)))

    def _quote(self, el: lxml_html.HtmlElement) -> None:
        links = el.xpath(".//a/@href")
        text = normalize(el.text_content())
        if text:
            url = urljoin(self.base_url, links[-1]) if links else ""
            self._add(ExtractedBlock(kind="quote", text=text, url=url))

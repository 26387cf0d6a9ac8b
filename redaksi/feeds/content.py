"""A story's full text as feed readers and partner sites receive it.

The portal's block templates are written for our own pages (lazy loading,
WebP source sets, player iframes, CSS classes). Feed readers strip most of
that and partners re-style the rest, so each block is written here as plain,
self-contained HTML: headings, paragraphs, figures with caption and credit,
quotes, and links instead of players. Every address is made absolute, because
the HTML is read away from our site, and the result passes an nh3 allow-list
like every other piece of story HTML.
"""

import re
from urllib.parse import urljoin

import nh3
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from redaksi.core.sanitize import ALLOWED_TAGS, URL_SCHEMES

BODY_IMAGE_SPEC = "width-800"

FEED_TAGS = (ALLOWED_TAGS - {"embed"}) | {"figure", "figcaption", "img", "span"}
FEED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
}

_URL_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')


def caption_line(caption: str, credit: str) -> str:
    """'Caption (Photo: Credit)', as the portal prints it under photos."""
    if credit:
        credit = "(" + _("Photo: %(credit)s") % {"credit": credit} + ")"
    return " ".join(part for part in (caption, credit) if part)


def _image(value) -> str:
    image = value.get("image")
    if image is None:
        return ""
    rendition = image.get_rendition(BODY_IMAGE_SPEC)
    caption = value.get("caption") or image.caption
    credit = value.get("credit") or image.credit
    figcaption = caption_line(caption, credit)
    return format_html(
        '<figure><img src="{}" alt="{}" width="{}" height="{}">{}</figure>',
        rendition.url,
        caption or image.alt_text,
        rendition.width,
        rendition.height,
        format_html("<figcaption>{}</figcaption>", figcaption) if figcaption else "",
    )


def _video(value) -> str:
    url = value.get("url") or ""
    if not url:
        return ""
    title = value.get("title") or _("Video")
    line = caption_line(value.get("caption") or "", value.get("credit") or "")
    return format_html(
        '<p><a href="{}">{}</a>{}</p>', url, title, format_html(" {}", line) if line else ""
    )


def _quote(value) -> str:
    attribution = value.get("attribution")
    return format_html(
        "<blockquote><p>{}</p>{}</blockquote>",
        value.get("text") or "",
        format_html("<p>&mdash; {}</p>", attribution) if attribution else "",
    )


def _related(value, request: HttpRequest) -> str:
    article = value.get("article")
    if article is None or not article.live:
        return ""
    return format_html(
        '<p><strong>{}:</strong> <a href="{}">{}</a></p>',
        _("Read also"),
        article.get_url(request) or "",
        value.get("label") or article.title,
    )


def _block(block, request: HttpRequest) -> str:
    kind = block.block_type
    if kind == "paragraph":
        return expand_db_html(block.value.source)
    if kind == "image":
        return _image(block.value)
    if kind == "video":
        return _video(block.value)
    if kind == "quote":
        return _quote(block.value)
    if kind == "related":
        return _related(block.value, request)
    return ""


def absolute_links(html: str, base_url: str) -> str:
    """Rewrite every href and src against ``base_url``; absolute ones stay as they are."""
    return _URL_ATTRIBUTE.sub(
        lambda match: f'{match.group(1)}="{urljoin(base_url, match.group(2))}"', html
    )


def story_html(article, request: HttpRequest) -> str:
    """Every page of the story, in order, as clean HTML with absolute links."""
    parts: list[str] = []
    for page in article.body:
        title = page.value.get("title")
        if title:
            parts.append(format_html("<h2>{}</h2>", title))
        parts.extend(_block(block, request) for block in page.value["content"])
    html = nh3.clean(
        "".join(str(part) for part in parts),
        tags=FEED_TAGS,
        attributes=FEED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return absolute_links(html, request.build_absolute_uri("/"))

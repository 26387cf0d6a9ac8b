"""The first layer: what a page says about itself in machine-readable form.

JSON-LD, OpenGraph, plain meta tags and microdata are written by the portal's
CMS from its own database, so when present they are more exact than anything
read from the visible page. Each reader returns the same small dict of raw
values (names below), and ``extract_html`` takes the first layer that has one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import html as lxml_html

from ..story import ExtractedImage
from .text import normalize, split_tags

ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
    "socialmediaposting", "techarticle", "report",
}  # fmt: skip

# Keys every layer fills: headline, lede, authors, published, updated, section, tags,
# image (ExtractedImage), video_url, source_name, canonical_url, language, article_body.
Fields = dict[str, Any]


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return normalize(str(value.get("name") or value.get("@id") or ""))
    return normalize(str(value)) if value else ""


def _types(node: dict) -> set[str]:
    return {str(t).lower() for t in _as_list(node.get("@type"))}


def _walk_json(value: Any):
    if isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            yield from _walk_json(value.get(key))
    elif isinstance(value, list):
        for item in value:
            yield from _walk_json(item)


def _image(value: Any) -> ExtractedImage | None:
    for item in _as_list(value):
        if isinstance(item, str) and item.strip():
            return ExtractedImage(url=item.strip())
        if isinstance(item, dict):
            url = item.get("url") or item.get("contentUrl") or item.get("@id") or ""
            if url:
                return ExtractedImage(
                    url=str(url).strip(),
                    caption=normalize(item.get("caption") or item.get("description") or ""),
                    credit=normalize(_name(item.get("creditText") or item.get("copyrightHolder"))),
                    alt=normalize(item.get("name") or ""),
                )
    return None


def _load_json(raw: str) -> Any:
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
    try:
        return json.loads(raw)
    except ValueError:
        # CMS templates often leave raw newlines or a trailing comma in the script.
        cleaned = re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ").replace("\t", " "))
        try:
            return json.loads(cleaned)
        except ValueError:
            return None


def read_json_ld(tree: lxml_html.HtmlElement) -> Fields:
    """The article node of the page's JSON-LD (NewsArticle and kin, in @graph or lists)."""
    fields: Fields = {}
    for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        data = _load_json(script.text or "")
        for node in _walk_json(data):
            if not _types(node) & ARTICLE_TYPES:
                if "videoobject" in _types(node) and "video_url" not in fields:
                    url = node.get("embedUrl") or node.get("contentUrl")
                    if url:
                        fields["video_url"] = str(url)
                continue
            _fill(fields, "headline", normalize(node.get("headline") or node.get("name")))
            _fill(fields, "lede", normalize(node.get("description") or node.get("abstract")))
            authors = [_name(a) for a in _as_list(node.get("author") or node.get("creator"))]
            _fill(fields, "authors", [a for a in authors if a])
            _fill(
                fields, "published", str(node.get("datePublished") or node.get("dateCreated") or "")
            )
            _fill(fields, "updated", str(node.get("dateModified") or ""))
            sections = [normalize(str(s)) for s in _as_list(node.get("articleSection"))]
            _fill(fields, "section", next((s for s in sections if s), ""))
            _fill(fields, "tags", split_tags(node.get("keywords")))
            _fill(fields, "image", _image(node.get("image") or node.get("thumbnailUrl")))
            publisher = _name(node.get("publisher")) or _name(node.get("isPartOf"))
            _fill(fields, "source_name", publisher)
            page = node.get("mainEntityOfPage")
            url = node.get("url") or (page.get("@id") if isinstance(page, dict) else page)
            _fill(fields, "canonical_url", str(url or "").strip())
            _fill(fields, "language", str(node.get("inLanguage") or ""))
            _fill(fields, "article_body", str(node.get("articleBody") or ""))
            video = node.get("video")
            if isinstance(video, dict | list):
                for v in _as_list(video):
                    if isinstance(v, dict) and (v.get("embedUrl") or v.get("contentUrl")):
                        _fill(fields, "video_url", str(v.get("embedUrl") or v.get("contentUrl")))
    return fields


def _fill(fields: Fields, key: str, value: Any) -> None:
    if value and not fields.get(key):
        fields[key] = value


def _meta(tree: lxml_html.HtmlElement, *names: str) -> list[str]:
    values = []
    for name in names:
        lowered = name.lower()
        xpath = (
            '//meta[translate(@property,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")=$n'
            ' or translate(@name,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")=$n'
            ' or translate(@itemprop,"ABCDEFGHIJKLMNOPQRSTUVWXYZ","abcdefghijklmnopqrstuvwxyz")=$n]'
            "/@content"
        )
        values.extend(v for v in tree.xpath(xpath, n=lowered) if normalize(v))
    return values


def _first(tree: lxml_html.HtmlElement, *names: str) -> str:
    values = _meta(tree, *names)
    return normalize(values[0]) if values else ""


def read_opengraph(tree: lxml_html.HtmlElement) -> Fields:
    fields: Fields = {}
    _fill(fields, "headline", _first(tree, "og:title", "twitter:title"))
    _fill(fields, "lede", _first(tree, "og:description", "twitter:description"))
    _fill(fields, "published", _first(tree, "article:published_time", "og:published_time"))
    _fill(fields, "updated", _first(tree, "article:modified_time", "og:updated_time"))
    _fill(fields, "section", _first(tree, "article:section"))
    tags: list[str] = []
    for value in _meta(tree, "article:tag"):
        tags.extend(split_tags(value))
    _fill(fields, "tags", split_tags(tags))
    authors = [normalize(a) for a in _meta(tree, "article:author") if not a.startswith("http")]
    _fill(fields, "authors", authors)
    image = _first(tree, "og:image", "og:image:url", "og:image:secure_url", "twitter:image")
    if image:
        fields["image"] = ExtractedImage(url=image, alt=_first(tree, "og:image:alt"))
    _fill(fields, "video_url", _first(tree, "og:video:secure_url", "og:video:url", "og:video"))
    _fill(fields, "source_name", _first(tree, "og:site_name"))
    _fill(fields, "canonical_url", _first(tree, "og:url"))
    _fill(fields, "language", _first(tree, "og:locale"))
    return fields


def read_meta(tree: lxml_html.HtmlElement) -> Fields:
    """Plain meta tags and <title>: what older CMSs and search engines still rely on."""
    fields: Fields = {}
    titles = tree.xpath("//title/text()")
    _fill(fields, "headline", _first(tree, "title", "dc.title") or normalize(" ".join(titles)))
    _fill(fields, "lede", _first(tree, "description", "dc.description"))
    author = _first(tree, "author", "dc.creator", "content_author", "dtk:author", "byl")
    if author and not author.startswith("http"):
        from .text import parse_byline

        fields["authors"] = parse_byline(author)
    _fill(
        fields,
        "published",
        _first(
            tree, "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
            "content_publishedtime", "dtk:publishdate", "publish_date", "datepublished",
        ),
    )  # fmt: skip
    _fill(fields, "updated", _first(tree, "lastmod", "last-modified", "datemodified", "revised"))
    _fill(fields, "section", _first(tree, "section", "category", "content_category", "dtk:kanal"))
    _fill(fields, "tags", split_tags(_first(tree, "news_keywords") or _first(tree, "keywords")))
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    _fill(fields, "canonical_url", canonical[0].strip() if canonical else "")
    lang = tree.xpath("/html/@lang")
    _fill(fields, "language", lang[0] if lang else "")
    return fields


def read_microdata(tree: lxml_html.HtmlElement) -> Fields:
    """itemprop values inside an Article-like itemscope (schema.org microdata)."""
    fields: Fields = {}
    scopes = [
        el
        for el in tree.xpath("//*[@itemscope][@itemtype]")
        if el.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1].lower() in ARTICLE_TYPES
    ]
    for scope in scopes[:1]:
        props: dict[str, list] = {}
        for el in scope.xpath(".//*[@itemprop]"):
            owner = el.xpath("ancestor::*[@itemscope][1]")
            nested = bool(owner) and owner[0] is not scope
            for prop in el.get("itemprop", "").split():
                if nested and prop != "name":
                    continue
                if nested:
                    parent = owner[0].get("itemprop", "")
                    props.setdefault(parent + ".name", []).append(_micro_value(el))
                else:
                    props.setdefault(prop, []).append(el)

        def get(key: str, props: dict[str, list] = props) -> str:
            return _micro_value(props[key][0]) if props.get(key) else ""

        _fill(fields, "headline", normalize(get("headline") or get("name")))
        _fill(fields, "lede", normalize(get("description")))
        authors = props.get("author.name") or [
            normalize(_micro_value(e)) for e in props.get("author", [])
        ]
        _fill(fields, "authors", [normalize(a) for a in authors if normalize(a)])
        _fill(fields, "published", get("datePublished") or get("dateCreated"))
        _fill(fields, "updated", get("dateModified"))
        _fill(fields, "section", normalize(get("articleSection")))
        _fill(fields, "tags", split_tags(get("keywords")))
        image = props.get("image")
        if image:
            fields["image"] = ExtractedImage(url=_micro_value(image[0]))
        _fill(fields, "source_name", normalize(" ".join(props.get("publisher.name", []))))
        fields["body_element"] = props["articleBody"][0] if props.get("articleBody") else None
    return fields


def _micro_value(el: Any) -> str:
    if isinstance(el, str):
        return el
    for attr in ("content", "datetime"):
        if el.get(attr):
            return el.get(attr)
    if el.tag in ("a", "link") and el.get("href") and el.get("itemprop") != "author":
        return el.get("href")
    if el.tag in ("img", "source", "video", "iframe") and el.get("src"):
        return el.get("src")
    return normalize(el.text_content())

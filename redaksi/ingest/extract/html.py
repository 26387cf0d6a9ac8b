"""``extract_html``: structured data, then site rules, then trafilatura.

Each field is taken from the first layer that has it, and ``field_origins``
records which layer that was, so an editor reading ``--json`` can tell a
headline the portal declared from one we guessed from the page.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from django.utils.translation import gettext as _
from lxml import etree
from lxml import html as lxml_html

from ..story import ExtractedBlock, ExtractedPage, ExtractedStory
from .authors import clean_authors, editors_only
from .body import BodyWalker, figure_image, usable_image_url
from .choice import Reading, box_reading, choose
from .dates import parse_datetime
from .errors import ExtractionError
from .fallback import trafilatura_fields
from .generic import tag_links, visible_time
from .lead import drop_repeated, finish_lead_image, same_image
from .sites import GENERIC, SiteRule, find_rule
from .structured import read_json_ld, read_meta, read_microdata, read_opengraph
from .tags import story_tags
from .text import (
    find_wire_source,
    normalize,
    parse_byline,
    split_dateline,
    split_tags,
)
from .titles import strip_site_name, without_section

_SIMPLE = ("headline", "lede", "section", "source_name", "canonical_url", "language")


# The text is already decoded; a <meta charset> still in it must not make lxml decode it again.
PARSER = lxml_html.HTMLParser(encoding="utf-8")


def parse_tree(html: str) -> lxml_html.HtmlElement:
    if not html or not html.strip():
        raise ExtractionError(_("The page is empty."), code="empty")
    try:
        return lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ExtractionError(_("The page could not be read as HTML."), code="broken") from error


def _xpath_text(tree: Any, paths: tuple[str, ...]) -> str:
    for path in paths:
        for found in tree.xpath(path):
            text = normalize(found if isinstance(found, str) else found.text_content())
            if text:
                return text
    return ""


def _byline_text(tree: Any, paths: tuple[str, ...]) -> str:
    """Like _xpath_text, but a name and its job in separate boxes stay separate words."""
    for path in paths:
        for found in tree.xpath(path):
            text = normalize(" ".join(found.itertext()) if not isinstance(found, str) else found)
            if text:
                return text
    return ""


def _headline_element(tree: Any) -> Any:
    """The page's headline: its first <h1>, or the element whose text is the og:title."""
    headings = tree.xpath("//body//h1")
    if headings:
        return headings[0]
    titles = [normalize(t) for t in tree.xpath('//meta[@property="og:title"]/@content')]
    if titles and titles[0]:
        # A headline that links elsewhere is a teaser in a banner, not this page's headline.
        for el in tree.xpath("//body//*[not(self::a) and not(ancestor::a) and not(.//a)]"):
            if normalize(el.text_content()) == titles[0]:
                return el
    return None


def _time_near_headline(tree: Any, paths: tuple[str, ...]) -> str:
    """The date box nearest the headline: the others belong to menus, sidebars and lists."""
    headline = _headline_element(tree)
    if headline is None:
        return ""
    order = {el: i for i, el in enumerate(tree.iter())}
    at = order.get(headline, 0)
    for path in paths:
        found = []
        for el in tree.xpath(path):
            if isinstance(el, str) or el not in order:
                continue
            text = normalize(el.text_content())
            if text and len(text) < 90 and parse_datetime(text)[0] is not None:
                found.append((abs(order[el] - at), text))
        if found:
            return min(found)[1]
    return ""


def _xpath_all(tree: Any, paths: tuple[str, ...]) -> list[str]:
    for path in paths:
        texts = [normalize(el.text_content()) for el in tree.xpath(path)]
        texts = [t for t in texts if t]
        if texts:
            return texts
    return []


class _Builder:
    """Fills an ExtractedStory field by field, remembering who filled what."""

    def __init__(self, url: str) -> None:
        self.story = ExtractedStory(source_url=url)
        self.layers: list[str] = []

    def offer(self, layer: str, fields: dict[str, Any]) -> None:
        used = False
        story = self.story
        for name in _SIMPLE:
            if fields.get(name) and not getattr(story, name):
                setattr(story, name, fields[name])
                story.field_origins[name] = layer
                used = True
        for name in ("authors", "tags"):
            if fields.get(name) and not getattr(story, name):
                setattr(story, name, list(fields[name]))
                story.field_origins[name] = layer
                used = True
        for name, key in (("published_at", "published"), ("updated_at", "updated")):
            if fields.get(key) and getattr(story, name) is None:
                value, zone = parse_datetime(fields[key])
                if value is not None:
                    setattr(story, name, value)
                    story.field_origins[name] = layer
                    if zone and not story.source_time_zone:
                        story.source_time_zone = zone
                    used = True
        image = fields.get("image")
        if image is not None:
            image.url = usable_image_url(image.url, story.source_url)
            image = image if image.url else None  # a placeholder: a later layer may know better
        lead = story.lead_image
        if (
            image
            and lead
            and not lead.caption
            and image.caption
            and same_image(image.url, lead.url)
        ):
            lead.caption, lead.credit = image.caption, lead.credit or image.credit
            lead.alt = lead.alt or image.alt
            story.field_origins["lead_image"] += "+" + layer
        if image and image.url and story.lead_image is None:
            story.lead_image = image
            story.field_origins["lead_image"] = layer
            used = True
        if fields.get("video_url") and not story.lead_video_url:
            story.lead_video_url = fields["video_url"]
            story.field_origins["lead_video_url"] = layer
            used = True
        if fields.get("pages") and not story.pages:
            story.pages = fields["pages"]
            story.removed = fields.get("removed", [])
            story.field_origins["pages"] = layer
            used = True
        if used and layer not in self.layers:
            self.layers.append(layer)


_BYLINE_START = re.compile(
    r"^(?:ditulis\s+)?(?:(?:oleh|penulis|reporter|pewarta)\b\s*:?|rep\s*:)\s*\S", re.I
)


def _labelled_byline(tree: Any) -> str:
    """A short "Oleh X" / "Penulis: X" line on a page whose markup names no author."""
    for el in tree.xpath(
        "//body//*[self::p or self::span or self::div or self::small or self::td]"
    )[:400]:
        text = normalize(el.text_content())
        if len(text) < 80 and _BYLINE_START.match(text):
            return text
    return ""


def _site_fields(tree: Any, rule: SiteRule, url: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"source_name": rule.source_name}
    fields["headline"] = _xpath_text(tree, rule.headline)
    byline = _byline_text(tree, rule.byline) or (_labelled_byline(tree) if rule is GENERIC else "")
    fields["authors"] = parse_byline(byline) if byline else []
    fields["published"] = (
        _time_near_headline(tree, rule.published) if rule is GENERIC else ""
    ) or _xpath_text(tree, rule.published)
    if rule is GENERIC and parse_datetime(fields["published"])[0] is None:
        fields["published"] = visible_time(tree)
    fields["updated"] = _xpath_text(tree, rule.updated)
    crumbs = [c for c in _xpath_all(tree, rule.section) if c.casefold() not in ("home", "beranda")]
    fields["section"] = crumbs[-1] if crumbs else ""
    fields["tags"] = split_tags(_xpath_all(tree, rule.tags))
    if rule is GENERIC and not fields["tags"]:
        fields["tags"] = split_tags(tag_links(tree))
    for path in rule.lead_figure:
        figures = tree.xpath(path)
        if figures:
            image = figure_image(figures[0], url)
            if image and image.url:
                fields["image"] = image
                break
    walker = BodyWalker(url)
    containers = tree.xpath(rule.pages) if rule.pages else []
    if containers:
        for container in containers:
            titles = container.xpath(rule.page_title) if rule.page_title else []
            title = normalize(titles[0].text_content()) if titles else ""
            for t in titles:
                t.drop_tree()
            bodies = [b for path in rule.body for b in container.xpath("." + path)]
            walker.walk_page(bodies[0] if bodies else container, title)
    else:
        for path in rule.body:
            found = tree.xpath(path)
            if found:
                walker.walk_page(found[0])
                break
    fields["pages"], fields["removed"] = walker.finish()
    if not any(p.paragraphs for p in fields["pages"]):
        fields["pages"], fields["removed"] = [], []
    return fields


def finish_body(story: ExtractedStory) -> None:
    """Dateline, publisher and wire attribution from the body, shared with text captures."""
    first = next((b for p in story.pages for b in p.blocks if b.kind == "paragraph"), None)
    if first is not None:
        city, publisher, rest = split_dateline(first.text)
        if rest != first.text and rest:
            first.text = rest
            if city:
                story.dateline = city
                story.field_origins["dateline"] = "body"
            if publisher and not story.source_name:
                story.source_name = publisher
                story.field_origins["source_name"] = "body"
    wire = find_wire_source(story.paragraphs[:6])
    if wire:
        story.wire_source = wire
        story.field_origins["wire_source"] = "body"
    if not story.authors:
        for note in story.removed:
            if note.reason == "byline" and ":" in note.text:  # "Pewarta: X", not "(afp/dna)"
                names = parse_byline(note.text)
                if names:
                    story.authors = names
                    story.field_origins["authors"] = "body"
                    break


def _choose_body(story: ExtractedStory, tree: Any, url: str, fallback: dict[str, Any]) -> None:
    """Keep the body the layers gave only when trafilatura's text agrees with it (choice.py)."""
    readings = [Reading(story.field_origins.get("pages", ""), story.pages, story.removed)]
    if fallback.get("pages"):
        readings.append(Reading("trafilatura", fallback["pages"], fallback["removed"]))
    if fallback.get("text_pages"):
        readings.append(Reading("trafilatura", fallback["text_pages"], fallback["text_removed"]))
    box = box_reading(tree, url)
    if box is not None:
        readings.append(box)
    chosen = choose(readings, fallback.get("reference", ""))
    story.pages, story.removed = chosen.pages, chosen.removed
    if chosen.origin and chosen.origin != readings[0].origin:
        story.field_origins["pages"] = chosen.origin


def extract_html(html: str, *, url: str = "") -> ExtractedStory:
    """Every field we can recover from one HTML page of a story (one page of it, if paged).

    Raises ExtractionError for an empty or unreadable page; deciding whether
    the result is an article at all is ``extract_document``'s job.
    """
    tree = parse_tree(html)
    builder = _Builder(url)
    builder.offer("json-ld", read_json_ld(tree))
    builder.offer("opengraph", read_opengraph(tree))
    microdata = read_microdata(tree)
    builder.offer("microdata", microdata)
    rule = find_rule(html, url)
    if rule is not None:
        builder.offer(f"site:{rule.name}", _site_fields(tree, rule, url))
    generic = _site_fields(tree, GENERIC, url)
    if microdata.get("body_element") is None:
        generic.pop("pages", None)
    builder.offer("html", generic)
    builder.offer("meta", read_meta(tree))
    story = builder.story
    fallback = trafilatura_fields(html, url, tree)
    if not story.pages or not story.headline or story.published_at is None:
        builder.offer("trafilatura", fallback)
    if not story.pages:
        body = read_json_ld(tree).get("article_body", "")
        paragraphs = [normalize(p) for p in re.split(r"\n+", body) if normalize(p)]
        if paragraphs:
            page = ExtractedPage(blocks=[ExtractedBlock("paragraph", p) for p in paragraphs])
            builder.offer("json-ld", {"pages": [page]})
    _choose_body(story, tree, url, fallback)
    story.extractor = "+".join(builder.layers)
    if story.language:
        story.language = story.language.replace("_", "-").split("-")[0].lower()
    elif rule is not None:
        story.language = "id"
    if story.canonical_url:
        story.canonical_url = urljoin(url, story.canonical_url)
    story.headline = strip_site_name(story.headline, story.source_name, url)
    others = tree.xpath(
        '//title/text()|//meta[@property="og:title" or @name="twitter:title"]/@content|//h1'
    )
    story.headline = without_section(
        story.headline,
        [
            strip_site_name(o if isinstance(o, str) else o.text_content(), story.source_name, url)
            for o in others
        ],
    )
    finish_lead_image(story, tree, url)
    if story.lead_image is None:
        drop_repeated(story, set())
    finish_body(story)
    story.authors = clean_authors(story.authors, story.source_name)
    visible = clean_authors([*microdata.get("authors", []), *generic.get("authors", [])])
    if story.authors and visible and editors_only(story.authors, tree):
        # Structured data naming the page's editor as author: the printed byline knows better.
        story.authors = [a for a in visible if not editors_only([a], tree)] or story.authors
    story.tags = story_tags(story)
    return story

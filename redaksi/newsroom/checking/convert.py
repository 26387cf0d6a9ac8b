"""Stories, editor forms and revisions turned into ``StoryText`` for the checks.

Reads an ArticlePage by its attributes (title, lede, body pages of blocks, lead
media, tags, byline); the checks desk itself never sees a page or a form.
"""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from redaksi.checks.api import StoryBlock, StoryPage, StoryText

from .sources import source_text_for

_BLOCK_TAGS = {"p": "paragraph", "li": "paragraph", "blockquote": "quote", "div": "paragraph"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Blocks(HTMLParser):
    """Rich text split into the paragraphs and subheadings a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[StoryBlock] = []
        self.kind = "paragraph"
        self.parts: list[str] = []

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            self.blocks.append(StoryBlock(self.kind, text))
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS or tag in _HEADINGS:
            self.flush()
            self.kind = "subheading" if tag in _HEADINGS else _BLOCK_TAGS[tag]
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS or tag in _HEADINGS:
            self.flush()
            self.kind = "paragraph"

    def handle_data(self, data):
        self.parts.append(data)


def rich_text_blocks(html: str) -> list[StoryBlock]:
    parser = _Blocks()
    parser.feed(html or "")
    parser.close()
    parser.flush()
    return parser.blocks


def _source(value: Any) -> str:
    return getattr(value, "source", None) or str(value or "")


def _blocks(content: Any) -> list[StoryBlock]:
    blocks: list[StoryBlock] = []
    for child in content or []:
        kind = getattr(child, "block_type", "")
        value = getattr(child, "value", None)
        if kind == "paragraph":
            blocks.extend(rich_text_blocks(_source(value)))
        elif kind in ("image", "video"):
            media = value.get("image") if kind == "image" else value.get("url")
            image = value.get("image") if kind == "image" else value.get("poster")
            blocks.append(
                StoryBlock(
                    kind,
                    text=value.get("title") or "",
                    caption=value.get("caption") or getattr(image, "caption", "") or "",
                    credit=value.get("credit") or getattr(image, "credit", "") or "",
                    has_media=bool(media),
                )
            )
        elif kind == "quote":
            blocks.append(StoryBlock("quote", value.get("text") or ""))
        elif kind == "related":
            article = value.get("article")
            label = value.get("label") or getattr(article, "title", "")
            blocks.append(StoryBlock("related", label))
    return blocks


def body_pages(body: Any) -> list[StoryPage]:
    """The pages of a story body StreamField value."""
    pages = []
    for child in body or []:
        value = getattr(child, "value", None) or {}
        pages.append(StoryPage(value.get("title") or "", _blocks(value.get("content"))))
    return pages


def story_text(
    *,
    headline: str = "",
    lede: str = "",
    body: Any = None,
    dateline: str = "",
    wire_source: str = "",
    lead_image: Any = None,
    lead_caption: str = "",
    lead_credit: str = "",
    lead_video_url: str = "",
    published_at: datetime | None = None,
    tags: list[str] | None = None,
    authors: list[str] | None = None,
) -> StoryText:
    """A StoryText from a story's fields; blank caption and credit fall back to the image's."""
    return StoryText(
        headline=headline or "",
        lede=lede or "",
        pages=body_pages(body),
        dateline=dateline or "",
        wire_source=wire_source or "",
        has_lead_image=lead_image is not None,
        lead_caption=lead_caption or getattr(lead_image, "caption", "") or "",
        lead_credit=lead_credit or getattr(lead_image, "credit", "") or "",
        lead_video_url=lead_video_url or "",
        published_at=published_at,
        tags=list(tags or []),
        authors=list(authors or []),
    )


def story_text_from_article(article: Any, *, latest_revision: bool = False) -> StoryText:
    """What the checks read of a story: the page as given, or its latest (draft) revision."""
    if latest_revision and getattr(article, "pk", None):
        article = article.get_latest_revision_as_object()
    text = story_text(
        headline=article.title,
        lede=article.lede,
        body=article.body,
        dateline=article.dateline,
        wire_source=article.wire_source,
        lead_image=article.lead_image,
        lead_caption=article.lead_caption,
        lead_credit=article.lead_credit,
        lead_video_url=article.lead_video_url,
        published_at=article.go_live_at or article.first_published_at,
        tags=[tag.name for tag in article.tags.all()],
        authors=[credit.author.title for credit in article.story_authors.all() if credit.author_id],
    )
    text.source_text = source_text_for(getattr(article, "pk", None))
    return text


def story_text_from_form(form: Any) -> StoryText:
    """What the editor has just submitted: cleaned values, falling back to the stored story."""
    cleaned = getattr(form, "cleaned_data", {}) or {}
    instance = form.instance

    def value(name: str) -> Any:
        return cleaned[name] if name in cleaned else getattr(instance, name, None)

    tags = cleaned.get("tags")
    if tags is None:
        tags = [tag.name for tag in instance.tags.all()] if instance.pk else []
    authors = []
    credits = getattr(form, "formsets", {}).get("story_authors")
    for credit_form in getattr(credits, "forms", []):
        author = (getattr(credit_form, "cleaned_data", None) or {}).get("author")
        if author is not None and not credit_form.cleaned_data.get("DELETE"):
            authors.append(author.title)
    text = story_text(
        headline=value("title"),
        lede=value("lede"),
        body=value("body"),
        dateline=value("dateline"),
        wire_source=value("wire_source"),
        lead_image=value("lead_image"),
        lead_caption=value("lead_caption"),
        lead_credit=value("lead_credit"),
        lead_video_url=value("lead_video_url"),
        published_at=value("go_live_at") or getattr(instance, "first_published_at", None),
        tags=[getattr(tag, "name", tag) for tag in tags],
        authors=authors,
    )
    text.source_text = source_text_for(instance.pk)
    return text

"""Wire and partner feeds: polling them into the inbox, and items into drafts.

Feeds are fetched with the desk's own client (so their base address can be a
local test server) and parsed with feedparser, which reads RSS 0.9x/1.0/2.0
and Atom alike. Items are keyed by their id (or link) per feed, so polling
the same feed again adds only what is new. A feed that cannot be fetched or
read gets its error recorded and the other feeds go on.
"""

from __future__ import annotations

import hashlib
import logging
import xml.sax
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import unescape

import feedparser
import lxml.html
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from redaksi.core.models import User

from .duplicates import find_near_duplicate
from .extract import ExtractionError
from .fetch import FetchError, fetch, is_url
from .importing import ImportResult, import_story
from .models import WireFeed, WireItem
from .sources import story_from_url
from .story import ExtractedBlock, ExtractedPage, ExtractedStory

logger = logging.getLogger(__name__)

_BLOCK_TAGS = {"p": "paragraph", "h2": "subheading", "h3": "subheading", "h4": "subheading"}
_BLOCK_TAGS.update({"blockquote": "quote", "li": "paragraph"})


class FeedError(Exception):
    """The document is not a feed that can be read; ``str()`` says why."""


@dataclass
class PollResult:
    feed: WireFeed
    new_items: int = 0
    error: str = ""


def poll_seconds(feed: WireFeed | None = None) -> int:
    default = int(getattr(settings, "REDAKSI_INGEST_POLL_SECONDS", 300))
    return (feed.poll_seconds if feed and feed.poll_seconds else None) or default


def plain_text(html: str) -> str:
    return " ".join(unescape(strip_tags(html or "")).split())


def _when(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime(*parsed[:6], tzinfo=UTC) if parsed else None


def _malformed(parsed) -> str:
    """Why the document is not well-formed XML, or "" when it is."""
    problem = getattr(parsed, "bozo_exception", None) if parsed.bozo else None
    if not isinstance(problem, xml.sax.SAXException):
        return ""  # e.g. a feed served as text/html or with a wrong charset: still readable
    return _("The feed cannot be read: %(reason)s") % {"reason": problem}


def parse_feed(data: bytes, url: str = "") -> list[dict]:
    """The entries of an RSS or Atom document as WireItem fields; FeedError when unreadable.

    A malformed document is refused as a whole: feedparser would salvage cut-off
    items from it, and a truncated wire item must not reach the inbox looking whole.
    """
    parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    problem = _malformed(parsed)
    if problem:
        raise FeedError(problem)
    if not parsed.entries and not parsed.version:
        raise FeedError(
            _("The feed cannot be read: %(reason)s") % {"reason": _("no RSS or Atom items")}
        )
    entries = []
    for entry in parsed.entries:
        title = plain_text(entry.get("title", ""))
        link = entry.get("link", "")
        content = entry["content"][0].get("value", "") if entry.get("content") else ""
        summary = entry.get("summary", "")
        if not (title or content or summary):
            continue
        guid = entry.get("id") or link
        if not guid:
            guid = hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()
        names = [a.get("name", "") for a in entry.get("authors", []) if a.get("name")]
        entries.append(
            {
                "guid": guid[:500],
                "title": (title or plain_text(summary)[:120] or link)[:500],
                "link": link[:1000],
                "summary": plain_text(summary),
                "content": content,
                "published_at": _when(entry),
                "authors": names or ([entry["author"]] if entry.get("author") else []),
                "tags": [t.get("term", "") for t in entry.get("tags", []) if t.get("term")],
            }
        )
    return entries


def store_items(feed: WireFeed, entries: list[dict]) -> int:
    """Add the entries the inbox does not have yet; returns how many were new."""
    known = set(feed.items.values_list("guid", flat=True))
    known_links = set(feed.items.exclude(link="").values_list("link", flat=True))
    created = 0
    for fields in entries:
        if fields["guid"] in known or (fields["link"] and fields["link"] in known_links):
            continue
        near = find_near_duplicate(plain_text(fields["content"]) or fields["summary"])
        with transaction.atomic():
            WireItem.objects.create(
                feed=feed,
                near_duplicate_of=near.article if near else None,
                similarity=near.similarity if near else None,
                **fields,
            )
        known.add(fields["guid"])
        created += 1
    return created


def poll_feed(feed: WireFeed) -> PollResult:
    """Fetch and store one feed's new items, recording success or the error on the feed."""
    result = PollResult(feed)
    try:
        entries = parse_feed(fetch(feed.url).content, feed.url)
        result.new_items = store_items(feed, entries)
    except (FetchError, FeedError) as exc:
        result.error = str(exc)
    except Exception as exc:  # one broken feed must not stop the others
        logger.exception(_("Polling feed %(url)s failed"), {"url": feed.url})
        result.error = _("Unexpected error: %(reason)s") % {"reason": exc}
    feed.last_polled_at = timezone.now()
    feed.last_error = result.error
    feed.save(update_fields=["last_polled_at", "last_error"])
    return result


def due_feeds(now: datetime | None = None) -> list[WireFeed]:
    now = now or timezone.now()
    feeds = WireFeed.objects.filter(active=True)
    return [
        feed
        for feed in feeds.order_by(F("last_polled_at").asc(nulls_first=True), "pk")
        if is_url(feed.url)
        and (
            feed.last_polled_at is None
            or feed.last_polled_at + timedelta(seconds=poll_seconds(feed)) <= now
        )
    ]


def poll_due_feeds(now: datetime | None = None) -> list[PollResult]:
    return [poll_feed(feed) for feed in due_feeds(now)]


def ingest_feed_document(data: bytes, *, address: str, name: str) -> PollResult:
    """Put a feed given on the command line into the inbox under its own (inactive) feed."""
    feed, _created = WireFeed.objects.get_or_create(
        url=address[:1000], defaults={"name": name[:200], "active": is_url(address)}
    )
    result = PollResult(feed)
    result.new_items = store_items(feed, parse_feed(data, address if is_url(address) else ""))
    feed.last_polled_at, feed.last_error = timezone.now(), ""
    feed.save(update_fields=["last_polled_at", "last_error"])
    return result


def _html_pages(html: str) -> list[ExtractedPage]:
    blocks: list[ExtractedBlock] = []
    if html.strip():
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        for element in root.iter(*_BLOCK_TAGS):
            text = " ".join(element.text_content().split())
            if text and not any(p.tag in _BLOCK_TAGS for p in element.iterancestors()):
                blocks.append(ExtractedBlock(kind=_BLOCK_TAGS[element.tag], text=text))
        if not blocks:
            text = "\n".join(root.itertext())
            blocks = [
                ExtractedBlock(kind="paragraph", text=" ".join(part.split()))
                for part in text.split("\n\n")
                if part.strip()
            ]
    return [ExtractedPage(blocks=blocks)]


def item_story(item: WireItem, notes: list[str]) -> ExtractedStory:
    """The story behind a wire item: the linked article when the feed has only a summary."""
    feed = item.feed
    story = None
    fetch_links = getattr(settings, "REDAKSI_INGEST_FETCH_LINKS", True)
    if not item.content and fetch_links and is_url(item.link):
        try:
            story = story_from_url(item.link)
        except (FetchError, ExtractionError) as exc:
            notes.append(_("The linked page was not used: %(reason)s") % {"reason": exc})
    if story is None or not story.paragraphs:
        story = ExtractedStory(
            pages=_html_pages(item.content or item.summary), extractor="feed", language="id"
        )
    story.headline = story.headline or item.title
    story.lede = story.lede or item.summary[:500]
    story.authors = story.authors or list(item.authors)
    story.tags = story.tags or list(item.tags)
    story.published_at = story.published_at or item.published_at
    story.source_url = story.source_url or item.link
    story.source_name = story.source_name or feed.source_name or feed.name
    story.wire_source = story.wire_source or feed.source_name
    return story


def make_draft(item: WireItem, *, actor: User | None) -> ImportResult:
    """Turn a wire item into a draft (or find the one it already became) and mark it drafted."""
    if item.draft_id:
        return ImportResult(item.link or item.guid, "already_imported", draft=item.draft)
    notes: list[str] = []
    story = item_story(item, notes)
    with transaction.atomic():
        result = import_story(
            story,
            source=item.link or f"{item.feed.url}#{item.guid}",
            actor=actor,
            fallback_section=item.feed.default_section,
        )
        if result.draft is not None:
            item.draft, item.status = result.draft, WireItem.DRAFTED
            item.save(update_fields=["draft", "status"])
    result.notes = notes + result.notes
    return result


def poll_due_feeds_counted() -> dict[str, int]:
    """:func:`poll_due_feeds`, summed up as counts of feeds, new items and errors."""
    results = poll_due_feeds()
    return {
        "feeds": len(results),
        "new_items": sum(result.new_items for result in results),
        "errors": sum(1 for result in results if result.error),
    }

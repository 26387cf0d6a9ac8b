"""RSS 2.0 and Atom feeds, built on Django's syndication framework.

Django writes the common elements; the generators below add what news readers
and aggregators look for beyond them: the full story in ``content:encoded`` or
Atom ``content``, every author of a shared byline (``dc:creator``, Atom
``author``), and the lead image as ``media:content`` next to the enclosure.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.http import http_date

from .caching import finish
from .entries import Entry, Scope, entry_keys, section_scope, site_scope, tag_scope

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
MEDIA_NS = "http://search.yahoo.com/mrss/"


class NewsRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": CONTENT_NS,
            "xmlns:dc": DC_NS,
            "xmlns:media": MEDIA_NS,
        }

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if settings.REDAKSI_WEBSUB_HUB:
            handler.addQuickElement(
                "atom:link", None, {"rel": "hub", "href": settings.REDAKSI_WEBSUB_HUB}
            )

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry: Entry = item["entry"]
        for author in entry.authors:
            handler.addQuickElement("dc:creator", author.name)
        handler.addQuickElement("content:encoded", entry.content_html)
        if entry.image:
            image = entry.image
            handler.startElement(
                "media:content",
                {
                    "url": image.url,
                    "type": image.mime_type,
                    "medium": "image",
                    "width": str(image.width),
                    "height": str(image.height),
                },
            )
            if image.caption:
                handler.addQuickElement("media:description", image.caption)
            handler.endElement("media:content")


class NewsAtom(Atom1Feed):
    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if settings.REDAKSI_WEBSUB_HUB:
            handler.addQuickElement("link", "", {"rel": "hub", "href": settings.REDAKSI_WEBSUB_HUB})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry: Entry = item["entry"]
        for author in entry.authors:
            handler.startElement("author", {})
            handler.addQuickElement("name", author.name)
            if author.url:
                handler.addQuickElement("uri", author.url)
            handler.endElement("author")
        handler.addQuickElement("content", entry.content_html, {"type": "html"})


def advertise_hub(response: HttpResponse, self_url: str) -> None:
    """WebSub discovery: the hub and the feed's own address in the Link header as well."""
    if settings.REDAKSI_WEBSUB_HUB:
        response.headers["Link"] = (
            f'<{settings.REDAKSI_WEBSUB_HUB}>; rel="hub", <{self_url}>; rel="self"'
        )


class StoryFeed(Feed):
    """The newest stories of one scope; subclasses say which scope and which format."""

    kind = "rss"
    feed_type = NewsRss
    language = "id"

    def resolve_scope(self, request: HttpRequest, **kwargs) -> Scope:
        return site_scope(request)

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Django's own __call__ hides the scope; the response needs it for surrogate keys.
        scope = self.resolve_scope(request, **kwargs)
        generator = self.get_feed(scope, request)
        response = HttpResponse(content_type=generator.content_type)
        response.headers["Last-Modified"] = http_date(generator.latest_post_date().timestamp())
        generator.write(response, "utf-8")
        advertise_hub(response, self.feed_url(scope))
        return finish(response, request, entry_keys(scope, scope.items))

    # --- The feed

    def title(self, scope: Scope) -> str:
        return scope.title

    def link(self, scope: Scope) -> str:
        return scope.home_url

    def description(self, scope: Scope) -> str:
        return scope.description

    def subtitle(self, scope: Scope) -> str:
        return scope.description

    def feed_url(self, scope: Scope) -> str:
        return scope.feed_url(self.kind)

    def feed_guid(self, scope: Scope) -> str:
        return scope.feed_url(self.kind)

    def author_name(self, scope: Scope) -> str:
        return scope.publisher

    def items(self, scope: Scope) -> list[Entry]:
        return scope.items

    # --- Each story

    def item_title(self, entry: Entry) -> str:
        return entry.title

    def item_description(self, entry: Entry) -> str:
        return escape(entry.summary)

    def item_link(self, entry: Entry) -> str:
        return entry.url

    def item_guid(self, entry: Entry) -> str:
        return entry.url

    item_guid_is_permalink = True

    def item_pubdate(self, entry: Entry):
        return entry.published

    def item_updateddate(self, entry: Entry):
        return entry.modified

    def item_categories(self, entry: Entry) -> list[str]:
        return entry.categories

    def item_enclosures(self, entry: Entry) -> list[Enclosure]:
        if entry.image is None:
            return []
        image = entry.image
        return [Enclosure(image.url, str(image.length), image.mime_type)]

    def item_extra_kwargs(self, entry: Entry) -> dict:
        return {"entry": entry}


class AtomMixin:
    kind = "atom"
    feed_type = NewsAtom


class SectionMixin:
    def resolve_scope(self, request: HttpRequest, **kwargs) -> Scope:
        return section_scope(request, kwargs["slug"])


class TagMixin:
    def resolve_scope(self, request: HttpRequest, **kwargs) -> Scope:
        return tag_scope(request, kwargs["slug"])


class SiteRss(StoryFeed):
    pass


class SiteAtom(AtomMixin, StoryFeed):
    pass


class SectionRss(SectionMixin, StoryFeed):
    pass


class SectionAtom(SectionMixin, AtomMixin, StoryFeed):
    pass


class TagRss(TagMixin, StoryFeed):
    pass


class TagAtom(TagMixin, AtomMixin, StoryFeed):
    pass

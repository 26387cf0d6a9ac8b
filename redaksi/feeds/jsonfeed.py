"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) for partners who would rather not parse XML.

It carries the same entries as the RSS and Atom feeds: the full story as
``content_html``, the lede as ``summary``, times with the site's offset.
"""

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.http import http_date

from redaksi.core import dates

from .caching import finish
from .entries import Entry, Scope, entry_keys, section_scope, site_scope, tag_scope
from .syndication import advertise_hub

VERSION = "https://jsonfeed.org/version/1.1"
CONTENT_TYPE = "application/feed+json; charset=utf-8"


def _item(entry: Entry, zone: str) -> dict:
    item = {
        "id": entry.url,
        "url": entry.url,
        "title": entry.title,
        "summary": entry.summary,
        "content_html": entry.content_html,
        "date_published": dates.iso_datetime(entry.published, zone),
        "date_modified": dates.iso_datetime(entry.modified, zone),
        "authors": [
            {"name": author.name, **({"url": author.url} if author.url else {})}
            for author in entry.authors
        ],
        "tags": entry.tags,
        "language": "id",
    }
    if entry.image:
        item["image"] = entry.image.url
    return item


def document(scope: Scope) -> dict:
    """The whole feed as a JSON-ready dict."""
    return {
        "version": VERSION,
        "title": scope.title,
        "home_page_url": scope.home_url,
        "feed_url": scope.feed_url("json"),
        "description": scope.description,
        "language": "id",
        "authors": [{"name": scope.publisher, "url": scope.request.build_absolute_uri("/")}],
        "items": [_item(entry, scope.zone) for entry in scope.items],
    } | ({"hubs": [{"type": "WebSub", "url": hub}]} if (hub := settings.REDAKSI_WEBSUB_HUB) else {})


def _respond(request: HttpRequest, scope: Scope) -> HttpResponse:
    body = json.dumps(document(scope), ensure_ascii=False, separators=(",", ":"))
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    advertise_hub(response, scope.feed_url("json"))
    if scope.items:
        newest = max(entry.modified for entry in scope.items)
        response.headers["Last-Modified"] = http_date(newest.timestamp())
    return finish(response, request, entry_keys(scope, scope.items))


def site_feed(request: HttpRequest) -> HttpResponse:
    return _respond(request, site_scope(request))


def section_feed(request: HttpRequest, slug: str) -> HttpResponse:
    return _respond(request, section_scope(request, slug))


def tag_feed(request: HttpRequest, slug: str) -> HttpResponse:
    return _respond(request, tag_scope(request, slug))

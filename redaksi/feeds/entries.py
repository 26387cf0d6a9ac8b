"""What a feed is about (its scope) and what each of its stories says (its entries).

RSS, Atom and JSON Feed carry the same facts in three shapes, so both are
worked out once here, with the request at hand: absolute links on the host the
reader asked, times in the site's zone, the lead image's rendition. The
format modules only arrange them.
"""

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from redaksi.core import dates
from redaksi.core.site import publisher_name, site_identity, site_zone
from redaksi.core.surrogate import LATEST, section_key, story_key, tag_key
from redaksi.newsroom import api as newsroom

from .content import story_html

LEAD_IMAGE_SPEC = "fill-1200x675"
FORMATS = ("rss", "atom", "json")
MIME_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
FORMAT_LABELS = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}


@dataclass(frozen=True)
class Author:
    name: str
    url: str


@dataclass(frozen=True)
class LeadImage:
    url: str
    mime_type: str
    width: int
    height: int
    length: int
    caption: str


@dataclass(frozen=True)
class Entry:
    """One story as every feed format describes it."""

    pk: int
    url: str
    title: str
    summary: str
    content_html: str
    published: datetime
    modified: datetime
    authors: list[Author]
    categories: list[str]
    tags: list[str]
    image: LeadImage | None


@dataclass
class Scope:
    """A feed's subject: the whole site, one section, or one tag."""

    request: HttpRequest
    site: Site
    publisher: str
    title: str
    description: str
    home_url: str
    url_names: dict[str, str]
    url_args: tuple = ()
    stories: QuerySet = field(repr=False, default=None)
    keys: tuple[str, ...] = ()

    @property
    def zone(self) -> str:
        return site_zone(self.request)

    @cached_property
    def items(self) -> "list[Entry]":
        return entries(self)

    def feed_url(self, kind: str) -> str:
        return self.request.build_absolute_uri(reverse(self.url_names[kind], args=self.url_args))


def scope_title(publisher: str, section: str = "", tag: str = "") -> str:
    """'Redaksi', 'Bisnis - Redaksi', 'Tag: pemilu - Redaksi'."""
    if section:
        return f"{section} - {publisher}"
    if tag:
        return _("Tag: %(tag_name)s") % {"tag_name": tag} + f" - {publisher}"
    return publisher


def url_names(prefix: str) -> dict[str, str]:
    return {kind: f"feeds:{prefix}{kind}" for kind in FORMATS}


def _site(request: HttpRequest) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404(_("This address does not belong to any site."))
    return site


def site_scope(request: HttpRequest) -> Scope:
    site = _site(request)
    publisher = publisher_name(request)
    identity = site_identity(request)
    description = (identity.tagline if identity else "") or _("Latest news from %(publisher)s") % {
        "publisher": publisher
    }
    return Scope(
        request=request,
        site=site,
        publisher=publisher,
        title=scope_title(publisher),
        description=description,
        home_url=request.build_absolute_uri(site.root_page.get_url(request) or "/"),
        url_names=url_names(""),
        stories=newsroom.public_only(newsroom.latest_articles(site_root=site.root_page)),
        keys=(LATEST,),
    )


def section_scope(request: HttpRequest, slug: str) -> Scope:
    site = _site(request)
    section = newsroom.find_section(site, slug)
    if section is None or section.get_view_restrictions().exists():
        raise Http404(_("Section not found"))
    publisher = publisher_name(request)
    description = section.intro or _("Latest news in %(section)s from %(publisher)s") % {
        "section": section.title,
        "publisher": publisher,
    }
    stories = newsroom.public_only(newsroom.latest_articles(section=section))
    return Scope(
        request=request,
        site=site,
        publisher=publisher,
        title=scope_title(publisher, section=section.title),
        description=description,
        home_url=request.build_absolute_uri(section.get_url(request)),
        url_names=url_names("section_"),
        url_args=(slug,),
        stories=stories,
        keys=(LATEST, section_key(section.pk)),
    )


def tag_scope(request: HttpRequest, slug: str) -> Scope:
    site = _site(request)
    name = newsroom.tag_name(slug)
    if name is None:
        raise Http404(_("Tag not found"))
    publisher = publisher_name(request)
    return Scope(
        request=request,
        site=site,
        publisher=publisher,
        title=scope_title(publisher, tag=name),
        description=_("Stories tagged %(tag)s from %(publisher)s")
        % {"tag": name, "publisher": publisher},
        home_url=request.build_absolute_uri(reverse("portal:tag", args=[slug])),
        url_names=url_names("tag_"),
        url_args=(slug,),
        stories=newsroom.public_only(newsroom.articles_tagged(slug, site_root=site.root_page)),
        keys=(LATEST, tag_key(slug)),
    )


def _lead_image(article, request: HttpRequest) -> LeadImage | None:
    image = article.lead_image
    if image is None:
        return None
    rendition = image.get_rendition(LEAD_IMAGE_SPEC)
    try:
        length = rendition.file.size
    except (OSError, ValueError, NotImplementedError):
        length = 0  # RSS wants a length; 0 is the agreed "unknown"
    return LeadImage(
        url=request.build_absolute_uri(rendition.url),
        mime_type=mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
        width=rendition.width,
        height=rendition.height,
        length=length,
        caption=article.caption or image.alt_text,
    )


def _absolute(page, request: HttpRequest) -> str:
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


def _section_titles(site: Site) -> dict[str, str]:
    """Section title by tree path, so no story has to ask for its parent."""
    return {section.path: section.title for section in newsroom.site_sections(site)}


def entries(scope: Scope) -> list[Entry]:
    """The scope's newest live, public stories, newest first, at most REDAKSI_FEED_ITEMS."""
    limit = getattr(settings, "REDAKSI_FEED_ITEMS", 50)
    request, zone = scope.request, scope.zone
    stories = list(
        scope.stories.select_related("lead_image", "publication").prefetch_related("tags")[:limit]
    )
    sections = _section_titles(scope.site)
    steplen = Page.steplen
    result = []
    for story in stories:
        tags = [tag.name for tag in story.tags.all()]
        section = sections.get(story.path[:-steplen], "")
        result.append(
            Entry(
                pk=story.pk,
                url=request.build_absolute_uri(story.get_url(request)),
                title=story.title,
                summary=story.lede,
                content_html=story_html(story, request),
                published=dates.to_zone(story.first_published_at, zone),
                modified=dates.to_zone(story.modified_at or story.first_published_at, zone),
                authors=[
                    Author(name=author.title, url=_absolute(author, request))
                    for author in story.authors
                ],
                categories=[section, *tags] if section else tags,
                tags=tags,
                image=_lead_image(story, request),
            )
        )
    return result


def entry_keys(scope: Scope, items: list[Entry]) -> tuple[str, ...]:
    """Surrogate keys for a feed: its scope, and each story it shows."""
    return (*scope.keys, *(story_key(entry.pk) for entry in items))

"""NewsArticle JSON-LD and OpenGraph tags for a story.

Search engines and chat apps read these instead of the page, so they carry the
same facts the reader sees: headline, lede, lead image, authors, section,
tags, corrections, and times with the site's offset (+07:00 for WIB).
"""

from django.http import HttpRequest

from redaksi.core import dates
from redaksi.core.site import publisher_name, site_identity, site_zone

from .models import ArticlePage

SHARE_IMAGE_SPEC = "fill-1200x675"


def absolute_url(page, request: HttpRequest) -> str:
    """Full URL on the host the reader used; ALLOWED_HOSTS keeps that host trustworthy."""
    return request.build_absolute_uri(page.get_url(request))


def share_image_url(article: ArticlePage, request: HttpRequest) -> str:
    if article.lead_image is None:
        return ""
    rendition = article.lead_image.get_rendition(SHARE_IMAGE_SPEC)
    return request.build_absolute_uri(rendition.url)


def _section(article: ArticlePage):
    return article.get_parent()


def _publisher(request: HttpRequest) -> dict:
    publisher = {
        "@type": "NewsMediaOrganization",
        "name": publisher_name(request),
        "url": request.build_absolute_uri("/"),
    }
    identity = site_identity(request)
    if identity and identity.logo:
        logo = identity.logo.get_rendition("height-60")
        publisher["logo"] = {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(logo.url),
            "width": logo.width,
            "height": logo.height,
        }
    return publisher


def news_article(article: ArticlePage, request: HttpRequest) -> dict:
    zone = site_zone(request)
    url = absolute_url(article, request)
    section = _section(article)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title,
        "description": article.lede,
        "inLanguage": "id",
        "datePublished": dates.iso_datetime(article.first_published_at, zone),
        "dateModified": dates.iso_datetime(article.modified_at, zone),
        "author": [
            {"@type": "Person", "name": author.title, "url": absolute_url(author, request)}
            for author in article.authors
        ],
        "publisher": _publisher(request),
        "articleSection": section.title if section else "",
        "keywords": [tag.name for tag in article.tags.all()],
    }
    if image := share_image_url(article, request):
        data["image"] = [image]
    if article.dateline:
        data["locationCreated"] = {"@type": "Place", "name": article.dateline}
    if article.wire_source:
        data["sourceOrganization"] = {"@type": "Organization", "name": article.wire_source}
    if article.lead_video:
        data["video"] = {
            "@type": "VideoObject",
            "name": article.title,
            "description": article.lede,
            "embedUrl": article.lead_video.embed_url,
            "uploadDate": data["datePublished"],
            **({"thumbnailUrl": image} if image else {}),
        }
    corrections = [
        {
            "@type": "CorrectionComment",
            "text": note.note,
            "datePublished": dates.iso_datetime(note.corrected_at, zone),
        }
        for note in article.corrections.all()
    ]
    if corrections:
        data["correction"] = corrections
    return data


def open_graph(article: ArticlePage, request: HttpRequest) -> list[tuple[str, str]]:
    """(property, content) pairs in the order crawlers expect them."""
    zone = site_zone(request)
    section = _section(article)
    tags = [
        ("og:type", "article"),
        ("og:site_name", publisher_name(request)),
        ("og:locale", "id_ID"),
        ("og:title", article.title),
        ("og:description", article.lede),
        ("og:url", absolute_url(article, request)),
    ]
    if image := share_image_url(article, request):
        tags += [("og:image", image), ("og:image:width", "1200"), ("og:image:height", "675")]
        if article.caption:
            tags.append(("og:image:alt", article.caption))
    tags += [
        ("article:published_time", dates.iso_datetime(article.first_published_at, zone)),
        ("article:modified_time", dates.iso_datetime(article.modified_at, zone)),
    ]
    if section:
        tags.append(("article:section", section.title))
    tags += [("article:author", absolute_url(author, request)) for author in article.authors]
    tags += [("article:tag", tag.name) for tag in article.tags.all()]
    return tags

"""Surrogate keys: which stories and listings a response shows.

Views say what they show with :func:`add_surrogate_keys`; the delivery desk
reads the keys back to tag cached pages and CDN responses, and purges by key
when a story changes. Keeping the naming here lets every desk tag its pages
without importing the delivery desk.
"""

from datetime import date

from django.http import HttpRequest

LATEST = "latest"
"""Any listing of newest stories: home, Berita Terkini, feeds, sitemaps."""

MOST_READ = "most-read"
"""Pages showing a Populer ranking; it changes as reads are counted."""

VIDEO = "video"
"""Video listings (Video Pilihan, Video Terkini)."""


def story_key(story_id: int) -> str:
    return f"story-{story_id}"


def section_key(section_id: int) -> str:
    return f"section-{section_id}"


def tag_key(tag_slug: str) -> str:
    return f"tag-{tag_slug}"


def author_key(author_id: int) -> str:
    return f"author-{author_id}"


def day_key(day: date) -> str:
    return f"day-{day.isoformat()}"


def add_surrogate_keys(request: HttpRequest, *keys: str) -> None:
    """Record that the response to ``request`` shows what ``keys`` name."""
    existing = getattr(request, "_surrogate_keys", None)
    if existing is None:
        existing = set()
        request._surrogate_keys = existing
    existing.update(k for k in keys if k)


def surrogate_keys(request: HttpRequest) -> frozenset[str]:
    return frozenset(getattr(request, "_surrogate_keys", ()))

"""What other desks may ask the newsroom.

Portal, feeds, channels and the Cek Fakta desk import only this module. Each
function returns live stories only, newest first, with what a teaser needs
already fetched.
"""

from django.db.models import QuerySet
from wagtail.models import Page, Site

from .models import ArticlePage, SectionPage


def latest_articles(
    *, site_root: Page | None = None, section: Page | None = None, limit: int | None = None
) -> QuerySet[ArticlePage]:
    """Live stories, newest first, optionally within one site or section."""
    stories = ArticlePage.objects.live()
    if section is not None:
        stories = stories.descendant_of(section)
    elif site_root is not None:
        stories = stories.descendant_of(site_root)
    stories = ArticlePage.for_listing(stories)
    return stories[:limit] if limit else stories


def articles_tagged(tag_slug: str, *, site_root: Page | None = None) -> QuerySet[ArticlePage]:
    stories = latest_articles(site_root=site_root).filter(tags__slug=tag_slug)
    return stories.distinct()


def sections(site: Site) -> QuerySet[SectionPage]:
    """The site's live sections in menu order."""
    return SectionPage.objects.live().child_of(site.root_page).order_by("path")


"""Which surrogate keys a served page shows, and which a story change touches.

Views of other desks tag their own responses; Wagtail-served pages are tagged
here, from the page type, so that a new page type is cacheable without its
desk knowing about caching.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from wagtail.models import Page

from redaksi.core.surrogate import (
    LATEST,
    MOST_READ,
    VIDEO,
    author_key,
    day_key,
    section_key,
    story_key,
    tag_key,
)
from redaksi.newsroom.api import ArticlePage, AuthorPage, SectionPage

from .pagecache import ALL_PAGES

# Stories are filed by day in the readers' zone; any Indonesian zone may be the site's.
_DAY_ZONES = (UTC, ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura"))


def page_key(page_id: int) -> str:
    """Any Wagtail page by id: listings of child pages (author index) use their parent's."""
    return f"page-{page_id}"


def _parent_id(page: Page) -> int | None:
    if page.depth <= 1:
        return None
    parent_path = page.path[: -Page.steplen]
    return Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()


def served_page_keys(page: Page) -> set[str]:
    """What a Wagtail page shows when served, by its type."""
    keys = {page_key(page.pk)}
    if isinstance(page, ArticlePage):
        keys |= {story_key(page.pk), LATEST, VIDEO}
        # The story page shows its section anyway: treebeard keeps the parent on the
        # page, so asking for the whole row here saves the template a query.
        if (parent := page.get_parent()) is not None:
            keys.add(section_key(parent.pk))
        keys |= {author_key(author.pk) for author in page.authors}
    elif isinstance(page, SectionPage):
        keys |= {section_key(page.pk), LATEST}
    elif isinstance(page, AuthorPage):
        keys.add(author_key(page.pk))
    elif page.depth <= 2:
        keys |= {LATEST, MOST_READ, VIDEO}  # the home page
    return keys


def _days(moment: datetime | None) -> set[str]:
    if moment is None:
        return set()
    return {day_key(moment.astimezone(zone).date()) for zone in _DAY_ZONES}


def story_change_keys(article: ArticlePage, section_id: int | None = None) -> set[str]:
    """Every listing the story appears in, as it is now (the caller adds what it was before)."""
    keys = {story_key(article.pk), LATEST, page_key(article.pk)}
    section_id = section_id if section_id is not None else _parent_id(article)
    if section_id is not None:
        keys.add(section_key(section_id))
    keys |= _days(article.first_published_at)
    if getattr(article, "has_video", False) or article.lead_video_url:
        keys.add(VIDEO)
    if article.pk is not None:
        keys |= {tag_key(slug) for slug in article.tags.values_list("slug", flat=True)}
        keys |= {
            author_key(a_id) for a_id in article.story_authors.values_list("author_id", flat=True)
        }
    return keys


def page_change_keys(page: Page) -> set[str]:
    """Keys touched when a page other than a story is published, moved or removed."""
    page = page.specific_deferred if type(page) is Page else page
    if isinstance(page, SectionPage) or page.depth <= 2:
        return {ALL_PAGES}  # section names and the home page shape the menu on every page
    keys = {page_key(page.pk)}
    if (parent := _parent_id(page)) is not None:
        keys.add(page_key(parent))
    if isinstance(page, AuthorPage):
        keys.add(author_key(page.pk))
    return keys

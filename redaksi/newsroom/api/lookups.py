"""Finding one section, author, story or tag, and the named questions other desks ask.

Other desks never build queries on the newsroom's models: each question they have
is a function here, named for what it answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.text import slugify
from modelsearch.utils import get_descendants_content_types_pks
from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction, Site

from redaksi.core.listings import cached
from redaksi.core.models import User

from ..models import ArticlePage, ArticleTag, AuthorIndexPage, AuthorPage, SectionPage
from .lists import latest_articles


def find_section(site: Site, slug: str) -> SectionPage | None:
    """The site's live section called ``slug``, or None.

    A value no slug can have (a NUL byte, which PostgreSQL refuses in a query, or
    more than a slug's length) is None without asking the database.
    """
    if "\x00" in slug or len(slug) > 255:
        return None
    return sections(site).filter(slug=slug).first()


def articles_tagged(tag_slug: str, *, site_root: Page | None = None) -> QuerySet[ArticlePage]:
    # A subquery, not a join: a join needs DISTINCT, which sorts every tagged story's full row.
    tagged = ArticleTag.objects.filter(tag__slug=tag_slug).values("content_object_id")
    return latest_articles(site_root=site_root).filter(pk__in=tagged)


def _child_with_slug(parent: Page, model: type[Page], slug: str) -> Page | None:
    return model.objects.child_of(parent).filter(slug=slug).first()


def find_article(section: SectionPage, slug: str) -> ArticlePage | None:
    """The story with ``slug`` in ``section``, live or not."""
    return _child_with_slug(section, ArticlePage, slug)


def find_author(index: AuthorIndexPage, slug: str) -> AuthorPage | None:
    return _child_with_slug(index, AuthorPage, slug)


def find_section_named(site: Site, name: str) -> SectionPage | None:
    """The site's section whose slug or title is ``name`` (any case), live or not.

    Importers and feeds name sections as outside portals print them ("Global",
    "news"); this is how such a name finds ours.
    """
    name = (name or "").strip()
    if not name:
        return None
    candidates = SectionPage.objects.child_of(site.root_page).order_by("path")
    return (
        candidates.filter(slug=slugify(name)).first()
        or candidates.filter(title__iexact=name).first()
    )


def find_author_named(name: str) -> AuthorPage | None:
    """An author profile whose byline name is ``name`` (any case), the oldest if several."""
    name = " ".join((name or "").split())
    if not name:
        return None
    return AuthorPage.objects.filter(title__iexact=name).order_by("pk").first()


def find_author_for_user(user: User) -> AuthorPage | None:
    """The author profile linked to a newsroom account, if it has one."""
    return AuthorPage.objects.filter(user=user).order_by("pk").first()


def has_author_profile(user: User) -> bool:
    return AuthorPage.objects.filter(user=user).exists()


def sections(site: Site) -> QuerySet[SectionPage]:
    """The site's live sections in menu order."""
    return SectionPage.objects.live().child_of(site.root_page).order_by("path")


def public_only(pages: QuerySet) -> QuerySet:
    """``pages`` without those behind a view restriction (Wagtail's ``public()``).

    Wagtail finds the restricted pages by joining every restriction to its page; with
    none at all (the usual case) SQLite reads the whole page tree to learn that, so
    the filter is applied only when some page is restricted.
    """
    if not PageViewRestriction.objects.exists():
        return pages
    return pages.public()


def site_sections(site: Site) -> list[SectionPage]:
    """:func:`sections` as a list, kept until a page is next published, moved or deleted.

    Every listing, filter form and feed asks for them; they change only with a publish.
    """
    return cached(f"sections:{site.pk}", lambda: list(sections(site)))


def tag_name(slug: str) -> str | None:
    """How the tag called ``slug`` is written, or None when there is no such tag."""
    return Tag.objects.filter(slug=slug).values_list("name", flat=True).first()


def authors_with_stories(site: Site) -> QuerySet[AuthorPage]:
    """The site's live author profiles credited on at least one live story.

    Sitemaps list these and leave out empty profiles, which search engines
    would otherwise treat as thin pages.
    """
    credited = (
        ArticlePage.objects.live().descendant_of(site.root_page).values("story_authors__author")
    )
    return AuthorPage.objects.live().descendant_of(site.root_page).filter(pk__in=credited)


def is_live_article(article_id: int) -> bool:
    """Whether a live story has this id: the read counter's check before it counts."""
    return ArticlePage.objects.live().filter(pk=article_id).exists()


def article_sections(article_ids: Iterable[int]) -> dict[int, int | None]:
    """Each existing story's section id, live or not; unknown ids are left out.

    Two queries whatever the number of stories (the section is the page above).
    """
    steplen = ArticlePage.steplen
    paths = dict(ArticlePage.objects.filter(pk__in=set(article_ids)).values_list("pk", "path"))
    section_ids = dict(
        SectionPage.objects.filter(
            path__in={path[:-steplen] for path in paths.values()}
        ).values_list("path", "pk")
    )
    return {pk: section_ids.get(path[:-steplen]) for pk, path in paths.items()}


def article_by_id(article_id: int) -> ArticlePage | None:
    """The story with this id, live or not, or None."""
    return ArticlePage.objects.filter(pk=article_id).first()


def articles_except(article_ids: Iterable[int] | QuerySet, *, limit: int) -> list[ArticlePage]:
    """Up to ``limit`` stories, live or not, whose ids are not among ``article_ids``, oldest
    first: how another desk catches up on stories it has not yet seen."""
    return list(ArticlePage.objects.exclude(pk__in=article_ids).order_by("pk")[:limit])


# --- Search

# What a result shows or needs for a story's address; the rest (lead image, authors)
# is not shown, so it is neither joined nor prefetched. The body is read as the JSON
# text it is stored as, for the snippet, never built into blocks.
SEARCH_RESULT_FIELDS = (
    *("id", "title", "slug", "url_path", "path", "depth", "lede", "first_published_at"),
    *("live", "locale_id"),
)


def searchable_articles(
    *,
    within: Page | None = None,
    published_from: datetime | None = None,
    published_until: datetime | None = None,
) -> QuerySet[ArticlePage]:
    """Live stories a search may find, below ``within`` and first published in the range,
    with only the fields ranking needs (the search backend adds the text query)."""
    stories = ArticlePage.objects.live()
    if within is not None:
        stories = stories.descendant_of(within)
    if published_from is not None:
        stories = stories.filter(first_published_at__gte=published_from)
    if published_until is not None:
        stories = stories.filter(first_published_at__lt=published_until)
    return stories.only("id", "first_published_at")


def search_result_articles(article_ids: Iterable[int]) -> dict[int, ArticlePage]:
    """The live stories among ``article_ids`` by id, with what a search result shows:
    headline, lede, address, date and the body's stored source as ``body_source``."""
    stories = (
        ArticlePage.objects.live()
        .filter(pk__in=list(article_ids))
        .only(*SEARCH_RESULT_FIELDS)
        .annotate(body_source=Cast("body", TextField()))
    )
    return {story.pk: story for story in stories}


def story_content_type_ids() -> list[int]:
    """Content type ids of the story page type and its subtypes, as search indexes store them."""
    return list(get_descendants_content_types_pks(ArticlePage))


# --- Sitemaps


def sitemap_pages(site: Site) -> QuerySet[Page]:
    """Every live, public page of ``site`` except stories (they have their own sitemap
    files) and author profiles without a live story, in tree order, as their own types."""
    credited = authors_with_stories(site).values("pk")
    empty_profiles = AuthorPage.objects.exclude(pk__in=credited).values("pk")
    pages = public_only(site.root_page.get_descendants(inclusive=True).live())
    return (
        pages.not_type(ArticlePage)
        .exclude(pk__in=empty_profiles)
        .order_by("path")
        .defer_streamfields()
        .specific()
    )

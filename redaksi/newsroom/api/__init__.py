"""What other desks may ask the newsroom.

Other desks import only this package, never the newsroom's models or modules,
and ask named questions: "the latest stories of a section", "the stories a search
may find", "the pages of a sitemap". The page classes are exported for type
hints and ``isinstance``; queries on them stay here.

- ``lists``: live stories for listings and teasers, newest first;
- ``lookups``: one section, author, story or tag, and the questions of search,
  sitemaps, the read counter and the importer;
- ``writing``: sections, authors, drafts, corrections and publishing, each taking
  the actor and running in a transaction;
- the places on story and section pages where other desks add what they own
  (``STORY_FOOTER``, ``STORY_AFTER``, ``STORY_MORE``, ``SECTION_HEAD``, ``SECTION_INTRO``:
  see ``hooks``);
- the newsroom checks as the editor sees them (``review_story``; an importing desk
  hands over the source of its drafts with ``register_draft_source``), and the role
  names with ``ensure_roles``.
"""

from ..checking import review_story
from ..checking.sources import register_draft_source
from ..hooks import SECTION_HEAD, SECTION_INTRO, STORY_AFTER, STORY_FOOTER, STORY_MORE
from ..models import ArticlePage, AuthorIndexPage, AuthorPage, SectionPage
from ..roles import ADMIN, EDITOR, FACT_CHECKER, REPORTER, ROLES, ensure_roles
from .lists import (
    articles_published_between,
    latest_articles,
    live_articles,
    related_article_ids,
    related_articles,
    related_teaser_versions,
    teaser_articles,
    teaser_versions,
    video_articles,
)
from .lookups import (
    article_by_id,
    article_sections,
    articles_except,
    articles_tagged,
    authors_with_stories,
    find_article,
    find_author,
    find_author_for_user,
    find_author_named,
    find_section,
    find_section_named,
    has_author_profile,
    is_live_article,
    public_only,
    search_result_articles,
    searchable_articles,
    sections,
    site_sections,
    sitemap_pages,
    story_content_type_ids,
    tag_name,
)
from .writing import (
    StoryPageData,
    add_correction,
    create_article_draft,
    create_author,
    create_author_index,
    create_section,
    publish_article,
    register_story_type,
)

__all__ = [
    "ADMIN",
    "EDITOR",
    "FACT_CHECKER",
    "REPORTER",
    "ROLES",
    "ensure_roles",
    "SECTION_HEAD",
    "SECTION_INTRO",
    "STORY_AFTER",
    "STORY_FOOTER",
    "STORY_MORE",
    "ArticlePage",
    "AuthorIndexPage",
    "AuthorPage",
    "SectionPage",
    "StoryPageData",
    "register_draft_source",
    "review_story",
    "latest_articles",
    "video_articles",
    "live_articles",
    "articles_published_between",
    "related_articles",
    "related_article_ids",
    "related_teaser_versions",
    "teaser_articles",
    "teaser_versions",
    "article_by_id",
    "article_sections",
    "articles_except",
    "articles_tagged",
    "authors_with_stories",
    "find_article",
    "find_author",
    "find_author_for_user",
    "find_author_named",
    "find_section",
    "find_section_named",
    "has_author_profile",
    "is_live_article",
    "public_only",
    "search_result_articles",
    "searchable_articles",
    "sections",
    "site_sections",
    "sitemap_pages",
    "story_content_type_ids",
    "tag_name",
    "create_section",
    "create_author_index",
    "create_author",
    "create_article_draft",
    "add_correction",
    "publish_article",
    "register_story_type",
]

"""The newsroom checks where editors meet them: the edit form, publishing, the admin.

The checks themselves (``redaksi.checks``) are pure: story text in, findings out.
This package is the newsroom's side of that border: it turns stories, forms and
revisions into ``StoryText``, supplies the names the newsroom knows (tags and
authors), and holds publishing while a blocking finding stands.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.cache import cache

from redaksi.checks.api import Finding, StoryText, review

from .convert import story_text_from_article

KNOWN_NAMES_CACHE_KEY = "redaksi:newsroom:known-names"
KNOWN_NAMES_SECONDS = 300


def newsroom_names() -> tuple[list[str], list[str]]:
    """Tag and author names, kept briefly: editors add tags all day."""
    names = cache.get(KNOWN_NAMES_CACHE_KEY)
    if names is None:
        # By name: the story models import this package (through their edit form).
        tags = (
            apps.get_model("newsroom", "ArticleTag")
            .objects.values_list("tag__name", flat=True)
            .distinct()
        )
        authors = apps.get_model("newsroom", "AuthorPage").objects.values_list("title", flat=True)
        names = (sorted(set(tags)), sorted(set(authors)))
        cache.set(KNOWN_NAMES_CACHE_KEY, names, KNOWN_NAMES_SECONDS)
    return list(names[0]), list(names[1])


def review_story(story: StoryText, **options: Any) -> list[Finding]:
    """The checks' findings on ``story``, knowing the newsroom's tags and authors."""
    options.setdefault("known_names", newsroom_names())
    return review(story, **options)


def review_article(article: Any, *, latest_revision: bool = False) -> list[Finding]:
    """The findings on a stored story (or its latest draft revision)."""
    return review_story(story_text_from_article(article, latest_revision=latest_revision))

"""The newsroom's content: sections, authors and stories."""

from .articles import ArticleAuthor, ArticleForm, ArticlePage, ArticleTag, Correction
from .authors import AuthorIndexPage, AuthorPage
from .publication import StoryPublication
from .sections import STORY_TYPES, SectionPage

__all__ = [
    "STORY_TYPES",
    "ArticleAuthor",
    "ArticleForm",
    "ArticlePage",
    "ArticleTag",
    "AuthorIndexPage",
    "AuthorPage",
    "Correction",
    "SectionPage",
    "StoryPublication",
]

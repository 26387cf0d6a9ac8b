"""The newsroom's content: sections, authors and stories."""

from .articles import ArticleAuthor, ArticleForm, ArticlePage, ArticleTag, Correction
from .authors import AuthorIndexPage, AuthorPage
from .publication import StoryPublication
from .sections import SectionPage

__all__ = [
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

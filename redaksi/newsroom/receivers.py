"""Turns Wagtail's page events into the newsroom's story events."""

from django.db import transaction

from .models import ArticlePage
from .publishing import publish_credited_authors, record_publication
from .signals import article_published, article_unpublished


def _as_article(page) -> ArticlePage | None:
    story = page if isinstance(page, ArticlePage) else page.specific
    return story if isinstance(story, ArticlePage) else None


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    article = _as_article(instance)
    if article is None:
        return
    first_publication, updated = record_publication(article)
    publish_credited_authors(article, actor=kwargs.get("user"))
    transaction.on_commit(
        lambda: article_published.send(
            sender=ArticlePage,
            article=article,
            first_publication=first_publication,
            updated=updated,
        )
    )


def on_page_unpublished(sender, instance, **kwargs) -> None:
    article = _as_article(instance)
    if article is not None:
        transaction.on_commit(lambda: article_unpublished.send(sender=ArticlePage, article=article))

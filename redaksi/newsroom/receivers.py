"""Turns Wagtail's page events into the newsroom's story events."""

from django.db import transaction
from django.utils import timezone

from .models import ArticlePage
from .signals import article_published, article_unpublished


def on_page_published(sender, instance, revision=None, **kwargs) -> None:
    article = instance.specific if not isinstance(instance, ArticlePage) else instance
    if not isinstance(article, ArticlePage):
        return
    fingerprint = article.content_fingerprint()
    first_publication = not article.published_fingerprint
    updated = not first_publication and fingerprint != article.published_fingerprint
    changes = {"published_fingerprint": fingerprint}
    if updated:
        changes["last_updated_at"] = timezone.now()
    ArticlePage.objects.filter(pk=article.pk).update(**changes)
    for field, value in changes.items():
        setattr(article, field, value)

    transaction.on_commit(
        lambda: article_published.send(
            sender=ArticlePage,
            article=article,
            first_publication=first_publication,
            updated=updated,
        )
    )


def on_page_unpublished(sender, instance, **kwargs) -> None:
    article = instance.specific if not isinstance(instance, ArticlePage) else instance
    if isinstance(article, ArticlePage):
        transaction.on_commit(lambda: article_unpublished.send(sender=ArticlePage, article=article))

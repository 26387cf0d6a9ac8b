"""Deciding whether a publish is a first publication, an update readers see, or neither."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from .models import ArticleAuthor, ArticlePage, AuthorPage, StoryPublication


def record_publication(article: ArticlePage, at: datetime | None = None) -> tuple[bool, bool]:
    """Remember what went live; returns (first_publication, updated).

    An update is a re-publish whose reader-visible content differs from the
    last published version; re-publishing unchanged content changes nothing.
    """
    fingerprint = article.content_fingerprint()
    with transaction.atomic():
        record, created = StoryPublication.objects.select_for_update().get_or_create(
            article_id=article.pk, defaults={"fingerprint": fingerprint}
        )
        if created or record.fingerprint == fingerprint:
            return created, False
        record.fingerprint = fingerprint
        record.last_updated_at = at or timezone.now()
        record.save(update_fields=["fingerprint", "last_updated_at"])
    return False, True


def publish_credited_authors(article: ArticlePage, actor=None) -> list[AuthorPage]:
    """Put the story's draft author profiles live with it; returns those published.

    Importers keep the names they find as draft profiles, so nothing from an
    outside source is public before an editor has published a story with it.
    """
    author_ids = ArticleAuthor.objects.filter(article_id=article.pk).values("author_id")
    published = []
    for author in AuthorPage.objects.filter(pk__in=author_ids, live=False):
        revision = author.get_latest_revision() or author.save_revision(user=actor)
        revision.publish(user=actor)
        published.append(author)
    return published

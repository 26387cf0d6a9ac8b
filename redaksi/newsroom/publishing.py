"""Deciding whether a publish is a first publication, an update readers see, or neither."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from .models import ArticlePage, StoryPublication


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

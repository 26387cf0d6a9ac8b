"""Remembering newsroom stories' signatures and finding near-duplicates among them.

Signatures are written when a story is published (``article_published``) and
when an import creates a draft; stories older than the ingest desk get theirs
lazily, a batch at a time, the first time a comparison needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape

from django.conf import settings
from django.db import transaction
from django.utils.html import strip_tags

from redaksi.newsroom import api as newsroom

from . import similarity
from .models import SignatureBand, StorySignature

BACKFILL_BATCH = 200


@dataclass
class NearDuplicate:
    article: newsroom.ArticlePage
    similarity: float


def threshold() -> float:
    return float(getattr(settings, "REDAKSI_INGEST_DUPLICATE_THRESHOLD", 0.8))


def article_body_text(article: newsroom.ArticlePage) -> str:
    """The words readers see in a story's body, as plain text, in reading order."""
    parts: list[str] = []
    for page in article.body:
        for block in page.value.get("content") or []:
            if block.block_type == "paragraph":
                parts.append(unescape(strip_tags(getattr(block.value, "source", str(block.value)))))
            elif block.block_type == "quote":
                parts.append(block.value.get("text") or "")
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def remember_article(article: newsroom.ArticlePage, body: str | None = None) -> StorySignature:
    """Store (or refresh) the story's fingerprint and signature; ``body`` skips re-reading it."""
    text = article_body_text(article) if body is None else body
    sig = similarity.signature(text)
    with transaction.atomic():
        record, _ = StorySignature.objects.update_or_create(
            article_id=article.pk,
            defaults={"fingerprint": similarity.fingerprint(article.title, text), "signature": sig},
        )
        record.bands.all().delete()
        SignatureBand.objects.bulk_create(
            SignatureBand(signature=record, key=key) for key in similarity.band_keys(sig)
        )
    return record


def _backfill() -> None:
    remembered = StorySignature.objects.values("article_id")
    for article in newsroom.articles_except(remembered, limit=BACKFILL_BATCH):
        remember_article(article)


def find_near_duplicate(
    body: str, *, exclude_article_id: int | None = None
) -> NearDuplicate | None:
    """The most similar story we already have, when it reaches the configured threshold."""
    sig = similarity.signature(body)
    if not sig:
        return None
    _backfill()
    matching = SignatureBand.objects.filter(key__in=similarity.band_keys(sig))
    candidates = StorySignature.objects.filter(pk__in=matching.values("signature_id"))
    if exclude_article_id is not None:
        candidates = candidates.exclude(article_id=exclude_article_id)
    best: tuple[float, int] | None = None
    for article_id, other in candidates.values_list("article_id", "signature"):
        score = similarity.similarity(sig, other)
        if best is None or score > best[0]:
            best = (score, article_id)
    if best is None or best[0] < threshold():
        return None
    article = newsroom.article_by_id(best[1])
    return NearDuplicate(article, round(best[0], 3)) if article else None

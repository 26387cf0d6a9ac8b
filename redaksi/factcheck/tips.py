"""Readers' questions we could not answer, grouped into tips for the fact-checkers.

Similar questions join one tip (same claim, other words), so the queue shows
each claim once with how many readers asked. Similar means: the sentence
encoder's cosine at least ``GROUP_COSINE``, or, without the encoder, at least
half of the words in common.
"""

import numpy as np
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from redaksi.chat.api import IncomingMessage

from .matching.semantic import ready_encoder
from .matching.text import content_stems
from .models import Question, Tip

GROUP_COSINE = 0.6
GROUP_OVERLAP = 0.5
_OPEN = (Tip.Status.OPEN, Tip.Status.ASSIGNED)


def record_question(message: IncomingMessage, answered_with: list[int]) -> Question:
    question, _ = Question.objects.get_or_create(
        platform=message.platform,
        message_id=message.message_id,
        defaults={
            "sender": message.sender,
            "sender_name": message.sender_name[:255],
            "text": message.text[:4000],
            "asked_at": message.received_at,
            "answered_with": answered_with,
        },
    )
    return question


def _overlap(a: list[str], b: list[str]) -> float:
    left, right = set(a), set(b)
    return len(left & right) / max(len(left | right), 1)


def _similar_tip(text: str, vector: np.ndarray | None) -> Tip | None:
    stems = content_stems(text)
    best, best_score = None, 0.0
    for tip in Tip.objects.filter(status__in=_OPEN).order_by("-last_asked_at")[:500]:
        if vector is not None and tip.vector:
            score = float(np.frombuffer(bytes(tip.vector), dtype=np.float32) @ vector)
            passes = score >= GROUP_COSINE
        else:
            score = _overlap(stems, content_stems(tip.text))
            passes = score >= GROUP_OVERLAP
        if passes and score > best_score:
            best, best_score = tip, score
    return best


@transaction.atomic
def add_to_tip(question: Question) -> Tip:
    """File ``question`` under a similar open tip, or start a new one; once per question."""
    if question.tip_id:
        return question.tip
    encoder = ready_encoder()
    vector = encoder.queries([question.text])[0] if encoder is not None else None
    tip = _similar_tip(question.text, vector)
    now = timezone.now()
    if tip is None:
        tip = Tip.objects.create(
            text=question.text,
            last_asked_at=now,
            asker_count=0,
            vector=vector.astype(np.float32).tobytes() if vector is not None else None,
        )
    already_asked = (
        question.sender
        and Question.objects.filter(tip=tip, platform=question.platform, sender=question.sender)
        .exclude(pk=question.pk)
        .exists()
    )
    question.tip = tip
    question.save(update_fields=["tip"])
    Tip.objects.filter(pk=tip.pk).update(
        asker_count=F("asker_count") + (0 if already_asked else 1), last_asked_at=now
    )
    tip.refresh_from_db()
    return tip

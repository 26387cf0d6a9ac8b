"""The published fact-checks as the tipline's matcher sees them, kept per process.

Building the matcher reads every live fact-check once; after that, a question
costs no database query. Publishing or unpublishing a fact-check bumps a
generation number in the shared cache, so every process (web workers, the
scheduler, a shell) rebuilds on its next question. Sentence vectors are stored
in FactCheckVector, so a rebuild encodes only fact-checks that changed.
"""

import hashlib
import threading
import uuid

import numpy as np
from django.core.cache import cache
from django.db import transaction

from .matching.links import normalize_url
from .matching.matcher import Entry, Matcher
from .matching.semantic import ready_encoder
from .models import FactCheckPage, FactCheckVector

GENERATION_KEY = "factcheck:index-generation"
# A small archive (the demo, a new desk) is encoded on the spot; a large one relies on the
# vectors stored at publish time and on `redaksi tipline reindex`, never keeping a reader waiting.
_ENCODE_INLINE = 200
_lock = threading.Lock()
_state: dict = {"generation": None, "matcher": None, "with_meaning": False}


def bump_generation() -> None:
    # A fresh token rather than a counter: after a cache flush a counter could come back to a
    # value some process still remembers, and that process would keep a stale matcher.
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _generation() -> str:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        value = cache.get(GENERATION_KEY)
    return str(value)


def live_entries() -> list[Entry]:
    pages = (
        FactCheckPage.objects.live()
        .public()
        .select_related("verdict")
        .prefetch_related("appearances", "tags")
        .order_by("-first_published_at", "-pk")
    )
    return [
        Entry(
            page_id=page.pk,
            url=page.get_full_url() or "",
            headline=page.title,
            verdict=page.verdict.name if page.verdict else "",
            claim=page.claim,
            lede=page.lede,
            tags=tuple(tag.name for tag in page.tags.all()),
            links=tuple(
                a.normalized_url or normalize_url(a.url) for a in page.appearances.all() if a.url
            ),
        )
        for page in pages
    ]


def _digest(entry: Entry) -> str:
    return hashlib.sha256(entry.meaning_text().encode()).hexdigest()


def vectors_for(entries: list[Entry], encoder, *, encode_missing: bool) -> np.ndarray:
    """One row per entry: stored if its text is unchanged; else encoded now and stored
    (``encode_missing``), or zeros, so that fact-check is matched by keywords until the
    publish task has stored its vector."""
    stored = {
        row.page_id: row
        for row in FactCheckVector.objects.filter(
            page_id__in=[e.page_id for e in entries], model_name=encoder.name
        )
    }
    rows: list[np.ndarray | None] = []
    missing = []
    for number, entry in enumerate(entries):
        row = stored.get(entry.page_id)
        if row is not None and row.text_digest == _digest(entry):
            rows.append(np.frombuffer(bytes(row.vector), dtype=np.float32))
        else:
            rows.append(None)
            missing.append(number)
    if not encode_missing:
        width = encoder.queries(["-"]).shape[1]
        for n in missing:
            rows[n] = np.zeros(width, dtype=np.float32)
        missing = []
    for start in range(0, len(missing), 64):
        batch = missing[start : start + 64]
        encoded = encoder.passages([entries[n].meaning_text() for n in batch])
        with transaction.atomic():
            for n, vector in zip(batch, encoded, strict=True):
                rows[n] = vector
                FactCheckVector.objects.update_or_create(
                    page_id=entries[n].page_id,
                    defaults={
                        "model_name": encoder.name,
                        "text_digest": _digest(entries[n]),
                        "vector": vector.astype(np.float32).tobytes(),
                    },
                )
    if not rows:
        return np.zeros((0, 1), dtype=np.float32)
    return np.vstack(rows).astype(np.float32)


def current_matcher(*, wait_for_model: bool = False) -> Matcher:
    """The matcher for this process, rebuilt when fact-checks changed or the model arrived."""
    encoder = ready_encoder(wait=wait_for_model)
    generation = _generation()
    with _lock:
        if (
            _state["matcher"] is not None
            and _state["generation"] == generation
            and _state["with_meaning"] == (encoder is not None)
        ):
            return _state["matcher"]
        entries = live_entries()
        vectors = (
            vectors_for(entries, encoder, encode_missing=len(entries) <= _ENCODE_INLINE)
            if encoder is not None and entries
            else None
        )
        matcher = Matcher(entries, vectors, encoder)
        _state.update(generation=generation, matcher=matcher, with_meaning=encoder is not None)
        return matcher


def store_vectors(page_ids: list[int] | None = None) -> int:
    """Encode and store the vectors of live fact-checks that lack a current one."""
    encoder = ready_encoder(wait=True)
    if encoder is None:
        return 0
    entries = [e for e in live_entries() if page_ids is None or e.page_id in page_ids]
    before = FactCheckVector.objects.filter(model_name=encoder.name).count()
    vectors_for(entries, encoder, encode_missing=True)
    bump_generation()
    return FactCheckVector.objects.filter(model_name=encoder.name).count() - before

"""Finding stories: the backend's relevance, then a newest-aware re-ranking.

The search index (SQLite FTS5 or PostgreSQL full-text, read directly by
candidates.py, or OpenSearch through Wagtail's search API) gives the
``REDAKSI_SEARCH_CANDIDATES`` most relevant live stories for the query.
Those candidates are re-ranked here, so a story from this week beats an equally
relevant one from last year, while a much better match from last year still
beats a weak one from today::

    relevance = backend score / best backend score among the candidates   (0..1)
    freshness = FLOOR + (1 - FLOOR) * 0.5 ** (age in days / HALF_LIFE)     (FLOOR..1)
    rank      = relevance * freshness

with FLOOR = 0.25 and HALF_LIFE = ``REDAKSI_SEARCH_HALF_LIFE_DAYS`` (30 days): a
story loses half of its freshness bonus every half-life but never more than
three quarters of its relevance. Ties go to the newer story.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.query import And, Or, PlainText, SearchQuery

from redaksi.core.stemming import query_stems, stem_word, words
from redaksi.newsroom import api as newsroom

from .candidates import top_candidates, uses_database_index

FRESHNESS_FLOOR = 0.25

# Words that join a sentence rather than name its subject. Dropping them from a query
# makes it cheaper and keeps "banjir di jakarta" about floods in Jakarta; a query made
# only of them is searched as typed.
FUNCTION_WORDS = frozenset(
    "yang dan di ke dari untuk pada dengan dalam ini itu atau oleh sebagai adalah bahwa "
    "akan juga telah sudah para pun lah kah nya se si sang tersebut yaitu yakni".split()
)

# A query longer than this is cut: nobody types more, and each word costs a join.
MAX_QUERY_WORDS = 12


@dataclass(frozen=True)
class Terms:
    """What a reader typed, as words to match exactly and stems to match loosely."""

    words: tuple[str, ...]
    stems: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.words)

    def matches(self, word: str) -> bool:
        """Whether one lowercase word of a story answers this query."""
        return word in self.words or stem_word(word) in self.stems


@dataclass(frozen=True)
class Hit:
    article_id: int
    rank: float
    published_at: datetime | None


def parse_terms(text: str) -> Terms:
    typed = list(dict.fromkeys(words(text)))
    meaningful = [word for word in typed if word not in FUNCTION_WORDS] or typed
    chosen = tuple(meaningful[:MAX_QUERY_WORDS])
    stems = (stem for word in chosen for stem in query_stems(word))
    return Terms(words=chosen, stems=tuple(dict.fromkeys(stems)))


def backend_query(terms: Terms) -> SearchQuery:
    """Every word must match, either as typed or by its stem.

    The stem meets the stemmed copies of the story (``*_stems`` search fields), the
    word as typed meets the story's own text, so an exact match scores twice.
    """
    parts: list[SearchQuery] = []
    for word in terms.words:
        options = list(dict.fromkeys((word, *query_stems(word))))
        texts: list[SearchQuery] = [PlainText(option) for option in options]
        parts.append(texts[0] if len(texts) == 1 else Or(texts))
    return parts[0] if len(parts) == 1 else And(parts)


def local_day_bounds(
    start: date | None, end: date | None, zone_name: str
) -> tuple[datetime | None, datetime | None]:
    """The UTC instants that open ``start`` and close ``end`` in the site's time zone."""
    zone = ZoneInfo(zone_name)
    lower = datetime.combine(start, time.min, tzinfo=zone) if start else None
    upper = datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone) if end else None
    return lower, upper


def freshness(published_at: datetime | None, now: datetime) -> float:
    if published_at is None:
        return FRESHNESS_FLOOR
    age_days = max((now - published_at).total_seconds(), 0) / 86_400
    half_life = max(settings.REDAKSI_SEARCH_HALF_LIFE_DAYS, 1)
    return FRESHNESS_FLOOR + (1 - FRESHNESS_FLOOR) * 0.5 ** (age_days / half_life)


def rerank(candidates: list[tuple[int, float | None, datetime | None]], now: datetime) -> list[Hit]:
    """Order (id, backend score, published at) best first by the formula above.

    ``candidates`` come best first. Backends disagree on the scale: PostgreSQL and
    OpenSearch score higher for better matches, SQLite's bm25() lower (negative).
    The order the backend returned tells which scale is in use.
    """
    scores = [score or 0.0 for _, score, _ in candidates]
    if scores and scores[0] < scores[-1]:
        scores = [-score for score in scores]
    best = max(scores, default=0.0)
    hits = []
    for (article_id, _, published_at), score in zip(candidates, scores, strict=True):
        relevance = max(score, 0.0) / best if best > 0 else 1.0
        hits.append(Hit(article_id, relevance * freshness(published_at, now), published_at))
    oldest = datetime.min.replace(tzinfo=now.tzinfo)
    hits.sort(key=lambda hit: (hit.rank, hit.published_at or oldest, hit.article_id), reverse=True)
    return hits


def find_articles(
    terms: Terms,
    *,
    site_root: Page | None = None,
    section: Page | None = None,
    published_from: datetime | None = None,
    published_until: datetime | None = None,
    now: datetime | None = None,
) -> list[Hit]:
    """The best live stories for ``terms``, newest-aware, at most REDAKSI_SEARCH_CANDIDATES."""
    if not terms:
        return []
    within = section if section is not None else site_root
    limit = settings.REDAKSI_SEARCH_CANDIDATES
    if vendor := uses_database_index():
        candidates = top_candidates(
            terms,
            vendor,
            within=within,
            published_from=published_from,
            published_until=published_until,
            limit=limit,
        )
        return rerank(candidates, now or timezone.now())
    # Only what ranking needs: the body and the rest are read for the shown page only.
    stories = newsroom.searchable_articles(
        within=within, published_from=published_from, published_until=published_until
    )
    results = stories.search(backend_query(terms), order_by_relevance=True)
    results = results.annotate_score("_score")[:limit]
    candidates = [
        (story.pk, getattr(story, "_score", None), story.first_published_at) for story in results
    ]
    return rerank(candidates, now or timezone.now())

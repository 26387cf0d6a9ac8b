"""The most relevant live stories for a query, read straight from Wagtail's search index.

Wagtail's database backends answer ``queryset.search()`` by scoring every story
that matches and only then taking the best: on SQLite through a correlated
subquery that runs the full-text match again for each matching story, on
PostgreSQL by ranking every match's whole tsvector. With 100 000 stories a
common word matches 10 000 of them and a search takes seconds. Here SQL (one
statement on SQLite, usually one on PostgreSQL) asks the same index
(``update_index`` and the publish signals keep it current) for the top ``limit``
live stories:

- SQLite: FTS5 matches and scores in C with ``bm25()`` (headline column weighted
  ``HEADLINE_WEIGHT``), joined to the page rows for the live/section/date filters
  through two covering indexes (migrations/0001_story_index.py).
- PostgreSQL: ``search_storyindex``, a copy of the index entries of pages kept by
  triggers (migrations/0001_story_index.py), holds each entry's title and body
  vectors next to its page's live flag, tree path and first publication. The GIN
  index on ``body`` finds the matches (``body`` holds every search field but the
  headline, including ``headline_stems``, so a story matches it whenever it matches
  headline and body together), a section filter is a range of the path index
  combined with it, and no page row is read. ``ts_rank`` of headline plus body
  scores.

On both, when a query matches very many stories only the newest ``RANK_WINDOW`` of
them (inside the filters) are scored: joining and scoring every one of 10 000 matches
is what costs, and re-ranking favours fresh stories anyway. "Newest" is the newest
index entry (entries are created with the story and keep their id when Wagtail
updates them). SQLite's FTS5 reads matches in that order without sorting. PostgreSQL
cannot stop a GIN search early, so it first searches only the newest
``RECENT_ENTRIES`` entries (an id range combined with the GIN index), then, if they
hold fewer than ``RANK_WINDOW`` matches inside the filters, a span as much larger as
the matches' density says, and last the whole index; a full window from a span is
exactly the newest ``RANK_WINDOW`` matches, so the answer is the same as one search
of everything. The trade-off: an older story outside the window is not considered
however relevant; narrowing the search by section or date brings it back. And entry
order is creation order, close to but not publication order: a draft written months
ago and published today counts as old when very many newer stories match.

Any other backend (OpenSearch) already returns its top hits cheaply and goes through
Wagtail's search API unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import connections
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from redaksi.core.stemming import query_stems
from redaksi.newsroom import api as newsroom

if TYPE_CHECKING:
    from .query import Terms

# How many of the newest matches are scored when a query matches very many stories.
RANK_WINDOW = 1000

Candidate = tuple[int, float | None, datetime | None]


def _quoted(word: str, quote: str) -> str:
    # Words are letters and digits only (stemming.WORD), so FTS and tsquery syntax such as
    # quotes, "*", "-", ":" or NEAR can never reach the engine; quoting is a second guard.
    return quote + word.replace(quote, "") + quote


def _alternatives(terms: Terms) -> Iterable[list[str]]:
    for word in terms.words:
        yield list(dict.fromkeys((word, *query_stems(word))))


def fts5_match(terms: Terms) -> str:
    """An FTS5 MATCH expression: every word, as typed or by its stem."""
    return " AND ".join(
        "(" + " OR ".join(_quoted(option, '"') for option in options) + ")"
        for options in _alternatives(terms)
    )


def tsquery(terms: Terms) -> str:
    """The same as a PostgreSQL ``to_tsquery`` text."""
    return " & ".join(
        "(" + " | ".join(_quoted(option, "'") for option in options) + ")"
        for options in _alternatives(terms)
    )


def uses_database_index(alias: str = "default") -> str | None:
    """``"sqlite"`` or ``"postgresql"`` when search runs on that database's index, else None."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    vendor = connections[alias].vendor
    # By name: sqlite_backend can only be imported where SQLite's index model exists.
    if vendor == "sqlite" and type(backend).__name__ == "HeadlineWeightedSQLiteBackend":
        return vendor
    if vendor == "postgresql" and isinstance(backend, PostgresSearchBackend):
        return vendor
    return None


def _page_filters(
    connection,
    within: Page | None,
    published_from: datetime | None,
    published_until: datetime | None,
) -> tuple[str, list]:
    """SQL conditions on the page row ``p``: live, inside ``within``, published in the range."""
    sql = ["p.live = %s"]
    params: list = [True]
    if within is not None:
        # Page.descendant_of(within): a longer tree path that starts with its path.
        sql.append("substr(p.path, 1, %s) = %s AND p.depth > %s")
        params += [len(within.path), within.path, within.depth]
    adapt = connection.ops.adapt_datetimefield_value
    if published_from is not None:
        sql.append("p.first_published_at >= %s")
        params.append(adapt(published_from))
    if published_until is not None:
        sql.append("p.first_published_at < %s")
        params.append(adapt(published_until))
    return " AND ".join(sql), params


def _tables() -> tuple[str, str]:
    """Wagtail's index entries and page rows (the index app's label is Wagtail's choice)."""
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry")._meta.db_table, Page._meta.db_table


def _sqlite_sql(terms: Terms, filters: str, content_types: str) -> tuple[str, list]:
    from .sqlite_backend import SQLiteFTSIndexEntry, WeightedBM25

    fts, entries, pages = SQLiteFTSIndexEntry._meta.db_table, *_tables()
    weights = ", ".join(str(weight) for weight in WeightedBM25.weights)
    # The newest RANK_WINDOW matches (highest rowid first, which FTS5 reads in that order
    # without sorting) are scored with bm25(): lower (more negative) is better.
    sql = f"""
        SELECT id, score, published FROM (
            SELECT p.id AS id, p.first_published_at AS published,
                bm25({fts}, {weights}) AS score
            FROM {fts}
            JOIN {entries} AS e ON e.id = {fts}.rowid
            JOIN {pages} AS p ON p.id = CAST(e.object_id AS INTEGER)
            WHERE {fts} MATCH %s AND e.content_type_id IN ({content_types}) AND {filters}
            ORDER BY {fts}.rowid DESC
            LIMIT {RANK_WINDOW:d}
        )
        ORDER BY score, published DESC, id DESC
        LIMIT %s
    """  # noqa: S608 - only our own identifiers are formatted in; values are parameters
    return sql, [fts5_match(terms)]


# The story copy of the index kept by triggers on PostgreSQL (migrations/0001_story_index.py).
STORY_INDEX = "search_storyindex"

# On PostgreSQL the newest this many index entries are searched first. Holding fewer than
# RANK_WINDOW matches inside the filters, a span as much larger as their density says
# (with a margin: matches are not spread evenly) is searched, then the whole index.
RECENT_ENTRIES = 20_000
SPAN_MARGIN = 1.5


def _story_index_filters(
    within: Page | None, published_from: datetime | None, published_until: datetime | None
) -> tuple[str, list]:
    """SQL conditions on ``search_storyindex``: live, inside ``within``, published in range."""
    sql = ["s.live"]
    params: list = []
    if within is not None:
        # A longer tree path that starts with its path; LIKE with a fixed prefix is a range
        # of the path index, which PostgreSQL combines with the words' GIN index.
        sql.append("s.path LIKE %s AND length(s.path) > %s")
        params += [within.path + "%", len(within.path)]
    if published_from is not None:
        sql.append("s.published >= %s")
        params.append(published_from)
    if published_until is not None:
        sql.append("s.published < %s")
        params.append(published_until)
    return " AND ".join(sql), params


def _postgres_sql(filters: str, content_types: str, *, recent_only: bool) -> str:
    # The newest RANK_WINDOW matches are ranked (see the module docstring). Every row also
    # carries the window's size and the index's id extent, to size the next span if any.
    # Headline and body are ranked apart and added: ts_rank over ``title || body`` spent
    # most of its time building the joined vector (~5 of 6 ms per 1 000 stories).
    recent = (
        f"AND s.entry_id > (SELECT max(entry_id) FROM {STORY_INDEX}) - %s" if recent_only else ""
    )
    return f"""
        WITH matched AS (
            SELECT s.page_id AS id, s.published, s.title, s.body
            FROM {STORY_INDEX} AS s
            WHERE s.body @@ to_tsquery('simple', %s) AND s.content_type_id IN ({content_types})
                AND {filters} {recent}
            ORDER BY s.entry_id DESC
            LIMIT {RANK_WINDOW:d}
        )
        SELECT id,
            ts_rank(%s::float4[], title, to_tsquery('simple', %s))
                + ts_rank(%s::float4[], body, to_tsquery('simple', %s)) AS score,
            published, count(*) OVER () AS matched,
            (SELECT max(entry_id) - min(entry_id) FROM {STORY_INDEX}) AS extent
        FROM matched
        ORDER BY score DESC, published DESC, id DESC
        LIMIT %s
    """  # noqa: S608 - only our own identifiers are formatted in; values are parameters


def _postgres_candidates(
    connection,
    terms: Terms,
    content_types: str,
    within: Page | None,
    published_from: datetime | None,
    published_until: datetime | None,
    limit: int,
) -> list[tuple]:
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    filters, filter_params = _story_index_filters(within, published_from, published_until)
    query, weights = tsquery(terms), get_sql_weights()
    span: int | None = RECENT_ENTRIES
    with connection.cursor() as cursor:
        while True:
            params = [query, *filter_params, *([span] if span else [])]
            params += [weights, query, weights, query, limit]
            cursor.execute(_postgres_sql(filters, content_types, recent_only=bool(span)), params)
            rows = cursor.fetchall()
            if span is None:
                break
            if not rows:  # no match among the newest: only the whole index can tell
                span = None
                continue
            found, extent = rows[0][3], rows[0][4]
            # A full window from a span of the newest entries is exactly the newest
            # RANK_WINDOW matches of the whole index; a span past the oldest entry was it.
            if found >= RANK_WINDOW or span > extent:
                break
            span = _next_span(span, found, extent)
    return [(pk, score, published) for pk, score, published, *_ in rows]


def _next_span(span: int, found: int, extent: int) -> int | None:
    """How many newest entries should hold RANK_WINDOW matches; None: the whole index."""
    wanted = int(span * RANK_WINDOW / found * SPAN_MARGIN)
    return wanted if wanted < extent else None


def top_candidates(
    terms: Terms,
    vendor: str,
    *,
    within: Page | None,
    published_from: datetime | None,
    published_until: datetime | None,
    limit: int,
) -> list[Candidate]:
    """(story id, score, first published) of the ``limit`` best live matches, best first."""
    connection = connections["default"]
    # Integers from the content-types table, formatted in: an IN list cannot be one parameter.
    content_types = ", ".join(str(int(pk)) for pk in newsroom.story_content_type_ids())
    if vendor == "sqlite":
        filters, filter_params = _page_filters(connection, within, published_from, published_until)
        sql, params = _sqlite_sql(terms, filters, content_types)
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *filter_params, limit])
            rows = cursor.fetchall()
    else:
        rows = _postgres_candidates(
            connection, terms, content_types, within, published_from, published_until, limit
        )
    return [(pk, score, _aware(published, connection)) for pk, score, published in rows]


def _aware(value, connection) -> datetime | None:
    # SQLite hands back naive UTC datetimes; the ORM's own converter makes them aware.
    convert = getattr(connection.ops, "convert_datetimefield_value", None)
    return convert(value, None, connection) if convert and value is not None else value

"""The most relevant live stories for a query, read straight from Wagtail's search index.

Wagtail's database backends answer ``queryset.search()`` by scoring every story
that matches and only then taking the best: on SQLite through a correlated
subquery that runs the full-text match again for each matching story, on
PostgreSQL by ranking every match's whole tsvector. With 100 000 stories a
common word matches 10 000 of them and a search takes seconds. Here one SQL
statement per database asks the same index (``update_index`` and the publish
signals keep it current) for the top ``limit`` live stories:

- SQLite: FTS5 matches and scores in C with ``bm25()`` (headline column weighted
  ``HEADLINE_WEIGHT``), joined to the page rows for the live/section/date filters.
- PostgreSQL: the GIN index on the entries' ``body`` vector finds the matches.
  ``body`` holds every search field but the headline, including ``headline_stems``,
  so a story matches it whenever it matches headline and body together; ``ts_rank``
  then scores headline and body.

On both, when a query matches very many stories only the newest ``RANK_WINDOW`` of
them (inside the filters) are scored: joining and scoring every one of 10 000 matches
is what costs, and re-ranking favours fresh stories anyway. "Newest" is the newest
index entry on SQLite (entries are created with the story, and FTS5 reads them in
that order without sorting) and the latest first publication on PostgreSQL. The
trade-off: an older story outside the window is not considered however relevant;
narrowing the search by section or date brings it back.

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

from redaksi.newsroom import api as newsroom

from .stemming import stem_word

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
        stem = stem_word(word)
        yield [word] if stem == word else [word, stem]


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


def _postgres_sql(terms: Terms, filters: str, content_types: str) -> tuple[str, list]:
    entries, pages = _tables()
    # The newest RANK_WINDOW matches are ranked (see the module docstring). OFFSET 0 keeps
    # the page lookup a per-match primary-key probe: joined plainly, the planner hashes
    # all 100 000 page rows to meet 8 000 matches (measured 70-130 ms against ~35 ms).
    sql = f"""
        WITH matched AS (
            SELECT p.id, p.first_published_at, e.title, e.body
            FROM {entries} AS e
            CROSS JOIN LATERAL (
                SELECT p.id, p.first_published_at FROM {pages} AS p
                WHERE p.id = e.object_id::integer AND {filters}
                OFFSET 0
            ) AS p
            WHERE e.body @@ to_tsquery('simple', %s) AND e.content_type_id IN ({content_types})
            ORDER BY p.first_published_at DESC, p.id DESC
            LIMIT {RANK_WINDOW:d}
        )
        SELECT id, ts_rank(%s::float4[], title || body, to_tsquery('simple', %s)) AS score,
            first_published_at
        FROM matched
        ORDER BY score DESC, first_published_at DESC, id DESC
        LIMIT %s
    """  # noqa: S608 - only our own identifiers are formatted in; values are parameters
    return sql, [tsquery(terms)]


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
    from modelsearch.utils import get_descendants_content_types_pks

    connection = connections["default"]
    filters, filter_params = _page_filters(connection, within, published_from, published_until)
    # Integers from the content-types table, formatted in: an IN list cannot be one parameter.
    content_types = ", ".join(
        str(int(pk)) for pk in get_descendants_content_types_pks(newsroom.ArticlePage)
    )
    if vendor == "sqlite":
        sql, params = _sqlite_sql(terms, filters, content_types)
        params += [*filter_params, limit]
    else:
        from modelsearch.backends.database.postgres.weights import get_sql_weights

        sql, params = _postgres_sql(terms, filters, content_types)
        params = [*filter_params, *params, get_sql_weights(), tsquery(terms), limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [(pk, score, _aware(published, connection)) for pk, score, published in rows]


def _aware(value, connection) -> datetime | None:
    # SQLite hands back naive UTC datetimes; the ORM's own converter makes them aware.
    convert = getattr(connection.ops, "convert_datetimefield_value", None)
    return convert(value, None, connection) if convert and value is not None else value

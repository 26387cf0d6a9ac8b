"""Wagtail's database search backend, with headlines weighted on SQLite.

Configured as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "redaksi.search.backend"``.
PostgreSQL (and anything else) gets Wagtail's own database backend unchanged:
there every search field's boost becomes a tsvector weight. Wagtail's SQLite
backend keeps only two columns, the headline and everything else, and ranks
with a plain ``bm25()`` that weighs both the same, so a story that merely
mentions a word can outrank the story whose headline is about it. Here the
headline column counts ``HEADLINE_WEIGHT`` times as much.
"""

from django.db.models import FloatField, Func
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

HEADLINE_WEIGHT = 4.0


class WeightedBM25(Func):
    """bm25() with per-column weights, in the FTS table's column order."""

    output_field = FloatField()
    # Columns of the FTS5 table: autocomplete, body, title.
    weights = (0.0, 1.0, HEADLINE_WEIGHT)

    def as_sql(self, compiler, connection, **extra):
        columns = ", ".join(str(weight) for weight in self.weights)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {columns})", []


class HeadlineWeightedQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # One bm25() over the whole match; lower (more negative) is better, as in Wagtail's.
        return WeightedBM25()


class HeadlineWeightedSQLiteBackend(SQLiteSearchBackend):
    query_compiler_class = HeadlineWeightedQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail's backend loader looks for
    backend = database_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return HeadlineWeightedSQLiteBackend(params)
    return backend

"""The headline-weighted SQLite search backend (see backend.py for why)."""

from django.db.models import FloatField, Func
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

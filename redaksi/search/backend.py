"""Wagtail's database search backend, with headlines weighted on SQLite.

Configured as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "redaksi.search.backend"``.
PostgreSQL (and anything else) gets Wagtail's own database backend unchanged:
there every search field's boost becomes a tsvector weight. Wagtail's SQLite
backend keeps only two columns, the headline and everything else, and ranks
with a plain ``bm25()`` that weighs both the same, so a story that merely
mentions a word can outrank the story whose headline is about it. Here the
headline column counts ``HEADLINE_WEIGHT`` times as much.
"""

from django.db import connections
from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail's backend loader looks for
    alias = params.get("DB_ALIAS", "default")
    if connections[alias].vendor != "sqlite":
        return database_backend(params)
    # Imported only on SQLite: the module declares a model that exists only there.
    from .sqlite_backend import HeadlineWeightedSQLiteBackend

    return HeadlineWeightedSQLiteBackend(params)

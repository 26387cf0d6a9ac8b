"""The SQLite planner gets statistics for the archive without anyone running ANALYZE."""

import pytest
from django.db import connection

from redaksi.core import scheduler, statistics
from redaksi.core.statistics import refresh_statistics

pytestmark = pytest.mark.django_db


def _analysed_tables() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone() is None:
            return set()
        cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL analyses by itself")
def test_the_scheduler_gives_sqlite_statistics_for_the_page_tree(newsroom, monkeypatch):
    monkeypatch.setattr(statistics, "_last_refresh", None)  # a fresh process
    scheduler.run_jobs()
    assert "wagtailcore_page" in _analysed_tables()


@pytest.mark.skipif(connection.vendor == "sqlite", reason="only PostgreSQL is left alone")
def test_postgresql_is_left_to_autovacuum():
    assert refresh_statistics() is False

"""Search speed at newsroom scale: p50/p95 of /search over a fixed set of queries.

Run it against a database holding the demo newsroom plus generated stories
(see bench/README.md, "Search")::

    export REDAKSI_DATA_DIR=/tmp/redaksi-bench      # or DATABASE_URL=postgres://...
    uv run redaksi demo --no-serve
    uv run python bench/corpus.py 100000
    uv run python bench/search/run.py --index       # --index once, after generating

``--index`` rebuilds the search index and then refreshes the planner's statistics
(``--analyze`` alone does only that): ``ANALYZE`` on SQLite, which has none until
then and without them scans all 100 000 page rows to list the sections on every
page; ``VACUUM ANALYZE`` on PostgreSQL, whose rebuilt index table is two thirds
dead rows until autovacuum gets to it.

Two figures per query: ``find`` is the backend search plus newest-aware
re-ranking (redaksi.search.query.find_articles), ``page`` is the whole /search
response through Django's test client (form, filters, snippets, template), with
the full-page cache off so every request is really searched. Timings are
wall-clock after one warm-up round; nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

# Words a reader would type, in forms other than the generated text uses where possible
# ("perbaikan" for "memperbaiki"), from one word to several, plus a filter or two.
QUERIES = [
    {"q": "jembatan"},
    {"q": "perbaikan irigasi"},
    {"q": "pembangunan pasar tradisional"},
    {"q": "petani kopi"},
    {"q": "nelayan pelabuhan ikan"},
    {"q": "beasiswa mahasiswa"},
    {"q": "penundaan jalur kereta"},
    {"q": "penyelidikan gudang beras"},
    {"q": "puskesmas", "kanal": "news"},
    {"q": "stadion", "dari": "2025-01-01"},
    {"q": "pembangkit surya kupang"},
    {"q": "relawan sekolah darurat"},
    {"q": "bank sentral aplikasi pembayaran"},
    {"q": "tidakadakatasemacamini"},
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(int(round(fraction * (len(ordered) - 1))), len(ordered) - 1)
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", action="store_true", help="rebuild the search index first")
    parser.add_argument(
        "--analyze", action="store_true", help="refresh the planner statistics (ANALYZE) first"
    )
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds over all queries")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.dev")
    # A cached page would time the cache, not the search.
    os.environ["REDAKSI_PAGE_CACHE"] = "false"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.models import Site

    from redaksi.core.site import site_zone
    from redaksi.newsroom import api as newsroom
    from redaksi.search.forms import SearchForm
    from redaksi.search.query import find_articles, local_day_bounds, parse_terms

    settings.ALLOWED_HOSTS = ["*"]
    if args.index:
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"update_index: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if args.index or args.analyze:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        print(f"statistics: {time.perf_counter() - started:.0f} s", file=sys.stderr)

    site = Site.objects.get(is_default_site=True)
    sections = list(newsroom.sections(site))
    stories = newsroom.ArticlePage.objects.live().count()
    client = Client(HTTP_HOST=site.hostname)

    def find(params: dict) -> int:
        form = SearchForm(params, sections=sections)
        assert form.is_valid(), form.errors
        lower, upper = local_day_bounds(
            form.cleaned_data["dari"], form.cleaned_data["sampai"], site_zone(None)
        )
        return len(
            find_articles(
                parse_terms(form.cleaned_data["q"]),
                site_root=site.root_page,
                section=form.section,
                published_from=lower,
                published_until=upper,
            )
        )

    def page(params: dict) -> int:
        response = client.get("/search", params)
        assert response.status_code == 200, response.status_code
        return len(response.content)

    timings: dict[str, list[float]] = {"find": [], "page": []}
    per_query: dict[str, list[list[float]]] = {name: [[] for _ in QUERIES] for name in timings}
    for name, run in (("find", find), ("page", page)):
        for params in QUERIES:  # warm-up: stemmer, caches, database pages
            run(params)
        for _ in range(args.rounds):
            for number, params in enumerate(QUERIES):
                started = time.perf_counter()
                run(params)
                elapsed = (time.perf_counter() - started) * 1000
                timings[name].append(elapsed)
                per_query[name][number].append(elapsed)

    print(f"database: {connection.vendor}, backend: {settings.WAGTAILSEARCH_BACKENDS}")
    print(f"live stories: {stories}, queries: {len(QUERIES)} x {args.rounds} rounds")
    for name, values in timings.items():
        print(
            f"{name:5} p50 {statistics.median(values):7.1f} ms   "
            f"p95 {percentile(values, 0.95):7.1f} ms   max {max(values):7.1f} ms"
        )
    print("  results  find p50  page p50  query")
    for number, params in enumerate(QUERIES):
        print(
            f"  {find(params):7d}  {statistics.median(per_query['find'][number]):5.1f} ms"
            f"  {statistics.median(per_query['page'][number]):5.1f} ms  {params}"
        )


if __name__ == "__main__":
    main()

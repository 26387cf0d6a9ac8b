"""Benchmark 3: an uncached article render with a large newsroom in the database.

Renders randomly chosen live stories through the whole Django stack (middleware,
Wagtail routing, the story template with its related stories, Populer and Berita
Terkini lists) with the page cache switched off, so every request is a real render.
Run it against a database filled by ``bench/corpus.py``::

    export REDAKSI_DATA_DIR=/tmp/redaksi-bench      # or DATABASE_URL=postgres://…
    uv run redaksi demo --no-serve
    uv run python bench/corpus.py 100000
    uv run python bench/render.py --requests 500

Prints median, p95 and max in milliseconds, and the queries per timed render
(averaged: most stories are rendered once, so their own queries are never warm).

The lists under a story (Berita Terkini, the video blocks) and the teasers in
them are cached, so by default most renders find them warm. ``--cold lists``
starts a new list generation before every timed render, as any publish,
unpublish or move does (the lists are rebuilt; teasers of unchanged stories
stay); ``--cold all`` empties the whole cache first (a fresh process: lists,
teasers, renditions and the site lookup all rebuilt).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description="Time uncached article renders.")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument(
        "--cold",
        choices=["none", "lists", "all"],
        default="none",
        help="invalidate before every timed render: the list generation, or the whole cache",
    )
    args = parser.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.dev")
    os.environ["REDAKSI_PAGE_CACHE"] = "false"
    os.environ["REDAKSI_READS_ENABLED"] = "true"
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from wagtail.models import Site

    from redaksi.core.listings import forget_lists
    from redaksi.newsroom.models import ArticlePage

    site = Site.objects.get(is_default_site=True)
    client = Client(HTTP_HOST=site.hostname if site.hostname != "*" else "localhost")
    ids = list(ArticlePage.objects.live().values_list("pk", flat=True))
    rng = random.Random(args.seed)
    chosen = [rng.choice(ids) for _ in range(args.warmup + args.requests)]
    urls = {pk: ArticlePage.objects.get(pk=pk).get_url() for pk in set(chosen)}

    timings = []
    cpu_timings = []
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    def invalidate() -> None:
        if args.cold == "lists":
            forget_lists()
        elif args.cold == "all":
            cache.clear()

    for number, pk in enumerate(chosen):
        if number >= args.warmup:
            invalidate()
        timed = number >= args.warmup
        start = time.perf_counter()
        cpu_start = time.thread_time()
        if timed:
            with connection.execute_wrapper(count):
                response = client.get(urls[pk])
        else:
            response = client.get(urls[pk])
        elapsed = (time.perf_counter() - start) * 1000
        cpu = (time.thread_time() - cpu_start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{urls[pk]} answered {response.status_code}")
        if number >= args.warmup:
            timings.append(elapsed)
            cpu_timings.append(cpu)

    print(f"stories in the database: {len(ids)}")
    print(f"renders timed: {len(timings)} (after {args.warmup} warm-up), cold: {args.cold}")
    print(
        f"median {statistics.median(timings):.1f} ms, p95 {_percentile(timings, 0.95):.1f} ms, "
        f"max {max(timings):.1f} ms; {queries / len(timings):.1f} queries per render"
    )
    # On a shared machine the wall time carries other programs' load; CPU time does not.
    print(
        f"CPU time of the rendering thread: median {statistics.median(cpu_timings):.1f} ms, "
        f"p95 {_percentile(cpu_timings, 0.95):.1f} ms"
    )


if __name__ == "__main__":
    main()

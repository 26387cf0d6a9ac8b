"""Every kind of portal page, uncached, against a large newsroom: median of a few renders.

The numbered benchmarks time the story page and search; this looks at the rest (front
page, Terkini, sections, Populer, video, tags, the date index, authors, feeds, sitemaps)
so no page type is left slow. Run it against a database filled by ``bench/corpus.py``::

    export REDAKSI_DATA_DIR=/tmp/redaksi-bench      # or DATABASE_URL=postgres://…
    uv run python bench/pages.py [--rounds 5]

The full-page cache is off; shared lists are warm after the first (untimed) request,
as they are between two publishes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.dev")
    os.environ["REDAKSI_PAGE_CACHE"] = "false"
    import django

    django.setup()
    from django.test import Client
    from django.utils import timezone
    from wagtail.models import Site

    from redaksi.newsroom import api as newsroom

    site = Site.objects.get(is_default_site=True)
    client = Client(HTTP_HOST=site.hostname if site.hostname != "*" else "localhost")
    section = newsroom.site_sections(site)[0]
    tag = newsroom.ArticlePage.objects.live().filter(tagged_items__isnull=False).first()
    tag_slug = tag.tags.first().slug if tag else "berita"
    day = timezone.localdate() - timezone.timedelta(days=5)
    paths = [
        "/",
        "/terkini/",
        "/terkini/?page=50",
        f"/terkini/?kanal={section.slug}",
        section.url,
        f"{section.url}?page=20",
        "/populer/",
        "/populer/?jam=168",
        "/video/",
        f"/indeks/{day:%Y/%m/%d}/",
        f"/tag/{tag_slug}/",
        "/penulis/",
        "/feed/rss.xml",
        "/sitemap.xml",
        "/sitemap-news.xml",
    ]
    print(f"stories: {newsroom.ArticlePage.objects.live().count()}, rounds: {args.rounds}")
    for path in paths:
        client.get(path)
        timings = []
        for _round in range(args.rounds):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        print(
            f"{response.status_code} {statistics.median(timings):8.1f} ms "
            f"{len(response.content):8d} B  {path}"
        )


if __name__ == "__main__":
    main()

"""Prometheus metrics without extra services: counted in-process, read at /metrics.

Under gunicorn each worker is a process; with PROMETHEUS_MULTIPROC_DIR set
(deploy/gunicorn.conf.py sets it) prometheus_client keeps the values in files
there and /metrics adds up every worker's.
"""

from django.conf import settings
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

REQUESTS = Counter(
    "redaksi_http_requests",
    "Responses sent, by status code and view.",
    ["status", "view"],
)
PAGE_CACHE = Counter(
    "redaksi_page_cache_requests",
    "Anonymous page requests by full-page cache result (hit, miss, bypass, coalesced: "
    "answered by another request's render of the same cold page; stale: answered with "
    "the expired copy while another request renders it again).",
    ["result"],
)
PUBLISH_TO_VISIBLE = Histogram(
    "redaksi_publish_to_visible_seconds",
    "Seconds from a story's publish to its purge completing, by cache layer (app, cdn).",
    ["layer"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300),
)

PURGE_FAILURES = Counter(
    "redaksi_purge_failures",
    "Cached copies that could not be purged at once and are retried, by layer (app, nginx).",
    ["layer"],
)

_hit = PAGE_CACHE.labels("hit")


def page_cache(result: str) -> None:
    if result == "hit":
        _hit.inc()
    else:
        PAGE_CACHE.labels(result).inc()


def purge_failed(layer: str, count: int = 1) -> None:
    PURGE_FAILURES.labels(layer).inc(count)


def request_done(status: int, view: str) -> None:
    REQUESTS.labels(str(status), view).inc()


def publish_to_visible(layer: str, seconds: float) -> None:
    PUBLISH_TO_VISIBLE.labels(layer).observe(max(0.0, seconds))


def exposition() -> tuple[bytes, str]:
    """The metrics text of this process, or of every worker when multiprocess."""
    if settings.PROMETHEUS_MULTIPROC_DIR:
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=settings.PROMETHEUS_MULTIPROC_DIR)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST

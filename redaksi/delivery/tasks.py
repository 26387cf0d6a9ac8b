"""The CDN purge, off the editor's request: Varnish, Cloudflare or CloudFront calls can be slow."""

import logging
import time

from django.conf import settings
from django_tasks import task
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

from . import metrics, pagecache
from .later import run_later

logger = logging.getLogger(__name__)


@task()
def purge_frontend_cache(urls: list[str], published_at: float | None = None) -> int:
    """Purge ``urls`` through Wagtail's frontend-cache backends (WAGTAILFRONTENDCACHE)."""
    if urls:
        purge_urls_from_cache_task.call(urls)
    if published_at is not None:
        metrics.publish_to_visible("cdn", time.time() - published_at)
    return len(urls)


# Seconds before each new try of a purge that failed (the cache could not be reached).
PURGE_RETRY_SECONDS = (5, 30, 120, 600)


@task()
def retry_purge(keys: list[str], urls: list[str], attempt: int = 1) -> int:
    """A purge that failed right after a publish, tried again; the CDN follows when it works."""
    try:
        idents = pagecache.purge(set(keys))
    except Exception:
        logger.exception("purging %s failed again (attempt %d)", keys, attempt)
        metrics.purge_failed("app")
        if attempt < len(PURGE_RETRY_SECONDS):
            run_later(retry_purge, PURGE_RETRY_SECONDS[attempt], keys, urls, attempt + 1)
        return 0
    if settings.WAGTAILFRONTENDCACHE:
        every = {i[:-1] if i.endswith("?") else i for i in idents} | set(urls)
        purge_frontend_cache.call(sorted(every))
    return len(keys)

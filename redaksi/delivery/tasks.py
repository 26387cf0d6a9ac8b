"""The CDN purge, off the editor's request: Varnish, Cloudflare or CloudFront calls can be slow."""

import time

from django_tasks import task
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

from . import metrics


@task()
def purge_frontend_cache(urls: list[str], published_at: float | None = None) -> int:
    """Purge ``urls`` through Wagtail's frontend-cache backends (WAGTAILFRONTENDCACHE)."""
    if urls:
        purge_urls_from_cache_task.call(urls)
    if published_at is not None:
        metrics.publish_to_visible("cdn", time.time() - published_at)
    return len(urls)

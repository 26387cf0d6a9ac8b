"""Purging what a change made stale: in this app's cache, nginx's, and the CDN's.

The app's own cache (and nginx's copies) are purged at once, in the process
that made the change, after its transaction committed: readers must see a
publish on the next request. The CDN purge is slower (an HTTP call per batch)
and runs as a task.
"""

import logging
import time
from urllib.parse import urljoin

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page, Site

from redaksi.core.surrogate import section_key
from redaksi.newsroom.api import ArticlePage

from . import metrics, pagecache, tasks
from .keys import page_change_keys, story_change_keys
from .later import run_later
from .tasks import purge_frontend_cache, retry_purge

logger = logging.getLogger(__name__)

_STORY_KEYS = "pc:story:"


def _previous_keys(article_id: int, keys: set[str]) -> set[str]:
    """The keys of the story's last publish (old tags, section, authors), remembering today's."""
    cache = caches["default"]
    before = set(cache.get(_STORY_KEYS + str(article_id)) or ())
    cache.set(_STORY_KEYS + str(article_id), sorted(keys), None)
    return before


def _root_urls(page: Page) -> list[str]:
    """The site roots a page is served under, e.g. https://portal.example/."""
    roots = []
    for _site_id, root_path, root_url, _language in Site.get_site_root_paths():
        if page.url_path.startswith(root_path) and root_url:
            roots.append(root_url.rstrip("/") + "/")
    return roots


def _story_urls(article: Page, keys: set[str]) -> set[str]:
    """The addresses a CDN may hold for a story's pages, whether or not this process saw them."""
    urls = set()
    if url := article.get_full_url():
        urls.add(url)
    for root in _root_urls(article):
        urls.add(root)
        for key in keys:
            if key.startswith("tag-"):
                urls.add(urljoin(root, reverse("portal:tag", args=[key.removeprefix("tag-")])))
        for name in ("portal:latest", "feeds:latest", "feeds:rss"):
            try:
                urls.add(urljoin(root, reverse(name)))
            except NoReverseMatch:
                continue
    try:
        if parent := article.get_parent():
            if url := parent.get_full_url():
                urls.add(url)
    except Page.DoesNotExist:
        pass
    return urls


def _as_url(ident: str) -> str:
    return ident[:-1] if ident.endswith("?") else ident


def purge_keys(keys: set[str], urls: set[str] = frozenset(), published_at=None) -> None:
    """Purge ``keys`` here at once, then the CDN (if one is configured) in a task.

    This runs after the change committed: a cache that cannot be reached must not turn
    a publish that already happened into an error for the editor.
    """
    try:
        idents = pagecache.purge(keys)
    except Exception:
        logger.exception("purging %s failed; retrying in the background", sorted(keys))
        metrics.purge_failed("app")
        run_later(retry_purge, tasks.PURGE_RETRY_SECONDS[0], sorted(keys), sorted(urls))
        return
    if published_at is not None:
        metrics.publish_to_visible("app", time.time() - published_at.timestamp())
    if not settings.WAGTAILFRONTENDCACHE:
        return
    every = sorted({_as_url(i) for i in idents} | set(urls))
    stamp = published_at.timestamp() if published_at is not None else None
    purge_frontend_cache.enqueue(every, stamp)


# --- Signal receivers (connected in apps.py; newsroom signals come after commit)


def on_article_published(sender, article, **kwargs) -> None:
    keys = story_change_keys(article)
    keys |= _previous_keys(article.pk, keys)
    purge_keys(keys, _story_urls(article, keys), article.last_published_at)


def on_article_unpublished(sender, article, **kwargs) -> None:
    keys = story_change_keys(article)
    keys |= _previous_keys(article.pk, keys)
    purge_keys(keys, _story_urls(article, keys))


def _after_commit(keys: set[str], urls: set[str]) -> None:
    transaction.on_commit(lambda: purge_keys(keys, urls))


def on_page_changed(sender, instance, **kwargs) -> None:
    """page_published / page_unpublished for pages that are not stories."""
    if isinstance(instance.specific_deferred, ArticlePage):
        return  # the newsroom's story signals cover these
    _after_commit(page_change_keys(instance), {u for u in [instance.get_full_url()] if u})


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs) -> None:
    page = instance.specific
    if isinstance(page, ArticlePage):
        keys = story_change_keys(page, parent_page_after.pk)
        keys |= {section_key(parent_page_before.pk)} | _previous_keys(page.pk, keys)
        _after_commit(keys, _story_urls(page, keys))
    else:
        _after_commit(page_change_keys(page), set())


def on_page_deleted(sender, instance, **kwargs) -> None:
    """pre_delete: work out what the page was listed under while its relations still exist."""
    if not isinstance(instance, Page) or getattr(instance, "_delivery_seen", False):
        return
    if type(instance) is Page and instance.specific_class is not Page:
        return  # the specific model's own pre_delete handles it
    instance._delivery_seen = True
    if isinstance(instance, ArticlePage):
        keys = story_change_keys(instance)
        keys |= _previous_keys(instance.pk, keys)
        _after_commit(keys, _story_urls(instance, keys))
    elif instance.live:
        _after_commit(page_change_keys(instance), set())


def on_site_settings_saved(sender, instance, created=False, **kwargs) -> None:
    """The publisher's name and time zone show on every page.

    Wagtail creates the settings row with its defaults the first time a page asks
    for it; pages already showed those defaults, so only later saves purge.
    """
    if not created:
        _after_commit({pagecache.ALL_PAGES}, set())

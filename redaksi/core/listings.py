"""Short-lived caches for site-wide lists (menu, Berita Terkini, videos) on every page.

Every story page shows the same few site-wide lists. Finding them means ordering
the whole archive, which is what makes an uncached page slow once the archive is
large; their ids are kept for a minute instead, under a generation number that
any publish, unpublish, move or deletion of a page replaces. Only ids are kept,
and stories are loaded by id each time, so a withdrawn story never shows.
"""

import time
from collections.abc import Callable

from django.core.cache import cache

GENERATION_KEY = "redaksi:listings-generation"
LIST_SECONDS = 60


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY, 0)
    return value


def forget_lists(**_signal_arguments) -> None:
    """Start a new generation: every cached list is rebuilt on its next use."""
    cache.set(GENERATION_KEY, time.time_ns(), None)


def cached_ids(name: str, build: Callable[[], list[int]]) -> list[int]:
    """The ids ``build`` returns, kept for LIST_SECONDS within the current generation."""
    key = f"redaksi:list:{name}:{generation()}"
    ids = cache.get(key)
    if ids is None:
        ids = list(build())
        cache.set(key, ids, LIST_SECONDS)
    return ids

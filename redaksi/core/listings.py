"""Short-lived caches for site-wide lists (menu, Berita Terkini, videos) on every page.

Every story page shows the same few site-wide lists. Finding them means ordering
the whole archive, which is what makes an uncached page slow once the archive is
large; their ids are kept for a minute instead, under a generation number that
any publish, unpublish, move or deletion of a page replaces.

The generation is shared by every process: with Redis it lives there; in the
embedded profile each process has its own cache, and the delivery desk's
purge-log follower calls :func:`forget_lists` when another process purged
anything. So blocks kept under the generation (:func:`cached`) are correct in
every process as soon as the purge log is read, and at the latest after
LIST_SECONDS where nothing follows the log (the page cache switched off).
"""

import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

T = TypeVar("T")

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


def cached(name: str, build: Callable[[], T]) -> T:
    """What ``build`` returns (picklable, not None), kept for LIST_SECONDS in this generation."""
    key = f"redaksi:list:{name}:{generation()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, LIST_SECONDS)
    return value


def cached_ids(name: str, build: Callable[[], list[int]]) -> list[int]:
    """The ids ``build`` returns, kept for LIST_SECONDS within the current generation."""
    return cached(name, lambda: list(build()))

"""An in-process tier in front of Redis for the full-page cache (the scale-out profile).

A hit from Redis costs a network round trip and unpickling a 50-100 kB page; with
pages kept in process memory as well, a hit is a dictionary lookup, as fast as
the embedded profile. Correctness comes from a purge generation in Redis: every
purge, in any process, increments it, and a process that sees a new generation
forgets its whole tier. Each process looks at the generation at most every
REDAKSI_PURGE_LOG_POLL_MS (100 ms by default, like the purge log of the embedded
profile), so a purge made elsewhere shows here within that time; the process that
purged forgets its tier at once.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

GENERATION = "pc:gen"
# Process memory given to pages; the least recently read go first.
MAX_BYTES = 64 * 1024 * 1024
# A copy here never outlives this, so pages with short lifetimes (Populer) stay fresh.
KEEP_SECONDS = 5.0


class NearTier:
    def __init__(self) -> None:
        self._pages: OrderedDict[str, tuple[tuple, float, int]] = OrderedDict()
        self._bytes = 0
        self._generation: bytes | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def get(self, name: str, redis_client, generation_key: str) -> tuple | None:
        now = time.monotonic()
        if now - self._checked >= settings.REDAKSI_PURGE_LOG_POLL_SECONDS:
            self._follow(redis_client.get(generation_key), now)
        with self._lock:
            found = self._pages.get(name)
            if found is None:
                return None
            entry, until, _size = found
            if until < now:
                self._forget(name)
                return None
            self._pages.move_to_end(name)
            return entry

    def put(self, name: str, entry: tuple) -> None:
        size = len(entry[2]) + 1024
        if size > MAX_BYTES // 8:
            return
        with self._lock:
            self._forget(name)
            self._pages[name] = (entry, time.monotonic() + KEEP_SECONDS, size)
            self._bytes += size
            while self._bytes > MAX_BYTES and self._pages:
                self._forget(next(iter(self._pages)))

    def discard(self, name: str) -> None:
        with self._lock:
            self._forget(name)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()
            self._bytes = 0

    def _follow(self, generation: bytes | None, now: float) -> None:
        with self._lock:
            if generation != self._generation:
                self._pages.clear()
                self._bytes = 0
                self._generation = generation
            self._checked = now

    def _forget(self, name: str) -> None:
        found = self._pages.pop(name, None)
        if found is not None:
            self._bytes -= found[2]


tier = NearTier()

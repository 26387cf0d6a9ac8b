"""Where counted reads wait before they reach the database.

A read is counted on the beacon request, so it must cost next to nothing: no
database write per read. Reads are added up per (hour, story) here and written
in one upsert by :func:`redaksi.mostread.counting.flush_reads`.

Two buffers share one interface. The embedded profile keeps them in process
memory: one process serves every reader and runs the flush. With REDIS_URL set
they live in Redis, so every gunicorn worker adds to the same counters and any
process may flush them. Taking a batch is atomic in both (a swap under a lock,
a Redis RENAME), so two flushes never write the same reads twice, and a batch
whose write failed is put back rather than lost.
"""

import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from django.conf import settings
from django.core.cache import cache

Counts = Counter  # (hour, article_id) -> reads

# A batch a flush took but never finished (the process died) is taken over after this long.
STALE_BATCH_SECONDS = 600


@dataclass
class Batch:
    counts: Counts
    keys: list[str] = field(default_factory=list)


class ReadBuffer(Protocol):
    def first_sighting(self, key: str, ttl: int) -> bool:
        """True the first time ``key`` is seen within ``ttl`` seconds, False after."""

    def spend(self, key: str, limit: int, ttl: int) -> bool:
        """Take one from the budget ``key`` (``limit`` per ``ttl`` seconds); False when spent."""

    def add(self, hour: datetime, article_id: int, reads: int = 1) -> None: ...

    def pending(self) -> Counts:
        """Reads counted but not yet written, without taking them."""

    def take(self) -> Batch:
        """Everything pending, removed so no other flush can take it."""

    def done(self, batch: Batch) -> None:
        """The batch is in the database; forget it."""

    def restore(self, batch: Batch) -> None:
        """Writing the batch failed; put its reads back for the next flush."""

    def claim_flush(self, interval: int) -> bool:
        """True for one caller per ``interval`` seconds: that caller flushes."""

    def clear(self) -> None:
        """Forget all pending reads and sightings (tests start from nothing)."""


class MemoryBuffer:
    """Counters in this process: the embedded profile, one process for every reader."""

    _PRUNE_EVERY = 60.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counts = Counter()
        self._seen: dict[str, float] = {}
        self._budgets: dict[str, tuple[int, float]] = {}
        self._next_prune = 0.0
        self._next_flush = 0.0

    def first_sighting(self, key: str, ttl: int) -> bool:
        now = time.monotonic()
        with self._lock:
            if now >= self._next_prune:
                # Sightings expire; without this the dictionary would grow for ever.
                self._seen = {k: until for k, until in self._seen.items() if until > now}
                self._budgets = {k: v for k, v in self._budgets.items() if v[1] > now}
                self._next_prune = now + self._PRUNE_EVERY
            if self._seen.get(key, 0.0) > now:
                return False
            self._seen[key] = now + ttl
            return True

    def spend(self, key: str, limit: int, ttl: int) -> bool:
        now = time.monotonic()
        with self._lock:
            used, until = self._budgets.get(key, (0, 0.0))
            if until <= now:
                used, until = 0, now + ttl
            if used >= limit:
                return False
            self._budgets[key] = (used + 1, until)
            return True

    def add(self, hour: datetime, article_id: int, reads: int = 1) -> None:
        with self._lock:
            self._counts[(hour, article_id)] += reads

    def pending(self) -> Counts:
        with self._lock:
            return Counter(self._counts)

    def take(self) -> Batch:
        with self._lock:
            counts, self._counts = self._counts, Counter()
        return Batch(counts)

    def done(self, batch: Batch) -> None:
        pass

    def restore(self, batch: Batch) -> None:
        with self._lock:
            self._counts.update(batch.counts)

    def claim_flush(self, interval: int) -> bool:
        now = time.monotonic()
        with self._lock:
            if now < self._next_flush:
                return False
            self._next_flush = now + interval
            return True

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
            self._seen.clear()
            self._budgets.clear()
            self._next_flush = 0.0


def _field(hour: datetime, article_id: int) -> str:
    return f"{int(hour.timestamp())}:{article_id}"


def _parse(raw: dict) -> Counts:
    counts: Counts = Counter()
    for name, value in raw.items():
        stamp, article_id = (name.decode() if isinstance(name, bytes) else name).split(":")
        counts[(datetime.fromtimestamp(int(stamp), tz=UTC), int(article_id))] += int(value)
    return counts


class RedisBuffer:
    """Counters in Redis, shared by every process that serves readers.

    Pending reads are one hash, field "<hour epoch>:<article id>". A flush
    renames the hash to a batch key of its own (atomic: concurrent flushes get
    disjoint batches), lists that key in a small set so a batch orphaned by a
    dead process can be found without scanning Redis, and deletes it once the
    database has the reads.
    """

    def __init__(self) -> None:
        from django_redis import get_redis_connection

        self.redis = get_redis_connection("default")
        self.pending_key = cache.make_key("mostread:pending")
        self.flushing_prefix = cache.make_key("mostread:flushing:")
        self.batches_key = cache.make_key("mostread:batches")
        self.flush_claim_key = cache.make_key("mostread:flush-claim")

    def _seen_key(self, key: str) -> str:
        return cache.make_key(f"mostread:seen:{key}")

    def first_sighting(self, key: str, ttl: int) -> bool:
        return bool(self.redis.set(self._seen_key(key), 1, nx=True, ex=ttl))

    def spend(self, key: str, limit: int, ttl: int) -> bool:
        name = cache.make_key(f"mostread:budget:{key}")
        with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, ttl, nx=True)
            used, _ = pipe.execute()
        return int(used) <= limit

    def add(self, hour: datetime, article_id: int, reads: int = 1) -> None:
        self.redis.hincrby(self.pending_key, _field(hour, article_id), reads)

    def pending(self) -> Counts:
        return _parse(self.redis.hgetall(self.pending_key))

    def _claim(self, source: str) -> str | None:
        """Rename ``source`` to a batch key of ours; None when it is gone (someone else won)."""
        import redis

        target = f"{self.flushing_prefix}{int(time.time())}:{uuid.uuid4().hex}"
        with self.redis.pipeline(transaction=True) as pipe:
            pipe.rename(source, target)
            pipe.sadd(self.batches_key, target)
            pipe.srem(self.batches_key, source)
            try:
                pipe.execute()
            except redis.ResponseError:  # no such key: nothing pending, or taken already
                self.redis.srem(self.batches_key, target)
                return None
        return target

    def take(self) -> Batch:
        keys = []
        if (mine := self._claim(self.pending_key)) is not None:
            keys.append(mine)
        cutoff = time.time() - STALE_BATCH_SECONDS
        for raw in self.redis.smembers(self.batches_key):
            name = raw.decode() if isinstance(raw, bytes) else raw
            stamp = name[len(self.flushing_prefix) :].split(":", 1)[0]
            if stamp.isdigit() and int(stamp) < cutoff and (taken := self._claim(name)):
                keys.append(taken)
        counts: Counts = Counter()
        for key in keys:
            counts.update(_parse(self.redis.hgetall(key)))
        return Batch(counts, keys)

    def done(self, batch: Batch) -> None:
        if batch.keys:
            with self.redis.pipeline(transaction=True) as pipe:
                pipe.delete(*batch.keys)
                pipe.srem(self.batches_key, *batch.keys)
                pipe.execute()

    def restore(self, batch: Batch) -> None:
        with self.redis.pipeline(transaction=True) as pipe:
            for (hour, article_id), reads in batch.counts.items():
                pipe.hincrby(self.pending_key, _field(hour, article_id), reads)
            if batch.keys:
                pipe.delete(*batch.keys)
                pipe.srem(self.batches_key, *batch.keys)
            pipe.execute()

    def claim_flush(self, interval: int) -> bool:
        return bool(self.redis.set(self.flush_claim_key, 1, nx=True, ex=max(interval, 1)))

    def clear(self) -> None:
        names = list(self.redis.scan_iter(match=cache.make_key("mostread:*"), count=500))
        if names:
            self.redis.delete(*names)


_buffer: ReadBuffer | None = None
_buffer_lock = threading.Lock()


def get_buffer() -> ReadBuffer:
    """This process's buffer: Redis when REDIS_URL is set, memory otherwise."""
    global _buffer
    if _buffer is None:
        with _buffer_lock:
            if _buffer is None:
                _buffer = RedisBuffer() if settings.REDIS_URL else MemoryBuffer()
    return _buffer

"""One render per cold page: concurrent misses of the same page wait for the first.

A wave of readers arriving at a page nobody has cached yet (a story shared on
WhatsApp, the home page after a deploy) would otherwise render it once per
reader. The first request for a page renders it; the others wait for it and are
answered from the cache when it is stored. Threads of one process wait on an
event; processes (gunicorn workers, with Redis) share a short lock in the cache
and poll for the stored page. A page that cannot be stored (a 404, a personal
page) wakes the waiters at once and each renders its own, so nothing is ever
served one after another.

A page past its lifetime but still within REDAKSI_CACHE_STALE_SECONDS is renewed
the same way, except that nobody waits: :func:`try_lead` picks the one request
that renders it, and the others are answered with the stale copy meanwhile.
"""

import threading
import time

from django.core.cache import caches

from . import pagecache

# Longer than a slow render; after this a waiter renders the page itself.
WAIT_SECONDS = 15.0
_POLL_SECONDS = 0.02
_LOCK = "pc:l:"

_flights: dict[str, threading.Event] = {}
_guard = threading.Lock()


def _lock_name(ident: str) -> str:
    return _LOCK + pagecache._digest(ident)


def _take_process_lock(ident: str) -> bool:
    if not pagecache._shared():
        return True
    return caches["default"].add(_lock_name(ident), 1, int(WAIT_SECONDS))


def wait_or_lead(ident: str) -> tuple[tuple | None, bool]:
    """(the stored page, False) once another render stored it, or (None, leader).

    ``leader`` is True when this request renders the page for the others and must
    call :func:`done`; False when it should render on its own (nothing was stored).
    """
    deadline = time.monotonic() + WAIT_SECONDS
    with _guard:
        flight = _flights.get(ident)
        leader = flight is None
        if leader:
            _flights[ident] = threading.Event()
    if not leader:
        flight.wait(max(0.0, deadline - time.monotonic()))
        return pagecache.lookup(ident), False
    while not _take_process_lock(ident):
        # Another process renders this page: wait for its copy, holding this process's
        # flight so that this process's other threads wait here rather than render.
        time.sleep(_POLL_SECONDS)
        entry = pagecache.lookup(ident)
        if entry is not None:
            done(ident, False)
            return entry, False
        if time.monotonic() > deadline:
            break
    return None, True


def try_lead(ident: str) -> bool:
    """Become the one request that renders ``ident`` again, without waiting; False when
    another request (in this process or another) is already at it."""
    with _guard:
        if ident in _flights:
            return False
        _flights[ident] = threading.Event()
    if _take_process_lock(ident):
        return True
    done(ident, False)
    return False


def done(ident: str, process_lock: bool = True) -> None:
    """The leader's render is finished (stored or not): wake this process's waiters."""
    with _guard:
        flight = _flights.pop(ident, None)
    if flight is not None:
        flight.set()
    if process_lock and pagecache._shared():
        caches["default"].delete(_lock_name(ident))

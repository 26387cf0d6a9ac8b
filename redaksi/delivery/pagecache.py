"""The full-page cache: stored responses, indexed by surrogate key.

Anonymous readers get pages from here without rendering. Each stored page is
listed under every surrogate key it shows, so a publish deletes exactly the
pages that show the story (no global flush).

Two index stores, one behaviour:

* Redis (the scale-out profile): entries, key sets and purge marks live in
  Redis, shared by every process and machine.
* Process memory (the embedded profile, locmem): entries stay in Django's
  cache, the index in this process. A purge made by another process on this
  machine (``redaksi shell``, a worker, another gunicorn worker) reaches this
  one through an append-only purge log that a small thread follows.

A page rendered before a publish but stored after its purge must not survive:
every purge stamps its keys with the time, and a page is dropped again right
after storing if one of its keys was purged since its request began.
"""

import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.utils.translation import gettext as _

from redaksi.core.listings import forget_lists

from . import neartier, nginxcache

logger = logging.getLogger(__name__)

ALL_PAGES = "pages"
"""Every cached page is also listed here, for changes that reach every page (the menu)."""

_ENTRY = "pc:e:"
_INDEX = "pc:k:"
_MARK = "pc:p:"
# A purge is stamped after its transaction committed, so a render that read the old
# story started earlier; the slack only covers clocks of different app servers.
_RACE_MARGIN = 0.25
_MARK_TTL = 3600
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "msclkid", "_ga"})


@dataclass(frozen=True)
class Conf:
    enabled: bool
    skip_prefixes: tuple[str, ...]
    bypass_cookies: tuple[str, ...]
    query_params: frozenset[str]
    proxy_header: tuple[str, str] | None
    purge_log: str
    nginx_dir: str


@lru_cache(maxsize=1)
def conf() -> Conf:
    prefixes = ["/admin/", "/dokumen/", "/_baca/", "/healthz", "/metrics", "/django-admin/"]
    prefixes += [p for p in (settings.STATIC_URL, settings.MEDIA_URL) if p and p.startswith("/")]
    return Conf(
        enabled=settings.REDAKSI_PAGE_CACHE,
        skip_prefixes=tuple(prefixes),
        bypass_cookies=(f"{settings.SESSION_COOKIE_NAME}=", "messages="),
        query_params=frozenset(settings.REDAKSI_CACHE_QUERY_PARAMS),
        proxy_header=settings.SECURE_PROXY_SSL_HEADER,
        purge_log="" if _shared() else str(settings.REDAKSI_PURGE_LOG or ""),
        nginx_dir=str(settings.REDAKSI_NGINX_CACHE_DIR or ""),
    )


def _reset(**kwargs) -> None:
    conf.cache_clear()
    _shared.cache_clear()


setting_changed.connect(_reset, dispatch_uid="delivery.pagecache.reset")


@lru_cache(maxsize=1)
def _shared() -> bool:
    try:
        from django_redis.cache import RedisCache
    except ImportError:  # pragma: no cover - django-redis is a dependency
        return False
    return isinstance(caches["default"], RedisCache)


def _digest(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


# --- Which requests may be answered from the cache


def _normal_query(query: str, allowed: frozenset[str]) -> str | None:
    """The query string that decides the page, or None when it holds anything unknown."""
    pairs = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name.startswith("utm_") or name in _TRACKING_PARAMS:
            continue  # the same page, shared from a campaign link
        if name not in allowed:
            return None
        pairs.append((name, value))
    return urlencode(sorted(pairs))


def identity(meta: dict) -> str | None:
    """The cache identity of a WSGI request, or None when it must reach the app."""
    c = conf()
    if not c.enabled or meta.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    path = meta.get("PATH_INFO") or "/"
    if path.startswith(c.skip_prefixes):
        return None
    cookie = meta.get("HTTP_COOKIE")
    if cookie and any(name in cookie for name in c.bypass_cookies):
        return None
    query = meta.get("QUERY_STRING")
    if query:
        query = _normal_query(query, c.query_params)
        if query is None:
            return None
    scheme = meta.get("wsgi.url_scheme", "http")
    if c.proxy_header:
        forwarded = meta.get(c.proxy_header[0])
        if forwarded is not None:
            secure = forwarded.split(",", 1)[0].strip() == c.proxy_header[1]
            scheme = "https" if secure else "http"
    host = meta.get("HTTP_HOST") or f"{meta.get('SERVER_NAME', '')}:{meta.get('SERVER_PORT', '')}"
    return f"{scheme}://{host.lower()}{path}?{query or ''}"


# --- The index: Redis sets, or this process's memory plus the purge log


@dataclass
class _LocalIndex:
    members: dict[str, set[str]] = field(default_factory=dict)
    marks: dict[str, float] = field(default_factory=dict)
    log_inode: int | None = None
    log_offset: int = 0
    log_seen: bool = False
    follower_pid: int = 0
    own_lines: set[tuple[int, int]] = field(default_factory=set)


_local = _LocalIndex()
_lock = threading.RLock()


def _redis():
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def _add_members(keys: set[str], members: list[str], ttl: int) -> None:
    if not members:
        return
    cache = caches["default"]
    if _shared():
        pipe = _redis().pipeline(transaction=False)
        for key in keys:
            name = cache.make_key(_INDEX + key)
            pipe.sadd(name, *members)
            pipe.expire(name, ttl + _MARK_TTL)
        pipe.execute()
        return
    with _lock:
        for key in keys:
            _local.members.setdefault(key, set()).update(members)


def _purged_since(keys: set[str], since: float) -> bool:
    if _shared():
        cache = caches["default"]
        marks = cache.get_many([_MARK + k for k in keys])
        return any(stamp >= since - _RACE_MARGIN for stamp in marks.values())
    follow_purge_log()
    with _lock:
        return any(_local.marks.get(k, 0.0) >= since - _RACE_MARGIN for k in keys)


def _take_members(keys: set[str], at: float) -> set[str]:
    """Stamp ``keys`` as purged at ``at`` and empty their sets, returning what they held."""
    cache = caches["default"]
    if _shared():
        cache.set_many({_MARK + k: at for k in keys}, _MARK_TTL)
        names = [cache.make_key(_INDEX + k) for k in keys]
        pipe = _redis().pipeline(transaction=True)
        for name in names:
            pipe.smembers(name)
        pipe.delete(*names)
        # Other processes forget their in-process copies when they see a new generation.
        pipe.incr(cache.make_key(neartier.GENERATION))
        results = pipe.execute()[:-2]
        neartier.tier.clear()
        return {m.decode() if isinstance(m, bytes) else m for found in results for m in found}
    with _lock:
        taken: set[str] = set()
        for key in keys:
            _local.marks[key] = max(_local.marks.get(key, 0.0), at)
            taken |= _local.members.pop(key, set())
        return taken


# --- Stored pages


def is_fresh(entry: tuple, now: float | None = None) -> bool:
    """Whether a stored page is within its lifetime; past it, it may only be served stale
    while one request renders it again (see middleware)."""
    fresh_until = entry[5] if len(entry) > 5 else float("inf")
    return (time.time() if now is None else now) < fresh_until


def lookup(ident: str) -> tuple | None:
    """The stored page for ``ident``: (status, headers, body, keys, stored_at, fresh_until).

    Pages are kept ``REDAKSI_CACHE_STALE_SECONDS`` past their lifetime; :func:`is_fresh`
    tells the two apart. A purge removes a page outright, so a changed or removed story
    is never served stale."""
    name = _ENTRY + _digest(ident)
    if _shared():
        cache = caches["default"]
        entry = neartier.tier.get(name, _redis(), cache.make_key(neartier.GENERATION))
        if entry is not None and not is_fresh(entry):
            entry = None  # Redis may hold the copy another process has just rendered
        if entry is None:
            entry = cache.get(name)
            if entry is not None:
                neartier.tier.put(name, entry)
        return entry
    follow_purge_log()
    return caches["default"].get(name)


def store(
    ident: str,
    entry: tuple,
    keys: set[str],
    ttl: int,
    started: float,
    nginx_key: str = "",
) -> bool:
    """Keep a rendered page; False when a purge since ``started`` made it stale."""
    cache = caches["default"]
    name = _ENTRY + _digest(ident)
    keys = set(keys) | {ALL_PAGES}
    stale = max(0, settings.REDAKSI_CACHE_STALE_SECONDS)
    entry = (*entry[:5], entry[4] + ttl)
    cache.set(name, entry, ttl + stale)
    neartier.tier.discard(name)
    ttl += stale
    members = [f"a:{ident}"]
    if nginx_key:
        members.append(nginxcache.member(nginx_key, conf().nginx_dir))
    _add_members(keys, members, ttl)
    if _purged_since(keys, started):
        cache.delete(name)
        neartier.tier.discard(name)
        return False
    return True


def remember_nginx_copy(keys: set[str], nginx_key: str, ttl: int) -> None:
    """nginx stored a page the app answered from its cache: list it for purging too."""
    _add_members(set(keys) | {ALL_PAGES}, [nginxcache.member(nginx_key, conf().nginx_dir)], ttl)


def _delete(members: set[str]) -> set[str]:
    """Delete the stored pages ``members`` name; returns the app's page identities."""
    idents = {m[2:] for m in members if m.startswith("a:")}
    if idents:
        caches["default"].delete_many([_ENTRY + _digest(i) for i in idents])
    copies = {m for m in members if m.startswith(nginxcache.PREFIX)}
    if copies:
        nginxcache.delete_entries(copies, conf().nginx_dir)
    return idents


def purge(keys, *, at: float | None = None) -> set[str]:
    """Delete every stored page showing one of ``keys``; returns the identities deleted."""
    keys = {k for k in keys if k}
    if not keys:
        return set()
    at = time.time() if at is None else at
    taken = _take_members(keys, at)
    removed = _delete(taken)
    _append_purge_log(keys, at)
    if conf().nginx_dir or any(m.startswith(nginxcache.PREFIX) for m in taken):
        # nginx writes a page after the app answered it; a page rendered just before this
        # purge may land a moment after it, so nginx's copies are swept once more.
        timer = threading.Timer(1.0, _sweep_nginx_again, args=(keys, at))
        timer.daemon = True
        timer.start()
    return removed


def _sweep_nginx_again(keys: set[str], at: float) -> None:
    try:
        members = _take_members(keys, at)
        _delete({m for m in members if m.startswith(nginxcache.PREFIX)})
        _add_members(
            keys, [m for m in members if m.startswith("a:")], settings.REDAKSI_CACHE_SECONDS
        )
    except Exception:  # a late sweep must never take a worker down
        logger.exception(_("The second sweep of the nginx cache failed"))


def clear() -> None:
    """Forget every stored page and purge mark at once (tests, a new deployment)."""
    cache = caches["default"]
    _delete(_take_members({ALL_PAGES}, 0.0))
    if _shared():
        cache.delete_pattern("pc:*")
        neartier.tier.clear()
        return
    with _lock:
        _local.members.clear()
        _local.marks.clear()
        _local.log_seen = False
        _local.own_lines.clear()


# --- The purge log: how a purge in one process reaches the others on this machine


def _append_purge_log(keys: set[str], at: float) -> None:
    path = conf().purge_log
    if not path:
        return
    line = f"{at:.6f} {' '.join(sorted(keys))}\n".encode()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)  # one write with O_APPEND: lines never interleave
        end = os.lseek(fd, 0, os.SEEK_CUR)  # where this line ends, whatever others append
        stat = os.fstat(fd)
        size, inode = stat.st_size, stat.st_ino
    finally:
        os.close(fd)
    with _lock:
        if _local.log_seen:
            # This process started a new list generation for its own purge already.
            _local.own_lines.add((inode, end))
    if size > settings.REDAKSI_PURGE_LOG_BYTES:
        # Readers notice the new file and forget their whole cache once; rare and safe.
        fresh = f"{path}.{os.getpid()}.new"
        Path(fresh).touch()
        os.replace(fresh, path)


def follow_purge_log() -> None:
    """Apply purges other processes logged since this one last looked."""
    path = conf().purge_log
    if not path:
        return
    _start_follower(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    with _lock:
        if not _local.log_seen:
            # A new process has nothing cached yet: earlier purges do not concern it.
            _local.log_seen = True
            _local.log_inode, _local.log_offset = (st.st_ino, st.st_size) if st else (None, 0)
            _local.own_lines.clear()
            return
        if st is None or (st.st_ino == _local.log_inode and st.st_size == _local.log_offset):
            return
        from_others = False
        if _local.log_inode is not None and st.st_ino != _local.log_inode:
            # The log was started afresh; what it said before is lost, so drop everything.
            _delete(_take_members({ALL_PAGES}, time.time()))
            _local.log_offset = 0
            _local.own_lines = {line for line in _local.own_lines if line[0] == st.st_ino}
            from_others = True
        _local.log_inode = st.st_ino
        with open(path, "rb") as log:
            log.seek(_local.log_offset)
            chunk = log.read()
        complete = chunk[: chunk.rfind(b"\n") + 1]
        end = _local.log_offset
        _local.log_offset += len(complete)
        for raw in complete.splitlines(keepends=True):
            end += len(raw)
            if (st.st_ino, end) in _local.own_lines:
                _local.own_lines.discard((st.st_ino, end))
            else:
                from_others = True
            stamp, _, names = raw.decode(errors="replace").partition(" ")
            try:
                at = float(stamp)
            except ValueError:
                continue
            _delete(_take_members(set(names.split()), at))
    if from_others:
        # Another process published, moved or removed something: the site-wide lists
        # and the blocks kept under their generation must be rebuilt here too.
        forget_lists()


def _start_follower(path: str) -> None:
    """A thread per process keeps following the log, so nginx copies go even when idle."""
    if _local.follower_pid == os.getpid():
        return
    with _lock:
        if _local.follower_pid == os.getpid():
            return
        _local.follower_pid = os.getpid()

    def follow() -> None:
        while True:
            time.sleep(settings.REDAKSI_PURGE_LOG_POLL_SECONDS)
            try:
                follow_purge_log()
            except Exception:
                logger.exception(_("Following the purge log failed"))

    threading.Thread(target=follow, name="redaksi-purge-log", daemon=True).start()

"""Serving anonymous readers from the full-page cache, and the headers a CDN needs.

This middleware sits first, so a cache hit costs one cache read: no session,
no user, no URL resolving, no template. A miss runs the rest of the stack,
then the response is stored when the views said what it shows (surrogate
keys) and nothing about it is personal.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from redaksi.core.surrogate import MOST_READ, surrogate_keys

from . import coalesce, metrics, pagecache

NGINX_KEY_HEADER = "HTTP_X_REDAKSI_CACHE_KEY"
_NOT_STORED = ("X-Cache", "Set-Cookie", "Age", "Content-Length")
_RENEWED = ("Cache-Control", "X-Accel-Expires")
_NOT_KEPT = [("X-Accel-Expires", "0")]


def cached_response_parts(entry: tuple, head: bool, result: str = "HIT") -> tuple[int, list, bytes]:
    """Status, headers and body for a stored page; shared by this middleware and the WSGI app."""
    status, headers, body, _keys, stored_at = entry[:5]
    if result == "STALE":
        # Served while a fresh copy is rendered: no cache in front may keep it.
        headers = [(k, v) for k, v in headers if k not in _RENEWED]
        headers += [("Cache-Control", "public, max-age=0, must-revalidate"), *_NOT_KEPT]
    headers = [
        *headers,
        ("Content-Length", str(len(body))),
        ("Age", str(max(0, int(time.time() - stored_at)))),
        ("X-Cache", result),
    ]
    return status, headers, b"" if head else body


def lifetime(keys: set[str] | frozenset[str]) -> int:
    """How long a page may be kept: Populer rankings change as stories are read."""
    if MOST_READ in keys:
        return min(settings.REDAKSI_CACHE_MOST_READ_SECONDS, settings.REDAKSI_CACHE_SECONDS)
    return settings.REDAKSI_CACHE_SECONDS


def _own_max_age(response: HttpResponse) -> int | None:
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name.lower() == "max-age" and value.strip().isdigit():
            return int(value)
    return None


def remember_nginx_copy(meta: dict, entry: tuple) -> None:
    nginx_key = meta.get(NGINX_KEY_HEADER)
    if nginx_key:
        pagecache.remember_nginx_copy(set(entry[3]), nginx_key, lifetime(entry[3]))


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        ident = pagecache.identity(request.META)
        leader = False
        if ident is not None:
            entry = pagecache.lookup(ident)
            result = "HIT"
            if entry is None:
                entry, leader = coalesce.wait_or_lead(ident)
                if entry is not None:
                    metrics.page_cache("coalesced")
            elif pagecache.is_fresh(entry):
                metrics.page_cache("hit")
            elif coalesce.try_lead(ident):
                # Past its lifetime: this request renders the page again while the
                # others are answered with the copy they had.
                entry, leader = None, True
            else:
                metrics.page_cache("stale")
                result = "STALE"
            if entry is not None:
                metrics.request_done(entry[0], "page-cache")
                remember_nginx_copy(request.META, entry)
                return self._from_entry(entry, request.method == "HEAD", result)
        started = time.time()
        try:
            response = self.get_response(request)
            self._finish(request, response, ident, started)
        finally:
            if leader:
                coalesce.done(ident)
        match = request.resolver_match
        metrics.request_done(response.status_code, match.view_name if match else "unresolved")
        return response

    @staticmethod
    def _from_entry(entry: tuple, head: bool, result: str = "HIT") -> HttpResponse:
        status, headers, body = cached_response_parts(entry, head, result)
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response.headers[name] = value
        return response

    def _finish(
        self, request: HttpRequest, response: HttpResponse, ident: str | None, started: float
    ) -> None:
        path = request.path_info
        personal = request.COOKIES.get(settings.SESSION_COOKIE_NAME) or path.startswith("/admin/")
        if personal and not path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            # A shared cache must never keep what one editor saw.
            patch_cache_control(response, private=True, no_store=True)
            response.headers.pop("Surrogate-Key", None)
            return
        if ident is None:
            return
        keys = surrogate_keys(request)
        if not self._storable(request, response, keys):
            metrics.page_cache("bypass")
            return
        metrics.page_cache("miss")
        ttl = lifetime(keys)
        own = _own_max_age(response)
        if own is not None:
            # The view said how long its page stays right (search: REDAKSI_SEARCH_MAX_AGE);
            # no cache keeps it longer.
            ttl = min(ttl, own)
        self._public_headers(response, keys, ttl)
        headers = [(k, v) for k, v in response.items() if k not in _NOT_STORED]
        entry = (response.status_code, headers, response.content, tuple(sorted(keys)), time.time())
        nginx_key = request.META.get(NGINX_KEY_HEADER, "")
        if not pagecache.store(ident, entry, set(keys), ttl, started, nginx_key):
            # A story this page shows changed while it was being rendered: readers and
            # caches get it once, nobody keeps it.
            response["Cache-Control"] = "no-cache"
            response["X-Accel-Expires"] = "0"

    @staticmethod
    def _storable(request: HttpRequest, response: HttpResponse, keys: frozenset[str]) -> bool:
        if not keys or getattr(request, "_delivery_private", False):
            return False  # a page that does not say what it shows could never be purged
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        control = response.get("Cache-Control", "").lower()
        if any(word in control for word in ("private", "no-store", "no-cache")):
            return False
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
        # Pages for readers without a session are the same for all of them; any other
        # Vary (language, device) would need a separate copy per variant.
        return vary <= {"cookie", "accept-encoding"}

    @staticmethod
    def _public_headers(response: HttpResponse, keys: frozenset[str], ttl: int) -> None:
        ordered = sorted(keys)
        browser = min(settings.REDAKSI_CACHE_BROWSER_SECONDS, ttl)
        response["Cache-Control"] = (
            f"public, max-age={browser}, s-maxage={ttl}, "
            f"stale-while-revalidate={settings.REDAKSI_CACHE_STALE_SECONDS}"
        )
        response["Surrogate-Key"] = " ".join(ordered)
        response["Cache-Tag"] = ",".join(ordered)
        response["X-Accel-Expires"] = str(ttl)
        response["X-Cache"] = "MISS"
        vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
        remaining = [v for v in vary if v.lower() != "cookie"]
        if remaining:
            response["Vary"] = ", ".join(remaining)
        elif "Vary" in response:
            del response["Vary"]

"""Who is reading: a visitor to count once, a crawler, or the newsroom itself.

Populer ranks what readers read, so crawlers and newsroom staff checking their
own stories are left out. Crawlers are recognised by the crawler-user-agents
list (a maintained catalogue of crawler, scraper and HTTP-library names, shipped
in its package, so nothing is downloaded) and by our own patterns for
automated browsers and previews. A beacon counts only when the reader's browser
says it comes from one of our own pages (``Sec-Fetch-Site``/``Origin``).

A reader is recognised by a first-party cookie the beacon response sets
(signed, so a script cannot mint fresh visitors by sending random values).
Before a reader has that cookie, a hash of their address and browser with a
salt that changes every day stands in; the address itself is never stored.
"""

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

import crawleruseragents
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from redaksi.core.clients import address_group, client_address
from redaksi.newsroom import api as newsroom

COOKIE_NAME = "rdk_pembaca"
COOKIE_SALT = "redaksi.mostread.visitor"
COOKIE_MAX_AGE = 365 * 24 * 3600

# Search engines, link previews, monitors, scripts and automated browsers. Matching is on
# words, so a phone model such as "CUBOT X30" is not taken for a robot.
_CRAWLER = re.compile(
    r"(?<!cu)bot(?:\b|[/_-])|crawl|spider|slurp|facebookexternalhit|facebookcatalog|"
    r"mediapartners|adsbot|google-inspectiontool|google-read-aloud|feedfetcher|"
    r"lighthouse|pagespeed|gtmetrix|pingdom|uptime|preview|headless|phantomjs|"
    r"puppeteer|playwright|selenium|webdriver|curl/|wget/|httpie|python-requests|"
    r"python-urllib|python-httpx|aiohttp|go-http-client|java/|okhttp|libwww|scrapy|"
    r"httpclient|node-fetch|axios/|whatsapp|ia_archiver|archive\.org",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def is_crawler(user_agent: str) -> bool:
    """True for anything that does not identify as a reader's browser, an empty agent included.

    Remembered per agent string (the list is 1,500 patterns); the cache is bounded,
    so rotating agents cost time, not memory.
    """
    user_agent = user_agent.strip()[:512]
    if not user_agent:
        return True
    return bool(_CRAWLER.search(user_agent)) or crawleruseragents.is_crawler(user_agent)


def _host(url_or_host: str) -> str:
    return (urlsplit(url_or_host).netloc if "//" in url_or_host else url_or_host).lower()


def is_same_origin(request: HttpRequest) -> bool:
    """The beacon came from a script on one of our own pages, as the browser tells it.

    Browsers mark every request with ``Sec-Fetch-Site`` and send ``Origin`` on a
    POST; a page on another site that posts to the beacon says "cross-site" or
    names its own origin, and a script that sends neither is not a reader's
    browser. Hosts are compared (not schemes), so a proxy that ends HTTPS does
    not turn readers into strangers.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    origin = request.headers.get("Origin", "").strip()
    if not fetch_site and not origin:
        return False
    if fetch_site and fetch_site != "same-origin":
        return False
    if not origin:
        return True
    if origin == "null":
        return False
    try:
        ours = {request.get_host().lower()}
    except Exception:  # DisallowedHost: not a request to us at all
        return False
    ours.update(_host(trusted) for trusted in settings.CSRF_TRUSTED_ORIGINS)
    return _host(origin) in ours


def is_newsroom_user(user) -> bool:
    """Staff, admins and anyone in a newsroom role: their visits are work, not readership."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.groups.filter(name__in=newsroom.ROLES).exists()


def is_prefetch(request: HttpRequest) -> bool:
    """Browsers announce speculative loads; nobody has read anything yet."""
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    return "prefetch" in purpose.lower() or "prerender" in purpose.lower()


@dataclass(frozen=True)
class Visitor:
    key: str
    """Stands for one reader in the once-per-hour rule; never a raw address."""

    new_cookie: str | None = None
    """A fresh token to give the reader, when they came without a valid one."""


def _daily_salt(day: str) -> str:
    # Random and kept two days only: yesterday's hashes cannot be recomputed afterwards.
    key = f"mostread:salt:{day}"
    cache.add(key, secrets.token_hex(16), timeout=2 * 24 * 3600)
    return cache.get(key) or key


def _hashed(now: datetime, *parts: str) -> str:
    salt = _daily_salt(now.date().isoformat())
    return hashlib.sha256("|".join((salt, *parts)).encode()).hexdigest()[:32]


def address_key(request: HttpRequest, now: datetime) -> str:
    """Stands for the client's address (behind trusted proxies) in per-address budgets."""
    return _hashed(now, address_group(client_address(request)))


def identify(request: HttpRequest, now: datetime) -> Visitor:
    """The reader behind ``request``, by cookie when they have one."""
    token = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if token:
        return Visitor(key=f"c:{token}")
    digest = _hashed(now, client_address(request), request.headers.get("User-Agent", ""))
    return Visitor(key=f"a:{digest}", new_cookie=secrets.token_urlsafe(18))


def cookie_key(token: str) -> str:
    """The key a reader will have once they send back the cookie ``token``."""
    return f"c:{token}"


def set_visitor_cookie(response, token: str, *, secure: bool) -> None:
    response.set_signed_cookie(
        COOKIE_NAME,
        token,
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=secure,
    )

"""Who is reading: a visitor to count once, a crawler, or the newsroom itself.

Populer ranks what readers read, so crawlers and newsroom staff checking their
own stories are left out. A reader is recognised by a first-party cookie the
beacon response sets (signed, so a script cannot mint fresh visitors by
sending random values). Before a reader has that cookie, a hash of their
address and browser with a salt that changes every day stands in; the address
itself is never stored.
"""

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.http import HttpRequest

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


def is_crawler(user_agent: str) -> bool:
    """True for anything that does not identify as a reader's browser, an empty agent included."""
    user_agent = user_agent.strip()
    return not user_agent or bool(_CRAWLER.search(user_agent))


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


def _client_address(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def identify(request: HttpRequest, now: datetime) -> Visitor:
    """The reader behind ``request``, by cookie when they have one."""
    token = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    if token:
        return Visitor(key=f"c:{token}")
    salt = _daily_salt(now.date().isoformat())
    material = "|".join((salt, _client_address(request), request.headers.get("User-Agent", "")))
    digest = hashlib.sha256(material.encode()).hexdigest()[:32]
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

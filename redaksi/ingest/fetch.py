"""Fetching pages, feeds and photos from outside, politely and within limits.

Every outside request of the ingest desk goes through :func:`fetch`, so the
User-Agent, timeout and size limit are the same for pages, feeds and images,
and a failure always arrives as a :class:`FetchError` whose message an editor
understands.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from django.conf import settings
from django.utils.translation import gettext as _


class FetchError(Exception):
    """An address could not be fetched; ``str()`` is the message for the editor."""


@dataclass
class Fetched:
    url: str
    content: bytes
    content_type: str = ""
    status: int = 200


def is_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https") and bool(urlsplit(value).netloc)


def max_bytes() -> int:
    return int(getattr(settings, "REDAKSI_INGEST_MAX_BYTES", 10 * 1024 * 1024))


def fetch(url: str, *, limit: int | None = None) -> Fetched:
    """The body at ``url`` after redirects; refuses non-web addresses and oversized answers."""
    if not is_url(url):
        raise FetchError(_("%(url)s is not a web address (http or https).") % {"url": url})
    limit = limit or max_bytes()
    headers = {
        "User-Agent": getattr(settings, "REDAKSI_INGEST_USER_AGENT", "Redaksi/0.1"),
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    }
    timeout = float(getattr(settings, "REDAKSI_INGEST_TIMEOUT_SECONDS", 15))
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(
                        _("The server at %(url)s answered with error %(status)d.")
                        % {"url": url, "status": response.status_code}
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise _too_large(url, limit)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise _too_large(url, limit)
                    chunks.append(chunk)
                return Fetched(
                    url=str(response.url),
                    content=b"".join(chunks),
                    content_type=response.headers.get("content-type", ""),
                    status=response.status_code,
                )
    except httpx.TimeoutException as exc:
        raise FetchError(
            _("%(url)s did not answer within %(seconds)d seconds.")
            % {"url": url, "seconds": int(timeout)}
        ) from exc
    except httpx.HTTPError as exc:
        raise FetchError(
            _("%(url)s could not be fetched (%(reason)s).") % {"url": url, "reason": exc}
        ) from exc


def _too_large(url: str, limit: int) -> FetchError:
    return FetchError(
        _("%(url)s is larger than the limit of %(size)d KB.") % {"url": url, "size": limit // 1024}
    )

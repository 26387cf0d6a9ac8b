"""Fetching pages, feeds and photos from outside, politely and within limits.

Every outside request of the ingest desk goes through :func:`fetch`, so the
User-Agent, timeout and size limit are the same for pages, feeds and images,
and a failure always arrives as a :class:`FetchError` whose message an editor
understands.

The addresses come from outside too (a feed item's link, a photo in a page), so
a fetch must not become a way into our own network: the host is resolved here,
every address it resolves to is checked (loopback, private, link-local,
multicast, reserved and cloud-metadata addresses are refused, unless
REDAKSI_INGEST_ALLOWED_NETWORKS lets an intranet wire in), and the connection
goes to the address that was checked, never to a second resolution that a
hostile DNS server could answer differently. Redirects are followed here, one
by one, through the same check.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
from django.conf import settings
from django.utils.translation import gettext as _

MAX_REDIRECTS = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# Cloud instance metadata: refused even inside an allowed network.
METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)


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


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def is_refused_address(address: Address) -> bool:
    """True for an address a server-side fetch must not reach."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address in METADATA:
        return True
    allowed = _networks(tuple(getattr(settings, "REDAKSI_INGEST_ALLOWED_NETWORKS", ())))
    if any(address in network for network in allowed):
        return False
    return (
        not address.is_global
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or address.is_link_local
        or address.is_loopback
        or address.is_private
    )


def _resolve(url: str, host: str, port: int) -> Address:
    """The address to connect to for ``host``, after checking every address it resolves to."""
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [literal]
    else:
        try:
            answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(
                _("%(url)s could not be fetched (the name %(host)s was not found).")
                % {"url": url, "host": host}
            ) from exc
        addresses = list(
            dict.fromkeys(ipaddress.ip_address(answer[4][0].split("%", 1)[0]) for answer in answers)
        )
    for address in addresses:
        if is_refused_address(address):
            raise FetchError(
                _(
                    "%(url)s leads to an internal address (%(address)s); "
                    "only public addresses are fetched."
                )
                % {"url": url, "address": address}
            )
    if not addresses:
        raise FetchError(_("%(url)s could not be fetched (no address).") % {"url": url})
    return addresses[0]


def _pinned(url: str) -> tuple[str, dict[str, str], dict]:
    """``url`` with its host replaced by the checked address, and what keeps the name.

    The Host header and TLS's server name (which the certificate is checked
    against) still carry the name, so the site sees an ordinary request.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = _resolve(url, host, port)
    shown = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{shown}:{parts.port}" if parts.port else shown
    pinned = urlunsplit(parts._replace(netloc=netloc))
    host_header = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return pinned, {"Host": host_header}, extensions


def fetch(url: str, *, limit: int | None = None) -> Fetched:
    """The body at ``url`` after redirects; refuses non-web, internal and oversized answers."""
    if not is_url(url):
        raise FetchError(_("%(url)s is not a web address (http or https).") % {"url": url})
    limit = limit or max_bytes()
    headers = {
        "User-Agent": getattr(settings, "REDAKSI_INGEST_USER_AGENT", "Redaksi/0.1"),
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    }
    timeout = float(getattr(settings, "REDAKSI_INGEST_TIMEOUT_SECONDS", 15))
    current = url
    try:
        # No proxy from the environment: the connection must go to the address checked here.
        # No kept-alive connections either: one opened for a name (and its certificate) must
        # not carry a redirect to another name that happens to share the address.
        limits = httpx.Limits(max_keepalive_connections=0)
        with httpx.Client(
            timeout=timeout, headers=headers, trust_env=False, limits=limits
        ) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                pinned, host, extensions = _pinned(current)
                request = client.build_request("GET", pinned, headers=host, extensions=extensions)
                response = client.send(request, stream=True)
                try:
                    location = response.headers.get("location", "")
                    if response.status_code in REDIRECTS and location:
                        current = urljoin(current, location.strip())
                        if not is_url(current):
                            raise FetchError(
                                _("%(url)s redirects to %(target)s, which is not a web address.")
                                % {"url": url, "target": current}
                            )
                        continue
                    return _read(response, url, current, limit)
                finally:
                    response.close()
            raise FetchError(
                _("%(url)s redirects more than %(count)d times.")
                % {"url": url, "count": MAX_REDIRECTS}
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


def _read(response: httpx.Response, url: str, final_url: str, limit: int) -> Fetched:
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
        url=final_url,
        content=b"".join(chunks),
        content_type=response.headers.get("content-type", ""),
        status=response.status_code,
    )


def _too_large(url: str, limit: int) -> FetchError:
    return FetchError(
        _("%(url)s is larger than the limit of %(size)d KB.") % {"url": url, "size": limit // 1024}
    )

"""Who is on the other end of a request, when a proxy stands in between.

Behind nginx every request comes from nginx's own address, so anything that
counts or limits per client (Populer's per-address budget, log-in throttling)
would treat all readers as one. The proxy passes the real address in
``X-Forwarded-For`` or ``X-Real-IP``; those headers are believed only when the
request comes from an address in REDAKSI_TRUSTED_PROXIES, since anyone else can
write whatever they like there.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def trusted_proxies() -> tuple[Network, ...]:
    return _networks(tuple(settings.REDAKSI_TRUSTED_PROXIES))


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 203.0.113.9:51234
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _trusted(address, networks: tuple[Network, ...]) -> bool:
    return any(address in network for network in networks)


def client_address(request: HttpRequest) -> str:
    """The client's address: the nearest hop that is not one of our trusted proxies.

    ``X-Forwarded-For`` is read from the right, because each proxy appends the
    address it saw; the first entry that is not a trusted proxy is the client.
    Entries further left were written by the client itself and are ignored.
    """
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return request.META.get("REMOTE_ADDR", "")
    networks = trusted_proxies()
    if not _trusted(remote, networks):
        return str(remote)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [_parse(part) for part in forwarded.split(",")] if forwarded.strip() else []
    for hop in reversed(hops):
        if hop is None:
            break  # a malformed entry: nothing left of it can be trusted
        if not _trusted(hop, networks):
            return str(hop)
    if not hops and (real := _parse(request.META.get("HTTP_X_REAL_IP", ""))) is not None:
        return str(real)
    return str(remote)


def address_group(address: str) -> str:
    """The unit one client controls: an IPv4 address, or the /64 an IPv6 client is given.

    One IPv6 subscriber can pick any address in their /64, so a per-address
    budget counted per IPv6 address would be no budget at all.
    """
    parsed = _parse(address)
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed) if parsed is not None else address

"""One pooled HTTP client per process for webhooks, push services and hubs.

Building a client per request (what ``httpx.post`` does) costs a TLS context and
a new connection each time, more than the request itself during a fan-out.
"""

import threading

import httpx

_client: httpx.Client | None = None
_lock = threading.Lock()


def client() -> httpx.Client:
    global _client
    with _lock:
        if _client is None:
            _client = httpx.Client(limits=httpx.Limits(max_connections=64))
        return _client

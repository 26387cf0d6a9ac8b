"""Operator endpoints: /healthz for load balancers, /metrics for Prometheus."""

import hmac
import ipaddress
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from . import metrics


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache() -> str:
    cache = caches["default"]
    probe = f"healthz:{time.time_ns()}"
    cache.set(probe, "ok", 10)
    found = cache.get(probe)
    cache.delete(probe)
    if found != "ok":
        raise RuntimeError("the cache did not return what was stored")
    return "ok"


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database and the cache answer, 503 (with the reason) when one does not."""
    checks: dict[str, str] = {}
    healthy = True
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            checks[name] = check()
        except Exception as exc:  # any failure means "take me out of rotation"
            checks[name] = f"error: {exc.__class__.__name__}: {exc}"
            healthy = False
    status = "ok" if healthy else "error"
    return JsonResponse({"status": status, "checks": checks}, status=200 if healthy else 503)


def _trusted_network(request: HttpRequest) -> bool:
    """A direct caller from REDAKSI_METRICS_NETWORKS.

    Behind nginx every reader's REMOTE_ADDR is nginx's own; nginx adds X-Forwarded-For,
    so a request carrying it is never trusted for its address.
    """
    if "HTTP_X_FORWARDED_FOR" in request.META:
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(
        address in ipaddress.ip_network(network, strict=False)
        for network in settings.REDAKSI_METRICS_NETWORKS
    )


def _token_given(request: HttpRequest, token: str) -> bool:
    given = request.headers.get("Authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


@never_cache
def metrics_view(request: HttpRequest) -> HttpResponse:
    token = settings.REDAKSI_METRICS_TOKEN
    guarded = bool(token or settings.REDAKSI_METRICS_NETWORKS)
    if guarded and not (_trusted_network(request) or (token and _token_given(request, token))):
        response = HttpResponse("metrics need a bearer token\n", status=401)
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    body, content_type = metrics.exposition()
    return HttpResponse(body, content_type=content_type)

"""Site-wide facts a request needs: its Wagtail site, the publisher's name, the time zone."""

from django.conf import settings
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Site

from .dates import DEFAULT_ZONE
from .listings import cached

# Hosts longer than this are not kept: the Host header is the client's to choose.
_LONGEST_KEPT_HOST = 100


def site_for_request(request: HttpRequest) -> Site | None:
    """Wagtail's site for the request's host, kept per host under the list generation.

    Wagtail finds it with a query on every request, the costliest of a short page;
    sites change rarely, and saving or deleting one starts a new generation
    (``apps.py``). Like Wagtail, the answer is kept on the request, where
    ``Site.find_for_request`` finds it for everything else that asks.
    """
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request._get_raw_host())[0]
    if len(hostname) > _LONGEST_KEPT_HOST:
        return Site.find_for_request(request)
    found = cached(
        f"site-for:{hostname}:{request.get_port()}", lambda: (Site.find_for_request(request),)
    )
    request._wagtail_site = found[0]
    return found[0]


class SiteMiddleware:
    """Looks the request's site up once, from the cache, before any view or template asks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        site_for_request(request)
        return self.get_response(request)


def site_identity(request: HttpRequest | None):
    """The requested site's identity settings; None when no Wagtail site answers the host.

    A page asks a dozen times (every date shows the site's zone), and every page
    asks, so the settings are kept on the request and, between requests, under the
    list generation, which saving them or any site replaces (see ``apps.py``).
    """
    from .models import SiteIdentity

    if request is None:
        return None
    try:
        return request._redaksi_site_identity
    except AttributeError:
        pass
    site = Site.find_for_request(request)
    identity = None
    if site is not None:
        identity = cached(f"site-identity:{site.pk}", lambda: SiteIdentity.for_site(site))
    request._redaksi_site_identity = identity
    return identity


def site_zone(request: HttpRequest | None) -> str:
    identity = site_identity(request)
    return identity.time_zone if identity else DEFAULT_ZONE


def publisher_name(request: HttpRequest | None) -> str:
    identity = site_identity(request)
    return identity.publisher_name if identity else settings.WAGTAIL_SITE_NAME

"""Site-wide facts a template needs: the publisher's name and the readers' time zone."""

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site

from .dates import DEFAULT_ZONE
from .listings import cached


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

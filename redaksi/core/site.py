"""Site-wide facts a template needs: the publisher's name and the readers' time zone."""

from django.conf import settings
from django.http import HttpRequest

from .dates import DEFAULT_ZONE


def site_identity(request: HttpRequest | None):
    from .models import SiteIdentity

    if request is None:
        return None
    cached = getattr(request, "_redaksi_site_identity", None)
    if cached is None:
        try:
            cached = SiteIdentity.for_request(request)
        except Exception:  # no Site matches this host: fall back to settings
            cached = False
        request._redaksi_site_identity = cached
    return cached or None


def site_zone(request: HttpRequest | None) -> str:
    identity = site_identity(request)
    return identity.time_zone if identity else DEFAULT_ZONE


def publisher_name(request: HttpRequest | None) -> str:
    identity = site_identity(request)
    return identity.publisher_name if identity else settings.WAGTAIL_SITE_NAME

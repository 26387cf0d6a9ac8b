"""Site-wide facts a template needs: the publisher's name and the readers' time zone."""

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site

from .dates import DEFAULT_ZONE


def site_identity(request: HttpRequest | None):
    """The requested site's identity settings; None when no Wagtail site answers the host.

    Wagtail caches both the site and the settings on the request.
    """
    from .models import SiteIdentity

    if request is None or Site.find_for_request(request) is None:
        return None
    return SiteIdentity.for_request(request)


def site_zone(request: HttpRequest | None) -> str:
    identity = site_identity(request)
    return identity.time_zone if identity else DEFAULT_ZONE


def publisher_name(request: HttpRequest | None) -> str:
    identity = site_identity(request)
    return identity.publisher_name if identity else settings.WAGTAIL_SITE_NAME

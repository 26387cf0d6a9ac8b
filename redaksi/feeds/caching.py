"""How long feeds, sitemaps and robots.txt may be cached, and what they show.

Each response records surrogate keys (see ``redaksi.core.surrogate``) so the
delivery desk can purge it when a story it lists is published, changed or
taken down; until then caches may keep it for a few minutes. The delivery
desk sets the final policy for shared caches.
"""

from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from redaksi.core.surrogate import add_surrogate_keys

FEED_MAX_AGE = 300
ROBOTS_MAX_AGE = 3600


def finish(
    response: HttpResponse,
    request: HttpRequest,
    keys: Iterable[str],
    max_age: int = FEED_MAX_AGE,
) -> HttpResponse:
    add_surrogate_keys(request, *keys)
    patch_cache_control(response, public=True, max_age=max_age)
    return response

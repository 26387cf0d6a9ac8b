"""The production WSGI application: answers full-page cache hits before Django.

gunicorn loads this (deploy/gunicorn.conf.py). A hit is one cache read and no
Django request cycle at all; everything else goes to Django's own handler,
where PageCacheMiddleware stores what can be stored.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

from . import metrics, pagecache  # noqa: E402
from .middleware import cached_response_parts, remember_nginx_copy  # noqa: E402

django_application = get_wsgi_application()
_REASONS = {200: "200 OK"}


def application(environ: dict, start_response):
    ident = pagecache.identity(environ)
    if ident is not None:
        entry = pagecache.lookup(ident)
        # A page past its lifetime goes to Django, where one request renews it.
        if entry is not None and pagecache.is_fresh(entry):
            metrics.page_cache("hit")
            metrics.request_done(entry[0], "page-cache")
            remember_nginx_copy(environ, entry)
            status, headers, body = cached_response_parts(
                entry, environ["REQUEST_METHOD"] == "HEAD"
            )
            start_response(_REASONS.get(status, f"{status} Cached"), headers)
            return [body]
    return django_application(environ, start_response)

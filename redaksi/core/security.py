"""Content-Security-Policy on every response, strict for readers.

Reader pages run no script but the ones a desk declares here: an inline script is
allowed by the SHA-256 of its exact text (:func:`allow_inline_script`), so a
script injected into a story could never run even if the sanitiser missed it.
The admin gets Wagtail's needs on top (its editor panels carry inline scripts);
only logged-in staff see it.
"""

import base64
import hashlib
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpRequest, HttpResponse

_inline_scripts: set[str] = set()


def allow_inline_script(source: str) -> str:
    """Let ``source`` run as an inline ``<script>`` on reader pages; returns it unchanged."""
    digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
    _inline_scripts.add(f"'sha256-{digest}'")
    policy.cache_clear()
    return source


@lru_cache(maxsize=2)
def policy(admin: bool = False) -> str:
    template = settings.REDAKSI_CSP_ADMIN if admin else settings.REDAKSI_CSP
    return template.replace("{inline_scripts}", " ".join(sorted(_inline_scripts))).strip()


def _reset(**kwargs) -> None:
    policy.cache_clear()


setting_changed.connect(_reset, dispatch_uid="core.security.reset")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(("/admin/", "/django-admin/"))
            if text := policy(admin):
                response["Content-Security-Policy"] = text
        return response

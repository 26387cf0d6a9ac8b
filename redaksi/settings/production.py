"""The scale-out profile: refuses to start without the variables it cannot guess.

Each refusal is one sentence naming the variable, so an operator fixes it in one go
instead of finding out from a reader (debug pages, a forged session) or at the first
publish (a CDN without credentials).
"""

import ipaddress
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DEBUG, DEVELOPMENT_SECRET_KEY, REDAKSI_METRICS_NETWORKS, WAGTAILADMIN_BASE_URL
from .env import env_bool, env_int, env_required, env_str

REDAKSI_PRODUCTION = True

SECRET_KEY = env_required("SECRET_KEY")
env_required("DATABASE_URL")
ALLOWED_HOSTS = [h for h in env_required("ALLOWED_HOSTS").split(",") if h.strip()]

if DEBUG:
    raise ImproperlyConfigured(
        "DEBUG=true shows readers tracebacks and settings: unset it in production."
    )
if SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured(
        "SECRET_KEY is the public development key or shorter than 32 characters: set a long "
        "random one, e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(50))'."
    )


def _loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host in {"localhost", ""} or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


if _loopback(WAGTAILADMIN_BASE_URL):
    raise ImproperlyConfigured(
        f"REDAKSI_BASE_URL is {WAGTAILADMIN_BASE_URL}, which nobody else can open: set it to "
        "the newsroom's public address, e.g. https://redaksi.example."
    )
if not env_str("REDAKSI_METRICS_TOKEN") and not REDAKSI_METRICS_NETWORKS:
    raise ImproperlyConfigured(
        "/metrics would be public: set REDAKSI_METRICS_TOKEN (a bearer token for Prometheus) "
        "or REDAKSI_METRICS_NETWORKS (addresses allowed without one, e.g. 127.0.0.1/32)."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HTTPS is on when the public address says so; REDAKSI_HTTPS overrides it.
REDAKSI_HTTPS = env_bool("REDAKSI_HTTPS", WAGTAILADMIN_BASE_URL.startswith("https://"))
SECURE_SSL_REDIRECT = REDAKSI_HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if REDAKSI_HTTPS else 0)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", REDAKSI_HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
REDAKSI_SCHEDULER_SECONDS = env_int("REDAKSI_SCHEDULER_SECONDS", 30)

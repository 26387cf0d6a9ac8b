"""Settings shared by every profile.

With no environment at all Redaksi runs embedded: SQLite, local media,
in-process cache and tasks. Each service is switched to its scale-out
counterpart by one variable (see README, "Configuration").
"""

import importlib.util
import ipaddress
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PACKAGE_DIR = BASE_DIR / "redaksi"
DATA_DIR = Path(env_str("REDAKSI_DATA_DIR", str(BASE_DIR / "var")))

# Public in this repository: good for the embedded profile only (production refuses it).
DEVELOPMENT_SECRET_KEY = "redaksi-insecure-development-key-change-me"
SECRET_KEY = env_str("SECRET_KEY", DEVELOPMENT_SECRET_KEY)
# The production settings set this; `redaksi demo` refuses to run where it is true.
REDAKSI_PRODUCTION = False
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "redaksi.core",
    "redaksi.newsroom",
    "redaksi.ingest",
    "redaksi.checks",
    "redaksi.portal",
    "redaksi.mostread",
    "redaksi.search",
    "redaksi.feeds",
    "redaksi.delivery",
    "redaksi.chat",
    "redaksi.factcheck",
    "redaksi.channels",
    "redaksi.demo",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: a full-page cache hit is answered before sessions, users or URL resolving.
    "redaksi.delivery.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "redaksi.core.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "redaksi.core.site.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "redaksi.urls"
# Full-page cache hits are answered before Django's request cycle (redaksi serve, runserver).
WSGI_APPLICATION = "redaksi.delivery.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: SQLite by default, anything dj-database-url understands otherwise.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'redaksi.sqlite3'}")
try:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60)
        )
    }
except ValueError as exc:
    raise ImproperlyConfigured(
        f"DATABASE_URL is not a database address ({exc}); "
        "e.g. postgres://user@127.0.0.1:5432/redaksi or sqlite:////path/to/redaksi.sqlite3"
    ) from exc
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # WAL lets the in-process scheduler write while the portal reads.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: process memory by default, Redis when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "redaksi",
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "redaksi",
            # Room for the full-page cache: a few thousand pages of about 50 kB.
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    }

# --- Background tasks: run in-process by default, queued in the database for a worker.
TASK_BACKEND = env_str("REDAKSI_TASK_BACKEND", "immediate")
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASK_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"REDAKSI_TASK_BACKEND must be one of {sorted(_TASK_BACKENDS)}, got {TASK_BACKEND!r}"
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASK_BACKEND]}}

# Scheduled stories go live without cron: the embedded server runs this loop in-process,
# the production profile in `redaksi worker`. Zero turns the in-process loop off.
REDAKSI_SCHEDULER_SECONDS = env_int("REDAKSI_SCHEDULER_SECONDS", 30)

# --- Newsroom checks: "code=blocking,code2=warning" changes a check's default severity;
# blocking findings stop publishing and submitting for review, never saving a draft.
# The page type sections and the author index live under: the site's home page, which
# the portal owns; the newsroom learns its name from here rather than importing the portal.
REDAKSI_HOME_PAGE_TYPE = "portal.HomePage"

REDAKSI_CHECK_SEVERITIES: dict[str, str] = {}
for _item in env_list("REDAKSI_CHECK_SEVERITIES"):
    _code, _sep, _severity = _item.partition("=")
    if not _sep or _severity.strip() not in ("warning", "blocking"):
        raise ImproperlyConfigured(
            f"REDAKSI_CHECK_SEVERITIES items must look like code=warning or code=blocking, "
            f"got {_item!r}"
        )
    REDAKSI_CHECK_SEVERITIES[_code.strip()] = _severity.strip()
# Longest headline search results show whole, and longest lede chat previews show whole.
REDAKSI_CHECK_HEADLINE_MAX = env_int("REDAKSI_CHECK_HEADLINE_MAX", 90)
REDAKSI_CHECK_LEDE_MAX = env_int("REDAKSI_CHECK_LEDE_MAX", 160)

# --- Client addresses (redaksi.core.clients): X-Forwarded-For and X-Real-IP are believed
# only from these proxies (addresses or networks), so per-client budgets see the real reader.
REDAKSI_TRUSTED_PROXIES = env_list("REDAKSI_TRUSTED_PROXIES", ["127.0.0.1", "::1"])
for _proxy in REDAKSI_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as _exc:
        raise ImproperlyConfigured(
            f"REDAKSI_TRUSTED_PROXIES items must be addresses or networks, got {_proxy!r}"
        ) from _exc
# Admin log-in: after this many failed attempts for one account, or ten times as many from one
# address, further attempts are refused for LOCKOUT_SECONDS.
REDAKSI_LOGIN_MAX_FAILURES = env_int("REDAKSI_LOGIN_MAX_FAILURES", 5)
REDAKSI_LOGIN_LOCKOUT_SECONDS = env_int("REDAKSI_LOGIN_LOCKOUT_SECONDS", 900)
if REDAKSI_LOGIN_MAX_FAILURES < 1 or REDAKSI_LOGIN_LOCKOUT_SECONDS < 1:
    raise ImproperlyConfigured(
        "REDAKSI_LOGIN_MAX_FAILURES and REDAKSI_LOGIN_LOCKOUT_SECONDS must be 1 or more"
    )

# --- Ingest (redaksi.ingest): `redaksi import` and the wire inbox. Feeds are polled from the
# scheduler loop every POLL_SECONDS (0: never); a feed's own interval may be longer.
REDAKSI_INGEST_POLL_SECONDS = env_int("REDAKSI_INGEST_POLL_SECONDS", 300)
# Estimated Jaccard similarity of body shingles from which an import is a near-duplicate.
try:
    REDAKSI_INGEST_DUPLICATE_THRESHOLD = float(env_str("REDAKSI_INGEST_DUPLICATE_THRESHOLD", "0.8"))
except ValueError as _exc:
    raise ImproperlyConfigured("REDAKSI_INGEST_DUPLICATE_THRESHOLD must be a number") from _exc
if not 0 < REDAKSI_INGEST_DUPLICATE_THRESHOLD <= 1:
    raise ImproperlyConfigured("REDAKSI_INGEST_DUPLICATE_THRESHOLD must be above 0 and at most 1")
REDAKSI_INGEST_DEFAULT_SECTION = env_str("REDAKSI_INGEST_DEFAULT_SECTION", "")
REDAKSI_INGEST_USER_AGENT = env_str(
    "REDAKSI_INGEST_USER_AGENT", "Redaksi/0.1 (newsroom importer; +https://github.com/redaksi)"
)
REDAKSI_INGEST_TIMEOUT_SECONDS = env_int("REDAKSI_INGEST_TIMEOUT_SECONDS", 15)
REDAKSI_INGEST_MAX_BYTES = env_int("REDAKSI_INGEST_MAX_BYTES", 10 * 1024 * 1024)
REDAKSI_INGEST_MAX_PAGES = env_int("REDAKSI_INGEST_MAX_PAGES", 10)
# A wire item with only a summary is drafted from the article its link points at.
REDAKSI_INGEST_FETCH_LINKS = env_bool("REDAKSI_INGEST_FETCH_LINKS", True)
# Fetches refuse loopback, private, link-local and reserved addresses; an intranet wire
# is let in by naming its networks here (CIDR, e.g. 10.20.0.0/16).
REDAKSI_INGEST_ALLOWED_NETWORKS = env_list("REDAKSI_INGEST_ALLOWED_NETWORKS")
for _network in REDAKSI_INGEST_ALLOWED_NETWORKS:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError as _exc:
        raise ImproperlyConfigured(
            f"REDAKSI_INGEST_ALLOWED_NETWORKS items must be networks such as 10.0.0.0/8, "
            f"got {_network!r}"
        ) from _exc

# --- Populer (redaksi.mostread): article pages count reads through a beacon; reads wait in
# memory (or Redis with REDIS_URL) and are written per hour every FLUSH_SECONDS (0: only by
# `redaksi flush_reads`). Hours older than KEEP_DAYS are pruned; the 7-day ranking needs 7.
REDAKSI_READS_ENABLED = env_bool("REDAKSI_READS_ENABLED", True)
REDAKSI_MOST_READ_FLUSH_SECONDS = env_int("REDAKSI_MOST_READ_FLUSH_SECONDS", 60)
REDAKSI_MOST_READ_KEEP_DAYS = env_int("REDAKSI_MOST_READ_KEEP_DAYS", 30)
if REDAKSI_MOST_READ_FLUSH_SECONDS < 0:
    raise ImproperlyConfigured(
        f"REDAKSI_MOST_READ_FLUSH_SECONDS must be 0 or more, got {REDAKSI_MOST_READ_FLUSH_SECONDS}"
    )
# One address (an IPv6 /64) counts at most this many reads of one story an hour, and is given
# at most this many new reader cookies an hour: one client cannot buy Populer.
REDAKSI_MOST_READ_ADDRESS_BUDGET = env_int("REDAKSI_MOST_READ_ADDRESS_BUDGET", 10)
if REDAKSI_MOST_READ_ADDRESS_BUDGET < 1:
    raise ImproperlyConfigured(
        "REDAKSI_MOST_READ_ADDRESS_BUDGET must be 1 or more, "
        f"got {REDAKSI_MOST_READ_ADDRESS_BUDGET}"
    )
if REDAKSI_MOST_READ_KEEP_DAYS < 7:
    raise ImproperlyConfigured(
        "REDAKSI_MOST_READ_KEEP_DAYS must be at least 7 (the 7-day ranking), "
        f"got {REDAKSI_MOST_READ_KEEP_DAYS}"
    )

# --- Search: Wagtail's database backend (PostgreSQL full-text when the database is PostgreSQL),
# or OpenSearch when OPENSEARCH_URL is set (install the "opensearch" extra).
OPENSEARCH_URL = env_str("OPENSEARCH_URL", "")
if OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [OPENSEARCH_URL],
            "INDEX": env_str("OPENSEARCH_INDEX", "redaksi"),
            "TIMEOUT": 10,
        }
    }
else:
    # Wagtail's database backend (headline-weighted on SQLite, see redaksi/search/backend.py);
    # "simple": no English stemming on PostgreSQL, redaksi.search stems Indonesian itself.
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "redaksi.search.backend", "SEARCH_CONFIG": "simple"}
    }
# Search ranks the most relevant REDAKSI_SEARCH_CANDIDATES stories, then favours fresh ones:
# a story loses half of its freshness bonus every REDAKSI_SEARCH_HALF_LIFE_DAYS days.
REDAKSI_SEARCH_CANDIDATES = env_int("REDAKSI_SEARCH_CANDIDATES", 200)
REDAKSI_SEARCH_HALF_LIFE_DAYS = env_int("REDAKSI_SEARCH_HALF_LIFE_DAYS", 30)
REDAKSI_SEARCH_MAX_AGE = env_int("REDAKSI_SEARCH_MAX_AGE", 60)

# --- Feeds and sitemaps (redaksi.feeds). Google accepts at most 1,000 stories in a news
# sitemap and 50,000 addresses in any sitemap file.
REDAKSI_FEED_ITEMS = env_int("REDAKSI_FEED_ITEMS", 50)
REDAKSI_SITEMAP_STORIES_PER_FILE = env_int("REDAKSI_SITEMAP_STORIES_PER_FILE", 10_000)
REDAKSI_NEWS_SITEMAP_ITEMS = env_int("REDAKSI_NEWS_SITEMAP_ITEMS", 1000)
for _knob, _value, _most in (
    ("REDAKSI_FEED_ITEMS", REDAKSI_FEED_ITEMS, 1000),
    ("REDAKSI_SITEMAP_STORIES_PER_FILE", REDAKSI_SITEMAP_STORIES_PER_FILE, 50_000),
    ("REDAKSI_NEWS_SITEMAP_ITEMS", REDAKSI_NEWS_SITEMAP_ITEMS, 1000),
):
    if not 1 <= _value <= _most:
        raise ImproperlyConfigured(f"{_knob} must be between 1 and {_most}, got {_value}")

# --- Passwords and users
AUTH_USER_MODEL = "core.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# --- Language and time: Indonesian first, stored in UTC, shown in the site's zone.
# "id-id" resolves both Django's "id" catalogue and Wagtail's "id_ID" one. Readers always get the
# site's language (no LocaleMiddleware: an English browser must not turn the portal's chrome
# English around Indonesian stories); editors pick theirs in the admin's account settings.
LANGUAGE_CODE = "id-id"
LANGUAGES = [("id-id", _("Bahasa Indonesia")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The admin log-in limits password guessing per account and per address (redaksi.core.login),
# with every label translatable (redaksi.core.forms).
WAGTAILADMIN_USER_LOGIN_FORM = "redaksi.core.login.ThrottledLoginForm"
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Ahead of every app's catalogue: the site templates' strings, then the admin override
# catalogue, which fills what Wagtail's and Django's Indonesian leave English and says the
# newsroom's words ("Naskah", "Terbitkan") where theirs differ (`redaksi admin_translations`).
LOCALE_PATHS = [PACKAGE_DIR / "locale", PACKAGE_DIR / "locale_admin"]
# Admin dates as the portal writes them: "06 Okt 2020, 16:07 WIB" (redaksi/core/formats/).
FORMAT_MODULE_PATH = ["redaksi.core.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("REDAKSI_TIME_ZONE", "Asia/Jakarta")

# --- Static and media: local disk by default.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(DATA_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
# The embedded profile serves uploads from the app; behind nginx, set this to false.
REDAKSI_SERVE_MEDIA = env_bool("REDAKSI_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail
WAGTAIL_SITE_NAME = env_str("REDAKSI_SITE_NAME", "Redaksi")
WAGTAILADMIN_BASE_URL = env_str("REDAKSI_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.NewsImage"
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Avatars come from uploads only: no editor's e-mail hash is sent to an outside service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Chat APIs for the Cek Fakta tipline and channels: base URLs are configurable so tests
# and staging point them at a local server that speaks the same protocol.
WHATSAPP_API_BASE_URL = env_str("WHATSAPP_API_BASE_URL", "https://graph.facebook.com/v21.0")
WHATSAPP_ACCESS_TOKEN = env_str("WHATSAPP_ACCESS_TOKEN", "")
WHATSAPP_PHONE_NUMBER_ID = env_str("WHATSAPP_PHONE_NUMBER_ID", "")
WHATSAPP_APP_SECRET = env_str("WHATSAPP_APP_SECRET", "")
WHATSAPP_VERIFY_TOKEN = env_str("WHATSAPP_VERIFY_TOKEN", "")
TELEGRAM_API_BASE_URL = env_str("TELEGRAM_API_BASE_URL", "https://api.telegram.org")
TELEGRAM_BOT_TOKEN = env_str("TELEGRAM_BOT_TOKEN", "")
TELEGRAM_WEBHOOK_SECRET = env_str("TELEGRAM_WEBHOOK_SECRET", "")
# Shown to readers in the "Fakta atau Hoaks?" box and the Cek Fakta section.
REDAKSI_TIPLINE_WHATSAPP_NUMBER = env_str("REDAKSI_TIPLINE_WHATSAPP_NUMBER", "")
REDAKSI_TIPLINE_TELEGRAM_BOT = env_str("REDAKSI_TIPLINE_TELEGRAM_BOT", "").lstrip("@")
# The outbox: attempts before a message is marked dead, first backoff (doubling, capped at an
# hour), timeout of one API call, and messages per sender and minute that get an answer.
REDAKSI_CHAT_MAX_ATTEMPTS = env_int("REDAKSI_CHAT_MAX_ATTEMPTS", 8)
REDAKSI_CHAT_RETRY_SECONDS = env_int("REDAKSI_CHAT_RETRY_SECONDS", 30)
REDAKSI_CHAT_TIMEOUT_SECONDS = env_int("REDAKSI_CHAT_TIMEOUT_SECONDS", 10)
REDAKSI_CHAT_RATE_PER_MINUTE = env_int("REDAKSI_CHAT_RATE_PER_MINUTE", 20)

# --- Cek Fakta desk (redaksi.factcheck): the section its fact-checks live in, the tipline's
# sentence encoder ("use": multilingual Universal Sentence Encoder shipped in its package;
# "none": keywords only), how long readers' numbers are kept, and the WhatsApp template that
# carries an answer after the 24-hour window (name and language as approved by Meta).
REDAKSI_FACTCHECK_SECTION = env_str("REDAKSI_FACTCHECK_SECTION", "cek-fakta")
REDAKSI_TIPLINE_ENCODER = env_str("REDAKSI_TIPLINE_ENCODER", "use")
if REDAKSI_TIPLINE_ENCODER not in ("use", "none"):
    raise ImproperlyConfigured("REDAKSI_TIPLINE_ENCODER must be 'use' or 'none'")
REDAKSI_TIPLINE_RETENTION_DAYS = env_int("REDAKSI_TIPLINE_RETENTION_DAYS", 90)
REDAKSI_TIPLINE_TEMPLATE = env_str("REDAKSI_TIPLINE_TEMPLATE", "cek_fakta_hasil")
REDAKSI_TIPLINE_TEMPLATE_LANGUAGE = env_str("REDAKSI_TIPLINE_TEMPLATE_LANGUAGE", "id")

# --- News channels (redaksi.channels): where stories go when they are published. The Telegram
# channel the bot posts to, the links readers see under "Follow …", the WhatsApp template
# stories go out as (headline and link as its two parameters, approved by Meta), the tags
# that make a story "breaking", and the outbox: attempts, first backoff (doubling, capped at
# an hour), sends per second per channel and worker, parallel sends per worker, how long a
# claimed delivery stays claimed, and how often an idle sender looks for work.
TELEGRAM_CHANNEL = env_str("TELEGRAM_CHANNEL", "")
REDAKSI_CHANNELS_WHATSAPP_URL = env_str("REDAKSI_CHANNELS_WHATSAPP_URL", "")
REDAKSI_CHANNELS_TELEGRAM_URL = env_str("REDAKSI_CHANNELS_TELEGRAM_URL", "")
REDAKSI_CHANNELS_WHATSAPP_TEMPLATE = env_str("REDAKSI_CHANNELS_WHATSAPP_TEMPLATE", "berita_terkini")
REDAKSI_CHANNELS_BREAKING_TAGS = env_list("REDAKSI_CHANNELS_BREAKING_TAGS", ["breaking-news"])
REDAKSI_CHANNELS_MAX_ATTEMPTS = env_int("REDAKSI_CHANNELS_MAX_ATTEMPTS", 6)
REDAKSI_CHANNELS_RETRY_SECONDS = env_int("REDAKSI_CHANNELS_RETRY_SECONDS", 30)
REDAKSI_CHANNELS_RATE_PER_SECOND = {
    channel: env_int(f"REDAKSI_CHANNELS_RATE_{channel.upper()}", default)
    for channel, default in (
        ("whatsapp", 1000),
        ("telegram", 20),
        ("email", 50),
        ("webpush", 500),
        ("webhook", 50),
    )
}
REDAKSI_CHANNELS_CONCURRENCY = env_int("REDAKSI_CHANNELS_CONCURRENCY", 64)
REDAKSI_CHANNELS_LEASE_SECONDS = env_int("REDAKSI_CHANNELS_LEASE_SECONDS", 120)
REDAKSI_CHANNELS_UNSURE_SECONDS = env_int("REDAKSI_CHANNELS_UNSURE_SECONDS", 120)
REDAKSI_CHANNELS_POLL_MS = env_int("REDAKSI_CHANNELS_POLL_MS", 500)
REDAKSI_CHANNELS_TIMEOUT_SECONDS = env_int("REDAKSI_CHANNELS_TIMEOUT_SECONDS", 10)
# E-mail digests are queued once this hour (site zone) has passed, for the day before.
REDAKSI_CHANNELS_DIGEST_HOUR = env_int("REDAKSI_CHANNELS_DIGEST_HOUR", 6)
# Web Push: keys from `redaksi channels vapid`; the subject is how push services reach us.
REDAKSI_VAPID_PRIVATE_KEY = env_str("REDAKSI_VAPID_PRIVATE_KEY", "")
REDAKSI_VAPID_PUBLIC_KEY = env_str("REDAKSI_VAPID_PUBLIC_KEY", "")
REDAKSI_VAPID_SUBJECT = env_str("REDAKSI_VAPID_SUBJECT", "mailto:redaksi@localhost")
# WebSub: the hub our feeds name and we ping on publish (empty: none).
REDAKSI_WEBSUB_HUB = env_str("REDAKSI_WEBSUB_HUB", "")
# Outgoing mail (breaking news, digests, confirmations; also Wagtail's notifications).
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Redaksi <redaksi@localhost>")

# --- Delivery (redaksi.delivery): full-page cache, CDN headers and purges, metrics.
REDAKSI_PAGE_CACHE = env_bool("REDAKSI_PAGE_CACHE", True)
# s-maxage and the app's own lifetime for a page; publishes purge earlier, by surrogate key.
REDAKSI_CACHE_SECONDS = env_int("REDAKSI_CACHE_SECONDS", 600)
# Browsers cannot be purged, so by default they revalidate every time.
REDAKSI_CACHE_BROWSER_SECONDS = env_int("REDAKSI_CACHE_BROWSER_SECONDS", 0)
REDAKSI_CACHE_STALE_SECONDS = env_int("REDAKSI_CACHE_STALE_SECONDS", 60)
# Pages with a Populer ranking change as stories are read: kept briefly instead of purged per read.
REDAKSI_CACHE_MOST_READ_SECONDS = env_int("REDAKSI_CACHE_MOST_READ_SECONDS", 60)
# Query parameters that select a different cached page; any other one bypasses the cache
# (utm_* and click ids are ignored).
REDAKSI_CACHE_QUERY_PARAMS = env_list(
    "REDAKSI_CACHE_QUERY_PARAMS", ["page", "single", "kanal", "rentang", "q", "tanggal", "label"]
)
# Without Redis, purges made by another process on this machine arrive through this log.
REDAKSI_PURGE_LOG = env_str("REDAKSI_PURGE_LOG", str(DATA_DIR / "cache" / "purge.log"))
REDAKSI_PURGE_LOG_BYTES = env_int("REDAKSI_PURGE_LOG_BYTES", 1_000_000)
REDAKSI_PURGE_LOG_POLL_SECONDS = env_int("REDAKSI_PURGE_LOG_POLL_MS", 100) / 1000
# nginx's proxy_cache_path (deploy/nginx): the app deletes nginx's copies when it purges.
REDAKSI_NGINX_CACHE_DIR = env_str("REDAKSI_NGINX_CACHE_DIR", "")
PROMETHEUS_MULTIPROC_DIR = env_str("PROMETHEUS_MULTIPROC_DIR", "")
REDAKSI_METRICS_TOKEN = env_str("REDAKSI_METRICS_TOKEN", "")
# With HTTPS on, load balancers and Prometheus still probe over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]
# Addresses (CIDR) that may read /metrics without the token, when they reach the app directly
# (a request that came through nginx carries X-Forwarded-For and needs the token).
REDAKSI_METRICS_NETWORKS = env_list("REDAKSI_METRICS_NETWORKS", [])
try:
    _METRICS_NETWORKS = [ipaddress.ip_network(n, strict=False) for n in REDAKSI_METRICS_NETWORKS]
except ValueError as _exc:
    raise ImproperlyConfigured(
        f"REDAKSI_METRICS_NETWORKS must list addresses like 10.0.0.0/8 ({_exc})"
    ) from _exc
# A CDN or Varnish in front: none, "varnish" (HTTP PURGE to REDAKSI_FRONTEND_CACHE_URL),
# "cloudflare" or "cloudfront" (needs boto3).
REDAKSI_FRONTEND_CACHE = env_str("REDAKSI_FRONTEND_CACHE", "")
_FRONTEND_CACHES = {
    "varnish": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("REDAKSI_FRONTEND_CACHE_URL", "http://127.0.0.1:6081"),
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("REDAKSI_CLOUDFLARE_API_TOKEN"),
        "ZONEID": env_str("REDAKSI_CLOUDFLARE_ZONE_ID"),
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env_str("REDAKSI_CLOUDFRONT_DISTRIBUTION_ID"),
    },
}
if REDAKSI_FRONTEND_CACHE and REDAKSI_FRONTEND_CACHE not in _FRONTEND_CACHES:
    raise ImproperlyConfigured(
        f"REDAKSI_FRONTEND_CACHE must be empty or one of {sorted(_FRONTEND_CACHES)}, "
        f"got {REDAKSI_FRONTEND_CACHE!r}"
    )
# Found at start-up, not at the first publish after a story went live.
_CDN_CREDENTIALS = {
    "cloudflare": ("REDAKSI_CLOUDFLARE_ZONE_ID", "REDAKSI_CLOUDFLARE_API_TOKEN"),
    "cloudfront": ("REDAKSI_CLOUDFRONT_DISTRIBUTION_ID",),
}
for _name in _CDN_CREDENTIALS.get(REDAKSI_FRONTEND_CACHE, ()):
    if not env_str(_name):
        raise ImproperlyConfigured(
            f"REDAKSI_FRONTEND_CACHE={REDAKSI_FRONTEND_CACHE} needs {_name}: "
            "without it no purge would ever reach the CDN."
        )
if REDAKSI_FRONTEND_CACHE == "cloudfront" and importlib.util.find_spec("boto3") is None:
    raise ImproperlyConfigured(
        "REDAKSI_FRONTEND_CACHE=cloudfront needs boto3: install it (uv add boto3)."
    )
WAGTAILFRONTENDCACHE = (
    {"default": _FRONTEND_CACHES[REDAKSI_FRONTEND_CACHE]()} if REDAKSI_FRONTEND_CACHE else {}
)

# --- Content-Security-Policy. Reader pages: our own files, inline scripts only by hash
# ({inline_scripts}, see redaksi/core/security.py), videos from YouTube and Vimeo players.
# The admin adds what Wagtail's editor needs. Empty turns the header off.
_CSP_COMMON = (
    "default-src 'self'; img-src 'self' data: blob: https:; media-src 'self' https:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
REDAKSI_CSP = env_str(
    "REDAKSI_CSP",
    f"{_CSP_COMMON}; script-src 'self' {{inline_scripts}}; style-src 'self' 'unsafe-inline'; "
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
)
REDAKSI_CSP_ADMIN = env_str(
    "REDAKSI_CSP_ADMIN",
    f"{_CSP_COMMON}; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "frame-src 'self' https:",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # Page events are in Wagtail's own audit log; the console keeps warnings only.
        "wagtail": {"level": "WARNING"},
    },
}

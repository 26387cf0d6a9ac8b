"""Settings for the test suite: fast hashing, local cache, immediate tasks."""

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REDIS_URL
from .env import env_str

SECRET_KEY = "redaksi-test-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if REDIS_URL:  # the scale-out profile's suite runs against the real Redis
    CACHES["default"]["KEY_PREFIX"] = "redaksi-test"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests run tasks where they are enqueued; test_tasks.py drives the database queue itself.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
REDAKSI_SCHEDULER_SECONDS = 0
# Most tests change stories without the after-commit purge; delivery tests turn the cache on.
REDAKSI_PAGE_CACHE = False
REDAKSI_PURGE_LOG = ""
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
ALLOWED_HOSTS = ["*"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not env_str("DATABASE_URL"):
    DATABASES["default"] = {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}

# Static files come from the app folders through WhiteNoise; nothing is collected.
STATIC_ROOT = None

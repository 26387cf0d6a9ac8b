"""Settings for the test suite: fast hashing, local cache, immediate tasks."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REDIS_URL
from .env import env_int, env_str

# pytest-xdist runs the suite in workers "gw0", "gw1", …; each gets its own test database
# (pytest-django) and, below, its own Redis database, so one worker's flush spares the others.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")

SECRET_KEY = "redaksi-test-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if REDIS_URL:  # the scale-out profile's suite runs against the real Redis
    CACHES["default"]["KEY_PREFIX"] = "redaksi-test"
    if XDIST_WORKER:
        _redis = urlsplit(REDIS_URL)
        _database = 1 + int(XDIST_WORKER.removeprefix("gw"))
        CACHES["default"]["LOCATION"] = urlunsplit(_redis._replace(path=f"/{_database}"))
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests run tasks where they are enqueued; test_tasks.py drives the database queue itself.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
REDAKSI_SCHEDULER_SECONDS = 0
# A test that runs the scheduler's jobs must not leave a channel sender thread behind in the
# suite's process, where it would claim the deliveries of later tests; tests drain by hand.
# Worker processes started by a test set it in their environment.
REDAKSI_CHANNELS_POLL_MS = env_int("REDAKSI_CHANNELS_POLL_MS", 0)
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

"""nginx's copies of pages: where they are, deleting them, and what happens when that fails.

Debian's nginx has no purge module, so the app deletes nginx's cache files itself.
Each copy is recorded together with the cache folder of the process that saw it
(``REDAKSI_NGINX_CACHE_DIR`` in gunicorn), so a publish from a process that lacks the
setting (``redaksi shell``, the worker) still finds the files.

A copy that cannot be deleted (nginx's files belong to its worker user, a full
disk) never fails a publish: the story is live already. The failure is logged and
counted (``redaksi_purge_failures_total``) and the deletion retried in the
background until it works or the page has expired anyway.
"""

import hashlib
import logging
import os
import threading
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from django_tasks import task

from . import metrics
from .later import run_later

logger = logging.getLogger(__name__)

PREFIX = "n:"
_SEPARATOR = "\t"  # never in a request line: nginx refuses control characters there
# Seconds before each retry; nginx drops a page at its lifetime anyway, so this stops there.
RETRY_SECONDS = (5, 30, 120, 600)
_warned_without_dir = threading.Event()


def member(nginx_key: str, cache_dir: str) -> str:
    """The index entry for nginx's copy of a page under ``nginx_key``."""
    if not cache_dir and not _warned_without_dir.is_set():
        _warned_without_dir.set()
        logger.warning(
            _(
                "Pages reach this process through nginx's cache, but REDAKSI_NGINX_CACHE_DIR is "
                "not set here: publishes cannot delete nginx's copies (see README, Production)."
            )
        )
    return f"{PREFIX}{cache_dir}{_SEPARATOR}{nginx_key}"


def cache_file(entry: str, fallback_dir: str = "") -> Path | None:
    """Where nginx keeps the page of an index ``entry`` (proxy_cache_path levels=1:2)."""
    payload = entry.removeprefix(PREFIX)
    cache_dir, found, nginx_key = payload.partition(_SEPARATOR)
    if not found:  # recorded before the folder was part of the entry
        cache_dir, nginx_key = "", payload
    cache_dir = cache_dir or fallback_dir
    if not cache_dir:
        return None
    digest = hashlib.md5(nginx_key.encode(), usedforsecurity=False).hexdigest()
    return Path(cache_dir) / digest[-1] / digest[-3:-1] / digest


def delete_files(paths: list[str]) -> list[str]:
    """Delete nginx's files at ``paths``; returns the ones that could not be deleted."""
    failed = []
    for path in paths:
        try:
            Path(path).unlink(missing_ok=True)
        except OSError as exc:
            failed.append(path)
            logger.warning(
                _("nginx's cached copy %(path)s could not be deleted: %(error)s"),
                {"path": path, "error": exc},
            )
    if failed:
        metrics.purge_failed("nginx", len(failed))
    return failed


def delete_entries(entries: set[str], fallback_dir: str) -> None:
    """Delete the nginx copies ``entries`` name, retrying in the background what fails."""
    paths = [str(p) for e in entries if (p := cache_file(e, fallback_dir)) is not None]
    if failed := delete_files(paths):
        retry_later(failed, attempt=1)


def retry_later(paths: list[str], attempt: int) -> None:
    if attempt > len(RETRY_SECONDS):
        logger.error(
            "Gave up deleting %d of nginx's cached copies; they expire with their lifetime. "
            "Does the app run as nginx's worker user (README, Production)?",
            len(paths),
        )
        return
    run_later(delete_nginx_copies, RETRY_SECONDS[attempt - 1], paths, attempt)


@task()
def delete_nginx_copies(paths: list[str], attempt: int = 1) -> int:
    """Retry deleting nginx's copies that could not be deleted at publish time."""
    failed = delete_files(paths)
    if failed:
        retry_later(failed, attempt + 1)
    return len(paths) - len(failed)


def check_cache_dir() -> str:
    """Why purges of nginx's copies would fail in this process, or empty when they would not."""
    cache_dir = settings.REDAKSI_NGINX_CACHE_DIR
    if not cache_dir or not os.path.isdir(cache_dir) or os.geteuid() == 0:
        return ""
    owner = os.stat(cache_dir).st_uid
    if owner != os.geteuid():
        return (
            f"REDAKSI_NGINX_CACHE_DIR {cache_dir} belongs to user id {owner}, this process runs "
            f"as {os.geteuid()}: nginx keeps its copies readable by its own user only, so "
            "run gunicorn and `redaksi worker` as nginx's worker user (README, Production)."
        )
    return ""

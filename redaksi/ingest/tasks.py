"""Background work of the ingest desk.

Feed polling reaches outside servers and may be slow, so it runs as a task:
in-process in the embedded profile, on ``redaksi worker`` when tasks are
queued in the database. The scheduler loop (``redaksi serve`` and ``redaksi
worker``) calls :func:`poll_when_due` on every turn; it queues the task every
``REDAKSI_INGEST_POLL_SECONDS``.
"""

import threading
import time

from django.conf import settings
from django_tasks import task

from .feeds import poll_due_feeds_counted

_lock = threading.Lock()
_next_poll = 0.0


@task()
def poll_feeds() -> dict[str, int]:
    """Poll every active feed whose interval has passed; returns counts for the task log."""
    return poll_due_feeds_counted()


def poll_when_due() -> bool:
    """Queue feed polling if the site-wide interval has passed; True when it did."""
    global _next_poll
    interval = int(getattr(settings, "REDAKSI_INGEST_POLL_SECONDS", 300))
    if interval <= 0:
        return False
    with _lock:
        now = time.monotonic()
        if now < _next_poll:
            return False
        _next_poll = now + interval
    poll_feeds.enqueue()
    return True

"""Running a task again after a while: queued for the worker, or a timer in this process."""

import logging
import threading
from datetime import timedelta

from django.utils import timezone
from django_tasks import default_task_backend

logger = logging.getLogger(__name__)


def run_later(task, seconds: float, *args) -> None:
    """Run ``task(*args)`` in ``seconds``: by `redaksi worker` when tasks are queued in the
    database, else on a timer here (the in-process backend cannot wait)."""
    try:
        if default_task_backend.supports_defer:
            run_after = timezone.now() + timedelta(seconds=seconds)
            task.using(run_after=run_after).enqueue(*args)
            return
    except Exception:  # the queue itself is down: keep the retry in this process
        logger.exception("queueing %s failed; retrying in this process", task.name)
    timer = threading.Timer(seconds, _call, args=(task, args))
    timer.daemon = True
    timer.start()


def _call(task, args: tuple) -> None:
    try:
        task.call(*args)
    except Exception:
        logger.exception("%s failed", task.name)

"""Scheduled publishing without cron.

Wagtail keeps "go live at" times on revisions and publishes them when
``publish_scheduled`` runs. Rather than asking every newsroom to set up cron,
the embedded server runs that command in a background thread and the
production worker runs it between tasks.
"""

import logging
import threading
from collections.abc import Callable

from django.core.management import call_command
from django.db import close_old_connections
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

_started = threading.Event()
_jobs: dict[str, Callable[[], object]] = {}


def publish_due() -> None:
    """Publish every revision whose go-live time has passed, unpublish expired pages."""
    call_command("publish_scheduled", verbosity=0)


def on_every_tick(name: str, job: Callable[[], object]) -> None:
    """Run ``job`` on every turn of the loop, after publishing; a desk registers it in ready().

    The job decides itself whether it is due, so desks keep their own intervals
    and core knows nothing of what they do. Registering a name again replaces it.
    """
    _jobs[name] = job


def run_jobs() -> None:
    for name, job in list(_jobs.items()):
        try:
            job()
        except Exception:  # one desk's failure must not stop the others or the loop
            logger.exception(_("Scheduled job %(name)s failed"), {"name": name})


def run_forever(interval_seconds: int, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    while not stop.is_set():
        # A long-lived thread must not keep a connection the database has since dropped.
        close_old_connections()
        try:
            publish_due()
        except Exception:  # the loop must survive a bad revision or a dropped connection
            logger.exception(
                _("Scheduled publishing failed; retrying in %(seconds)d s"),
                {"seconds": interval_seconds},
            )
        run_jobs()
        stop.wait(interval_seconds)


def start_in_background(interval_seconds: int) -> threading.Thread | None:
    """Start the loop once per process; a zero interval means someone else runs it."""
    if interval_seconds <= 0 or _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(
        target=run_forever, args=(interval_seconds,), name="redaksi-scheduler", daemon=True
    )
    thread.start()
    logger.info(
        _("Scheduled publishing checks every %(seconds)d s in this process"),
        {"seconds": interval_seconds},
    )
    return thread

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from redaksi.core import scheduler
from redaksi.newsroom.signals import article_published, article_unpublished


class MostReadConfig(AppConfig):
    name = "redaksi.mostread"
    label = "mostread"
    verbose_name = _("Most read")

    def ready(self) -> None:
        # Models load after apps: receivers and counting use them.
        from . import receivers
        from .counting import flush_if_due

        # A story that just went live, or off, is counted (or not) from its next read on.
        article_published.connect(receivers.forget_liveness, dispatch_uid="mostread.published")
        article_unpublished.connect(receivers.forget_liveness, dispatch_uid="mostread.unpublished")
        # Between beacons, the scheduler loop (`redaksi serve`, `redaksi worker`) flushes too.
        scheduler.on_every_tick("mostread.flush_reads", flush_if_due)

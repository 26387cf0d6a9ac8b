from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from redaksi.core import scheduler
from redaksi.newsroom.signals import article_published


class IngestConfig(AppConfig):
    name = "redaksi.ingest"
    label = "ingest"
    verbose_name = _("Ingest")

    def ready(self) -> None:
        # Models load after apps: these modules (and the newsroom's api) use them.
        from redaksi.newsroom import api as newsroom

        from . import checking, permissions, receivers, tasks

        newsroom.register_draft_source(checking.source_text_of_draft)
        article_published.connect(
            receivers.on_article_published, dispatch_uid="ingest.on_article_published"
        )
        post_migrate.connect(
            permissions.grant_after_migrate, dispatch_uid="ingest.grant_permissions"
        )
        scheduler.on_every_tick("ingest.poll_feeds", tasks.poll_when_due)

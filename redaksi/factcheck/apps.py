from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class FactCheckConfig(AppConfig):
    name = "redaksi.factcheck"
    label = "factcheck"
    verbose_name = _("Cek Fakta")

    def ready(self) -> None:
        from redaksi.chat import api as chat
        from redaksi.core import scheduler
        from redaksi.newsroom import api as newsroom
        from redaksi.newsroom.signals import article_published, article_unpublished

        from . import permissions, receivers, tipline

        newsroom.register_story_type("factcheck.FactCheckPage")
        # The tipline answers whatever no other desk claims ("langganan" goes to channels).
        chat.register_handler("factcheck.tipline", tipline.handle_message, priority=-100)
        article_published.connect(
            receivers.on_article_published, dispatch_uid="factcheck.on_article_published"
        )
        article_unpublished.connect(
            receivers.on_article_unpublished, dispatch_uid="factcheck.on_article_unpublished"
        )
        post_migrate.connect(permissions.grant_after_migrate, dispatch_uid="factcheck.grant")
        scheduler.on_every_tick("factcheck.forget_senders", receivers.forget_old_senders)
        scheduler.on_every_tick("factcheck.warm_up", receivers.warm_up_encoder)
        if receivers.is_server_process():
            # Load the sentence encoder now, in the background, not on a reader's first question.
            receivers.warm_up_encoder()

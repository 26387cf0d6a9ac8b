from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "redaksi.channels"
    label = "channels"
    verbose_name = _("News channels")

    def ready(self) -> None:
        from redaksi.chat import api as chat
        from redaksi.core import scheduler
        from redaksi.newsroom.signals import article_published

        from . import following, outbox, receivers

        # Above the Cek Fakta tipline (-100), which answers whatever nobody else claims.
        chat.register_handler("channels.follow", following.handle_message, priority=100)
        article_published.connect(
            receivers.on_article_published, dispatch_uid="channels.on_article_published"
        )
        chat.recipient_gone.connect(receivers.on_recipient_gone, dispatch_uid="channels.gone")
        chat.tagged_status.connect(receivers.on_tagged_status, dispatch_uid="channels.status")
        # The scheduler loop (`redaksi serve`, `redaksi worker`) starts the sender in its process
        # and fans out any story whose publish happened while fan-out could not run.
        scheduler.on_every_tick("channels.outbox", outbox.tick)

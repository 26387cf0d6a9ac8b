from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "redaksi.chat"
    label = "chat"
    verbose_name = _("Chat")

    def ready(self) -> None:
        from redaksi.core import scheduler

        from . import outbox

        # Sends that failed wait for their backoff; the scheduler loop picks them up again.
        scheduler.on_every_tick("chat.retry_due", outbox.send_due)

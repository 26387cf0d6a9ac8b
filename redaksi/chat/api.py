"""The chat transport as other desks use it.

Receive: register a handler in your AppConfig.ready(); it gets an
``IncomingMessage`` and returns a list of ``Reply`` (or None: "not mine").
Send: ``send(platform, recipient, Reply(...), idempotency_key=...)`` inside your
transaction; the outbox delivers it after commit, retrying with backoff. Desks with
an outbox of their own call ``send_now`` (one message) or ``send_now_many`` (many,
on one event loop, answers in batches).
Listen: ``recipient_gone`` when a platform says a reader cannot be reached,
``delivery_status`` when WhatsApp reports what became of a message, ``tagged_status``
when it reports on a message sent with a ``Reply.tag``.
"""

from . import providers
from .bulk import send_many as send_now_many
from .handlers import Handler, register_handler, unregister_handler
from .messages import (
    PLATFORMS,
    TELEGRAM,
    WHATSAPP,
    Button,
    IncomingMessage,
    Reply,
    Template,
)
from .models import OutboundMessage
from .outbox import send, send_due, within_window
from .providers import SendResult
from .signals import delivery_status, recipient_gone, tagged_status


def send_now(platform: str, recipient: str, message: Reply, *, use_template: bool) -> SendResult:
    """One API call, no outbox row: for desks that keep their own outbox (the news channels).

    The answer is already sorted into sent / retry / gone / window_closed / failed,
    so the caller decides about retries and unsubscribing; ``recipient`` may be a
    Telegram channel (``@name`` or its numeric id), which ``sendMessage`` posts to.
    """
    return providers.send(platform, recipient, message, use_template=use_template)


def delivery_state(idempotency_key: str) -> str | None:
    """The status of the message queued under ``idempotency_key`` (pending, sent, … dead)."""
    return (
        OutboundMessage.objects.filter(idempotency_key=idempotency_key)
        .values_list("status", flat=True)
        .first()
    )


__all__ = [
    "PLATFORMS",
    "TELEGRAM",
    "WHATSAPP",
    "Button",
    "Handler",
    "IncomingMessage",
    "Reply",
    "SendResult",
    "Template",
    "delivery_state",
    "delivery_status",
    "recipient_gone",
    "register_handler",
    "send",
    "send_due",
    "send_now",
    "send_now_many",
    "tagged_status",
    "unregister_handler",
    "within_window",
]

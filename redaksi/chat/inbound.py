"""One incoming message, handled once: dedup, rate limit, handlers, replies into the outbox."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .handlers import dispatch
from .messages import IncomingMessage
from .models import Contact, InboundMessage
from .outbox import send

logger = logging.getLogger(__name__)


def _over_rate_limit(message: IncomingMessage) -> bool:
    limit = settings.REDAKSI_CHAT_RATE_PER_MINUTE
    if limit <= 0:
        return False
    minute = int(message.received_at.timestamp() // 60)
    key = f"chat-rate:{message.platform}:{message.sender}:{minute}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count > limit


def handle(message: IncomingMessage) -> str:
    """Handle ``message`` unless it was seen before; returns "handled", "duplicate" or "limited".

    The dedup row, the handler's writes (a tip, a subscription) and the replies
    commit together: if a handler fails, nothing is kept and the platform's
    retry gets a second chance.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                InboundMessage.objects.create(
                    platform=message.platform,
                    message_id=message.message_id,
                    sender=message.sender,
                    received_at=message.received_at,
                )
        except IntegrityError:
            return "duplicate"
        contact, _created = Contact.objects.get_or_create(
            platform=message.platform, address=message.sender
        )
        contact.last_inbound_at = max(filter(None, [contact.last_inbound_at, message.received_at]))
        contact.gone_at = None
        if message.sender_name:
            contact.name = message.sender_name[:255]
        contact.save()
        if _over_rate_limit(message):
            logger.warning(
                _("Chat rate limit reached by %(platform)s:%(sender)s"),
                {"platform": message.platform, "sender": message.sender},
            )
            return "limited"
        for index, reply in enumerate(dispatch(message)):
            send(
                message.platform,
                message.sender,
                reply,
                idempotency_key=f"reply:{message.platform}:{message.message_id}:{index}",
            )
    return "handled"

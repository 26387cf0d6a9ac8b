"""The outbox: a message is a row before it is a request.

``send`` writes the row inside the caller's transaction, so a tip and its reply,
or a publish and its notifications, are kept or lost together. The row is sent
after commit by a task; a failed attempt waits with exponential backoff and the
scheduler loop (``redaksi serve``, ``redaksi worker``) tries again, until the
last attempt marks it dead. Nothing is dropped on the floor: every outcome
stays on the row for the admin and for tests.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import providers
from .messages import PLATFORMS, WHATSAPP, Reply
from .models import Contact, OutboundMessage
from .signals import recipient_gone

logger = logging.getLogger(__name__)

WHATSAPP_WINDOW = timedelta(hours=24)
_BACKOFF_CAP = 3600


def send(platform: str, recipient: str, message: Reply, *, idempotency_key: str) -> int:
    """Queue ``message`` for ``recipient``, once per key; returns the outbox row's id."""
    if platform not in PLATFORMS:
        raise ValueError(f"unknown chat platform {platform!r}")
    existing = OutboundMessage.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing.pk
    try:
        with transaction.atomic():
            row = OutboundMessage.objects.create(
                platform=platform,
                recipient=recipient,
                payload=message.as_dict(),
                idempotency_key=idempotency_key,
                next_attempt_at=timezone.now(),
            )
    except IntegrityError:
        return OutboundMessage.objects.get(idempotency_key=idempotency_key).pk
    transaction.on_commit(lambda: _enqueue(row.pk))
    return row.pk


def _enqueue(outbound_id: int) -> None:
    from .tasks import deliver_message

    deliver_message.enqueue(outbound_id)


def within_window(platform: str, recipient: str, now=None) -> bool:
    """May free text go out? Always on Telegram; on WhatsApp within 24 hours of the reader."""
    if platform != WHATSAPP:
        return True
    last = (
        Contact.objects.filter(platform=platform, address=recipient)
        .values_list("last_inbound_at", flat=True)
        .first()
    )
    return bool(last and (now or timezone.now()) - last < WHATSAPP_WINDOW)


def _backoff(attempts: int) -> int:
    return min(_BACKOFF_CAP, settings.REDAKSI_CHAT_RETRY_SECONDS * 2 ** max(attempts - 1, 0))


def deliver(outbound_id: int) -> str:
    """Try one due message once; returns its status afterwards."""
    with transaction.atomic():
        row = (
            OutboundMessage.objects.select_for_update()
            .filter(pk=outbound_id, status=OutboundMessage.Status.PENDING)
            .first()
        )
        if row is None:
            return "skipped"
        now = timezone.now()
        if row.next_attempt_at and row.next_attempt_at > now:
            return row.status
        reply = Reply.from_dict(row.payload)
        use_template = row.payload.get("force_template") or not within_window(
            row.platform, row.recipient, now
        )
        if use_template and reply.template is None and row.platform == WHATSAPP:
            # Free text outside the window would be refused: keep it for when the reader writes.
            result = providers.SendResult("retry", error="outside the 24-hour window, no template")
        else:
            result = providers.send(row.platform, row.recipient, reply, use_template=use_template)
        row.attempts += 1
        row.last_error = result.error
        if result.outcome == "sent":
            row.status = OutboundMessage.Status.SENT
            row.provider_message_id = result.provider_message_id
            row.sent_at = now
            row.next_attempt_at = None
        elif result.outcome == "window_closed" and reply.template is not None:
            row.payload = {**row.payload, "force_template": True}
            row.next_attempt_at = now
        elif result.outcome in ("retry", "window_closed"):
            if row.attempts >= settings.REDAKSI_CHAT_MAX_ATTEMPTS:
                row.status = OutboundMessage.Status.DEAD
                row.next_attempt_at = None
            else:
                delay = result.retry_after or _backoff(row.attempts)
                row.next_attempt_at = now + timedelta(seconds=delay)
        elif result.outcome == "gone":
            row.status = OutboundMessage.Status.FAILED
            row.next_attempt_at = None
            Contact.objects.filter(platform=row.platform, address=row.recipient).update(gone_at=now)
            platform, recipient, reason = row.platform, row.recipient, result.error
            transaction.on_commit(
                lambda: recipient_gone.send(
                    sender=None, platform=platform, recipient=recipient, reason=reason
                )
            )
        else:
            row.status = OutboundMessage.Status.FAILED
            row.next_attempt_at = None
        row.save()
        if result.outcome != "sent":
            logger.warning(
                _("Chat message %(id)s to %(platform)s:%(to)s: %(outcome)s (%(error)s)"),
                {
                    "id": row.pk,
                    "platform": row.platform,
                    "to": row.recipient,
                    "outcome": result.outcome,
                    "error": result.error,
                },
            )
        again = row.status == OutboundMessage.Status.PENDING and row.next_attempt_at == now
    if again:
        return deliver(outbound_id)
    return row.status


def send_due(limit: int = 200) -> int:
    """Send every pending message whose time has come; the scheduler loop calls this."""
    due = list(
        OutboundMessage.objects.filter(
            status=OutboundMessage.Status.PENDING, next_attempt_at__lte=timezone.now()
        )
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    for outbound_id in due:
        deliver(outbound_id)
    return len(due)

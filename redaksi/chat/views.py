"""The two webhooks: /tipline/whatsapp/ and /tipline/telegram/.

A webhook whose secret is not configured refuses everything: an unsigned
message must never be taken for a reader's. Bodies that do not parse are
answered 400 and logged; a handler that fails rolls back and answers 503, so
the platform's retry brings the message again instead of losing it.
"""

import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .inbound import handle
from .models import OutboundMessage
from .parsing import MalformedPayload, telegram_message, whatsapp_events
from .signals import delivery_status, tagged_status

logger = logging.getLogger(__name__)

_STATUS_ORDER = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


def _equal(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def _whatsapp_signature_ok(request: HttpRequest) -> bool:
    secret = settings.WHATSAPP_APP_SECRET
    header = request.headers.get("X-Hub-Signature-256", "")
    if not secret or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
    return _equal(header.removeprefix("sha256="), expected)


def _json_body(request: HttpRequest):
    try:
        return json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedPayload(f"not JSON: {exc}") from exc


def _handle_all(messages) -> HttpResponse | None:
    for message in messages:
        try:
            handle(message)
        except Exception:
            logger.exception("chat handler failed on %s %s", message.platform, message.message_id)
            return HttpResponse(status=503)
    return None


def _record_status(update) -> None:
    row = OutboundMessage.objects.filter(provider_message_id=update.provider_message_id).first()
    if row is None or update.status not in _STATUS_ORDER:
        return
    # Statuses can arrive out of order ("read" before "delivered"); never step back.
    if _STATUS_ORDER.get(row.status, 0) >= _STATUS_ORDER[update.status]:
        return
    row.status = update.status
    row.status_at = timezone.now()
    if update.errors:
        row.last_error = f"status errors: {', '.join(map(str, update.errors))}"
    row.save(update_fields=["status", "status_at", "last_error"])
    transaction.on_commit(
        lambda: delivery_status.send(
            sender=None,
            outbound_id=row.pk,
            idempotency_key=row.idempotency_key,
            status=update.status,
        )
    )


def _announce_tagged(update) -> None:
    transaction.on_commit(
        lambda: tagged_status.send(
            sender=None,
            tag=update.tag,
            provider_message_id=update.provider_message_id,
            status=update.status,
            recipient=update.recipient,
        )
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        token = settings.WHATSAPP_VERIFY_TOKEN
        if (
            token
            and request.GET.get("hub.mode") == "subscribe"
            and _equal(request.GET.get("hub.verify_token", ""), token)
        ):
            return HttpResponse(request.GET.get("hub.challenge", ""), content_type="text/plain")
        return HttpResponseForbidden("verification failed")
    if not _whatsapp_signature_ok(request):
        logger.warning(_("WhatsApp webhook: missing or wrong signature"))
        return HttpResponseForbidden("bad signature")
    try:
        messages, statuses = whatsapp_events(_json_body(request))
    except MalformedPayload as exc:
        logger.warning(_("WhatsApp webhook: malformed payload (%(error)s)"), {"error": exc})
        return HttpResponseBadRequest("malformed payload")
    with transaction.atomic():
        for update in statuses:
            _record_status(update)
            if update.tag:
                _announce_tagged(update)
    return _handle_all(messages) or HttpResponse("ok", content_type="text/plain")


@csrf_exempt
@require_http_methods(["POST"])
def telegram_webhook(request: HttpRequest) -> HttpResponse:
    secret = settings.TELEGRAM_WEBHOOK_SECRET
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not secret or not _equal(given, secret):
        logger.warning(_("Telegram webhook: missing or wrong secret token"))
        return HttpResponseForbidden("bad secret token")
    try:
        message = telegram_message(_json_body(request))
    except MalformedPayload as exc:
        logger.warning(_("Telegram webhook: malformed payload (%(error)s)"), {"error": exc})
        return HttpResponseBadRequest("malformed payload")
    return _handle_all([message] if message else []) or HttpResponse(
        "ok", content_type="text/plain"
    )

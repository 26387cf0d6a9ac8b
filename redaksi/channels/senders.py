"""One function per channel: send one story to one follower, answer in the chat's terms.

Every answer is a ``SendResult`` (sent / retry / gone / failed) so the outbox
decides alike for all channels. WhatsApp and Telegram go through the chat
transport's ``send_now``; partner webhooks are plain signed HTTP.
"""

import hashlib
import hmac
import json
import time
from dataclasses import replace

import httpx
from django.conf import settings

from redaksi.chat import api as chat

from . import mail, push, transport, websub
from .models import (
    EMAIL,
    TELEGRAM,
    WEBHOOK,
    WEBPUSH,
    WEBSUB,
    WHATSAPP,
    Delivery,
    Follower,
    StoryMessage,
)

SendResult = chat.SendResult
SIGNATURE_HEADER = "X-Redaksi-Signature"
DELIVERY_HEADER = "X-Redaksi-Delivery"
TIMESTAMP_HEADER = "X-Redaksi-Timestamp"


def story_text(story: StoryMessage) -> str:
    return "\n\n".join(part for part in (story.headline, story.lede, story.url) if part)


def whatsapp_message(story: StoryMessage) -> chat.Reply:
    # Stories reach readers who may not have written for days: always the approved template.
    return chat.Reply(
        text=story_text(story),
        template=chat.Template(
            settings.REDAKSI_CHANNELS_WHATSAPP_TEMPLATE, "id", (story.headline, story.url)
        ),
    )


def chat_answer(result: SendResult) -> SendResult:
    # A story is never a reply inside the 24-hour window: a template refused for it is final.
    if result.outcome == "window_closed":
        return SendResult("failed", error=result.error)
    return result


def send_whatsapp(story: StoryMessage, follower: Follower, key: str) -> SendResult:
    message = replace(whatsapp_message(story), tag=key)
    return chat_answer(chat.send_now(chat.WHATSAPP, follower.address, message, use_template=True))


def send_telegram(story: StoryMessage, follower: Follower, key: str) -> SendResult:
    return chat.send_now(
        chat.TELEGRAM, follower.address, chat.Reply(text=story_text(story)), use_template=False
    )


# Channels sent through the chat transport many at a time (``chat.send_now_many``).
CHAT_PLATFORMS = {WHATSAPP: chat.WHATSAPP, TELEGRAM: chat.TELEGRAM}


def chat_message(delivery: Delivery) -> tuple[str, chat.Reply] | None:
    """(recipient, message) when the delivery goes through the chat transport, else None."""
    if delivery.digest_date is not None:
        return None
    channel = delivery.follower.channel
    if channel == WHATSAPP:
        # The key comes back in WhatsApp's status webhooks (see outbox.confirm_sent).
        message = replace(whatsapp_message(delivery.story), tag=delivery.idempotency_key)
        return delivery.follower.address, message
    if channel == TELEGRAM:
        return delivery.follower.address, chat.Reply(text=story_text(delivery.story))
    return None


def webhook_body(story: StoryMessage) -> bytes:
    return json.dumps(
        {
            "event": "story.published",
            "id": story.story_id,
            "headline": story.headline,
            "lede": story.lede,
            "url": story.url,
            "section": story.section,
            "tags": [t.split(":", 1)[1] for t in story.topics.split() if t.startswith("tag:")],
            "breaking": story.breaking,
            "published_at": story.published_at.isoformat(),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over "<timestamp>.<body>", so a captured request cannot be replayed later."""
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def send_webhook(story: StoryMessage, follower: Follower, key: str) -> SendResult:
    body = webhook_body(story)
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(follower.secret, timestamp, body),
        TIMESTAMP_HEADER: timestamp,
        # Partners can drop a retry of a delivery they already have.
        DELIVERY_HEADER: key,
    }
    try:
        response = transport.client().post(
            follower.address,
            content=body,
            headers=headers,
            timeout=settings.REDAKSI_CHANNELS_TIMEOUT_SECONDS,
        )
    except httpx.HTTPError as exc:
        return SendResult("retry", error=f"{type(exc).__name__}: {exc}")
    status = response.status_code
    if 200 <= status < 300:
        return SendResult("sent")
    error = f"HTTP {status}: {response.text[:200]}"
    if status == 410:
        return SendResult("gone", error=error)
    if status in (408, 429) or status >= 500:
        retry_after = response.headers.get("Retry-After", "")
        return SendResult(
            "retry", error=error, retry_after=int(retry_after) if retry_after.isdigit() else None
        )
    return SendResult("failed", error=error)


SENDERS = {
    WHATSAPP: send_whatsapp,
    TELEGRAM: send_telegram,
    WEBHOOK: send_webhook,
    EMAIL: mail.send_story,
    WEBPUSH: push.send_story,
    WEBSUB: websub.send_story,
}


def send(delivery: Delivery) -> SendResult:
    if delivery.digest_date is not None:
        return mail.send_digest(delivery.digest_date, delivery.follower)
    sender = SENDERS.get(delivery.follower.channel)
    if sender is None:
        return SendResult("failed", error=f"unknown channel {delivery.follower.channel!r}")
    return sender(delivery.story, delivery.follower, delivery.idempotency_key)

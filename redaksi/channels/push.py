"""Web Push: a payload encrypted for one browser (RFC 8291, aes128gcm), signed with VAPID.

The push service (the browser vendor's) only relays bytes it cannot read. A 404
or 410 from it means the subscription is gone, and the follower with it.
"""

import base64
import json
import time
from urllib.parse import urlsplit

import http_ece
import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from py_vapid import Vapid02

from redaksi.chat.api import SendResult

from . import transport
from .models import Follower, StoryMessage

TTL_SECONDS = 24 * 3600


def b64url_decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def generate_keys() -> tuple[str, str]:
    """(private, public): the private key as base64url of its raw scalar, the public one as
    the uncompressed point browsers want in ``applicationServerKey``."""
    key = ec.generate_private_key(ec.SECP256R1())
    private = key.private_numbers().private_value.to_bytes(32, "big")
    public = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64url(private), b64url(public)


def encrypt(payload: bytes, p256dh: str, auth: str) -> bytes:
    sender_key = ec.generate_private_key(ec.SECP256R1())
    return http_ece.encrypt(
        payload,
        private_key=sender_key,
        dh=b64url_decode(p256dh),
        auth_secret=b64url_decode(auth),
        version="aes128gcm",
    )


def vapid_headers(endpoint: str) -> dict[str, str]:
    parts = urlsplit(endpoint)
    vapid = Vapid02.from_raw(settings.REDAKSI_VAPID_PRIVATE_KEY.encode())
    claims = {
        "aud": f"{parts.scheme}://{parts.netloc}",
        "exp": int(time.time()) + 12 * 3600,
        "sub": settings.REDAKSI_VAPID_SUBJECT,
    }
    return vapid.sign(claims)


def send_story(story: StoryMessage, follower: Follower, key: str) -> SendResult:
    if not settings.REDAKSI_VAPID_PRIVATE_KEY:
        return SendResult("retry", error="REDAKSI_VAPID_PRIVATE_KEY unset")
    try:
        keys = json.loads(follower.secret)
        body = encrypt(
            json.dumps(
                {"title": story.headline, "body": story.lede[:200], "url": story.url}
            ).encode(),
            keys["p256dh"],
            keys["auth"],
        )
    except (ValueError, KeyError, TypeError) as exc:
        return SendResult("gone", error=f"unusable subscription: {exc}")
    headers = {
        **vapid_headers(follower.address),
        "TTL": str(TTL_SECONDS),
        "Content-Encoding": "aes128gcm",
        "Content-Type": "application/octet-stream",
        "Urgency": "high" if story.breaking else "normal",
        "Topic": f"story-{story.story_id}",
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
        return SendResult("sent", provider_message_id=response.headers.get("Location", ""))
    error = f"HTTP {status}: {response.text[:200]}"
    if status in (404, 410):
        return SendResult("gone", error=error)
    if status == 429 or status >= 500:
        return SendResult("retry", error=error)
    return SendResult("failed", error=error)

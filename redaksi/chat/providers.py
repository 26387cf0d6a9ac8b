"""WhatsApp Cloud API and Telegram Bot API: one send function each, one answer shape.

Each platform's answer is sorted into what the outbox needs to decide: sent,
try again later, the reader is gone, or a permanent error. The endpoints come
from settings so tests and staging talk to a local server speaking the same
protocol.
"""

import json
import logging
import threading
from dataclasses import dataclass

import httpx
from django.conf import settings

from .messages import TELEGRAM, WHATSAPP, Reply

logger = logging.getLogger(__name__)

# Cloud API error codes meaning "this number will not get our messages":
# 131026 undeliverable (not on WhatsApp, old app, terms not accepted),
# 131050 the user stopped messages from the business, 131021 recipient is the sender.
_WHATSAPP_GONE = {131026, 131050, 131021}
# Throttling and temporary trouble on Meta's side: try again later.
_WHATSAPP_RETRY = {4, 80007, 130429, 131000, 131016, 131048, 131056, 133004}
# Text outside the 24-hour window: the message needs a template, not a retry.
WHATSAPP_WINDOW_CLOSED = 131047


@dataclass(frozen=True)
class SendResult:
    outcome: str  # "sent" | "retry" | "gone" | "window_closed" | "failed"
    provider_message_id: str = ""
    error: str = ""
    retry_after: int | None = None


def whatsapp_payload(recipient: str, reply: Reply, *, use_template: bool) -> dict:
    base = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient}
    if reply.tag:
        base["biz_opaque_callback_data"] = reply.tag[:512]
    if use_template and reply.template is not None:
        template = reply.template
        components = []
        if template.parameters:
            components.append(
                {
                    "type": "body",
                    "parameters": [{"type": "text", "text": p} for p in template.parameters],
                }
            )
        return base | {
            "type": "template",
            "template": {
                "name": template.name,
                "language": {"code": template.language},
                "components": components,
            },
        }
    if reply.buttons:
        # The Cloud API allows three reply buttons with titles of at most 20 characters.
        buttons = [
            {"type": "reply", "reply": {"id": button.payload[:256], "title": button.title[:20]}}
            for button in reply.buttons[:3]
        ]
        return base | {
            "type": "interactive",
            "interactive": {
                "type": "button",
                "body": {"text": reply.text[:1024]},
                "action": {"buttons": buttons},
            },
        }
    return base | {"type": "text", "text": {"preview_url": True, "body": reply.text[:4096]}}


def telegram_payload(recipient: str, reply: Reply) -> dict:
    payload: dict = {"chat_id": recipient, "text": reply.text[:4096]}
    if reply.buttons:
        payload["reply_markup"] = {
            "inline_keyboard": [
                [{"text": button.title, "callback_data": button.payload[:64]}]
                for button in reply.buttons
            ]
        }
    return payload


_client: httpx.Client | None = None
_client_lock = threading.Lock()


def client() -> httpx.Client:
    """One pooled client per process: ``httpx.post`` would build a TLS context and a fresh
    connection for every message, which costs more than the message itself when fanning out."""
    global _client
    with _client_lock:
        if _client is None:
            _client = httpx.Client(limits=httpx.Limits(max_connections=64))
        return _client


@dataclass(frozen=True)
class Request:
    """One API call, ready to go: built here, sent by ``send`` or by ``bulk.send_many``."""

    url: str
    payload: dict
    headers: dict


def _post(request: Request) -> httpx.Response | str:
    try:
        return client().post(
            request.url,
            json=request.payload,
            headers=request.headers,
            timeout=settings.REDAKSI_CHAT_TIMEOUT_SECONDS,
        )
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"


def _json(body: bytes) -> dict:
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def whatsapp_request(recipient: str, reply: Reply, *, use_template: bool) -> Request | SendResult:
    if not (settings.WHATSAPP_ACCESS_TOKEN and settings.WHATSAPP_PHONE_NUMBER_ID):
        return SendResult("retry", error="WHATSAPP_ACCESS_TOKEN or WHATSAPP_PHONE_NUMBER_ID unset")
    url = (
        f"{settings.WHATSAPP_API_BASE_URL.rstrip('/')}/{settings.WHATSAPP_PHONE_NUMBER_ID}/messages"
    )
    return Request(
        url,
        whatsapp_payload(recipient, reply, use_template=use_template),
        {"Authorization": f"Bearer {settings.WHATSAPP_ACCESS_TOKEN}"},
    )


def whatsapp_answer(status: int, body: bytes) -> SendResult:
    data = _json(body)
    if status == 200:
        messages = data.get("messages") or [{}]
        return SendResult("sent", provider_message_id=str(messages[0].get("id", "")))
    error = data.get("error") if isinstance(data.get("error"), dict) else {}
    code = error.get("code")
    text = f"HTTP {status}: {error.get('code')} {error.get('message', '')}".strip()
    if code in _WHATSAPP_GONE:
        return SendResult("gone", error=text)
    if code == WHATSAPP_WINDOW_CLOSED:
        return SendResult("window_closed", error=text)
    if code in _WHATSAPP_RETRY or status == 429 or status >= 500:
        return SendResult("retry", error=text)
    return SendResult("failed", error=text)


def telegram_request(recipient: str, reply: Reply) -> Request | SendResult:
    if not settings.TELEGRAM_BOT_TOKEN:
        return SendResult("retry", error="TELEGRAM_BOT_TOKEN unset")
    url = (
        f"{settings.TELEGRAM_API_BASE_URL.rstrip('/')}/bot{settings.TELEGRAM_BOT_TOKEN}/sendMessage"
    )
    return Request(url, telegram_payload(recipient, reply), {})


def telegram_answer(status: int, body: bytes) -> SendResult:
    data = _json(body)
    if status == 200 and data.get("ok"):
        result = data.get("result") or {}
        return SendResult("sent", provider_message_id=str(result.get("message_id", "")))
    description = str(data.get("description", ""))
    text = f"HTTP {status}: {description}"
    parameters = data.get("parameters") if isinstance(data.get("parameters"), dict) else {}
    if status == 429 or status >= 500:
        retry_after = parameters.get("retry_after")
        return SendResult(
            "retry", error=text, retry_after=retry_after if isinstance(retry_after, int) else None
        )
    lowered = description.lower()
    if status == 403 or "chat not found" in lowered or "deactivated" in lowered:
        return SendResult("gone", error=text)
    return SendResult("failed", error=text)


def request(
    platform: str, recipient: str, reply: Reply, *, use_template: bool
) -> Request | SendResult:
    """The API call for one message, or the answer already known without making it."""
    if platform == WHATSAPP:
        return whatsapp_request(recipient, reply, use_template=use_template)
    if platform == TELEGRAM:
        return telegram_request(recipient, reply)
    return SendResult("failed", error=f"unknown platform {platform!r}")


def answer(platform: str, status: int, body: bytes) -> SendResult:
    """The platform's HTTP answer sorted into sent / retry / gone / window_closed / failed."""
    if platform == WHATSAPP:
        return whatsapp_answer(status, body)
    return telegram_answer(status, body)


def send(platform: str, recipient: str, reply: Reply, *, use_template: bool) -> SendResult:
    call = request(platform, recipient, reply, use_template=use_template)
    if isinstance(call, SendResult):
        return call
    response = _post(call)
    if isinstance(response, str):
        return SendResult("retry", error=response)
    return answer(platform, response.status_code, response.content)

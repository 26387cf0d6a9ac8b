"""Webhook bodies into IncomingMessage objects and delivery statuses.

Anything that does not have the documented shape raises ``MalformedPayload``,
which the views answer with 400; unknown but well-formed events (reactions,
edits, channel posts) are skipped quietly, as the platforms add new ones.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils import timezone

from .messages import TELEGRAM, WHATSAPP, IncomingMessage


class MalformedPayload(ValueError):
    pass


@dataclass(frozen=True)
class StatusUpdate:
    provider_message_id: str
    status: str
    recipient: str
    errors: tuple[int, ...]
    tag: str = ""


def _when(timestamp) -> datetime:
    try:
        return datetime.fromtimestamp(int(timestamp), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return timezone.now()


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise MalformedPayload(what)


def whatsapp_events(body: object) -> tuple[list[IncomingMessage], list[StatusUpdate]]:
    _require(isinstance(body, dict), "body is not an object")
    _require(isinstance(body.get("entry"), list), "no entry list")
    messages: list[IncomingMessage] = []
    statuses: list[StatusUpdate] = []
    for entry in body["entry"]:
        _require(isinstance(entry, dict) and isinstance(entry.get("changes", []), list), "entry")
        for change in entry.get("changes", []):
            _require(isinstance(change, dict), "change is not an object")
            value = change.get("value")
            _require(isinstance(value, dict), "change without value")
            names = {}
            for contact in value.get("contacts") or []:
                _require(isinstance(contact, dict), "contact is not an object")
                names[str(contact.get("wa_id", ""))] = str(
                    (contact.get("profile") or {}).get("name", "")
                )
            for item in value.get("messages") or []:
                _require(isinstance(item, dict), "message is not an object")
                sender, message_id = item.get("from"), item.get("id")
                _require(isinstance(sender, str) and sender, "message without sender")
                _require(isinstance(message_id, str) and message_id, "message without id")
                kind = item.get("type")
                text, payload = "", None
                if kind == "text":
                    _require(isinstance(item.get("text"), dict), "text message without text")
                    text = str(item["text"].get("body", ""))
                elif kind == "interactive":
                    interactive = item.get("interactive") or {}
                    reply = interactive.get("button_reply") or interactive.get("list_reply")
                    _require(isinstance(reply, dict), "interactive message without reply")
                    payload, text = str(reply.get("id", "")), str(reply.get("title", ""))
                elif kind == "button":
                    button = item.get("button")
                    _require(isinstance(button, dict), "button message without button")
                    payload, text = str(button.get("payload", "")), str(button.get("text", ""))
                else:
                    continue  # images, stickers, reactions: nothing to answer yet
                messages.append(
                    IncomingMessage(
                        platform=WHATSAPP,
                        sender=sender,
                        sender_name=names.get(sender, ""),
                        text=text,
                        message_id=message_id,
                        button_payload=payload,
                        received_at=_when(item.get("timestamp")),
                    )
                )
            for item in value.get("statuses") or []:
                _require(isinstance(item, dict) and isinstance(item.get("id"), str), "status")
                statuses.append(
                    StatusUpdate(
                        provider_message_id=item["id"],
                        status=str(item.get("status", "")),
                        recipient=str(item.get("recipient_id", "")),
                        tag=str(item.get("biz_opaque_callback_data", "")),
                        errors=tuple(
                            int(error.get("code", 0))
                            for error in item.get("errors") or []
                            if isinstance(error, dict) and str(error.get("code", "")).isdigit()
                        ),
                    )
                )
    return messages, statuses


def telegram_message(body: object) -> IncomingMessage | None:
    _require(isinstance(body, dict), "body is not an object")
    update_id = body.get("update_id")
    _require(isinstance(update_id, int), "update without update_id")
    if isinstance(body.get("callback_query"), dict):
        query = body["callback_query"]
        sender = query.get("from") or {}
        chat = (query.get("message") or {}).get("chat") or sender
        _require(isinstance(chat, dict) and "id" in chat, "callback without chat")
        return IncomingMessage(
            platform=TELEGRAM,
            sender=str(chat["id"]),
            sender_name=str(sender.get("first_name", "")),
            text="",
            message_id=f"u{update_id}",
            button_payload=str(query.get("data", "")),
            received_at=timezone.now(),
        )
    message = body.get("message")
    if message is None:
        return None  # edited messages, channel posts, member updates
    _require(isinstance(message, dict), "message is not an object")
    chat = message.get("chat")
    _require(isinstance(chat, dict) and "id" in chat, "message without chat")
    if not isinstance(message.get("text"), str):
        return None
    sender = message.get("from") or {}
    return IncomingMessage(
        platform=TELEGRAM,
        sender=str(chat["id"]),
        sender_name=str(sender.get("first_name", "")) if isinstance(sender, dict) else "",
        text=message["text"],
        message_id=f"u{update_id}",
        button_payload=None,
        received_at=_when(message.get("date")),
    )

"""The shapes every desk speaks when it talks to readers by chat.

Desks never build a WhatsApp or Telegram payload themselves: they receive an
``IncomingMessage`` and answer with ``Reply`` objects, and the transport turns
those into each platform's protocol. Keeping the shapes platform-neutral is what
lets the tipline and the news channels share one webhook.
"""

from dataclasses import dataclass, field
from datetime import datetime

WHATSAPP = "whatsapp"
TELEGRAM = "telegram"
PLATFORMS = (WHATSAPP, TELEGRAM)


@dataclass(frozen=True)
class IncomingMessage:
    platform: str
    sender: str
    sender_name: str
    text: str
    message_id: str
    button_payload: str | None
    received_at: datetime


@dataclass(frozen=True)
class Button:
    """A quick-reply button; ``payload`` comes back as ``IncomingMessage.button_payload``."""

    payload: str
    title: str


@dataclass(frozen=True)
class Template:
    """A pre-approved WhatsApp template, the only kind of message allowed after 24 hours."""

    name: str
    language: str = "id"
    parameters: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    """One outgoing message.

    ``template`` is used instead of ``text`` on WhatsApp when the reader has not
    written in the last 24 hours (WhatsApp refuses free text then); Telegram has
    no such window and always gets ``text``. ``tag`` is an opaque string WhatsApp
    hands back in the message's status webhooks (``biz_opaque_callback_data``), so
    a desk can tell which of its messages a status is about without the message id.
    """

    text: str
    buttons: tuple[Button, ...] = field(default=())
    template: Template | None = None
    tag: str = ""

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "buttons": [[button.payload, button.title] for button in self.buttons],
            "template": (
                None
                if self.template is None
                else {
                    "name": self.template.name,
                    "language": self.template.language,
                    "parameters": list(self.template.parameters),
                }
            ),
            "tag": self.tag,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Reply":
        template = data.get("template")
        return cls(
            text=data["text"],
            buttons=tuple(Button(payload, title) for payload, title in data.get("buttons", ())),
            template=(
                None
                if not template
                else Template(template["name"], template["language"], tuple(template["parameters"]))
            ),
            tag=data.get("tag", ""),
        )

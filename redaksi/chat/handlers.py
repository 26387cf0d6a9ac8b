"""Who answers an incoming message: desks register handlers, the first that claims it wins.

The news channels claim "langganan"/"berhenti", the Cek Fakta tipline takes the
rest as the fallback. A handler returns a list of replies, or None for "not mine".
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .messages import IncomingMessage, Reply

logger = logging.getLogger(__name__)

Handler = Callable[[IncomingMessage], list[Reply] | None]


@dataclass(frozen=True)
class _Registered:
    name: str
    handler: Handler
    priority: int


_handlers: dict[str, _Registered] = {}


def register_handler(name: str, handler: Handler, priority: int = 0) -> None:
    """Add (or replace, by name) a handler; higher priority is asked first."""
    _handlers[name] = _Registered(name, handler, priority)


def unregister_handler(name: str) -> None:
    _handlers.pop(name, None)


def dispatch(message: IncomingMessage) -> list[Reply]:
    """The replies of the first handler that claims ``message``; none when nobody does."""
    for registered in sorted(_handlers.values(), key=lambda item: (-item.priority, item.name)):
        replies = registered.handler(message)
        if replies is not None:
            return list(replies)
    logger.info(
        _("Chat message %(id)s from %(platform)s: no desk answered it"),
        {"id": message.message_id, "platform": message.platform},
    )
    return []

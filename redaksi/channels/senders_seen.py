"""How many sender processes share the channels' rate limits right now.

A rate such as ``REDAKSI_CHANNELS_RATE_WHATSAPP`` is what the platform allows the
newsroom as a whole. With Redis (the production profile) every sender keeps a mark
there, renewed every few seconds, and takes an equal share of the rate; a sender
that died stops counting after ``_SEEN_FOR`` seconds. Without Redis there is one
sender (the embedded profile's), which takes the whole rate.
"""

import logging
import time

from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

_KEY = "redaksi:channels:senders"
_SEEN_FOR = 15
_RENEW_EVERY = 2


class SendersSeen:
    """Callable: the number of live senders, this one included (at least 1)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 1
        self.renewed = 0.0

    def _redis(self):
        from django_redis import get_redis_connection  # only with REDIS_URL set

        return get_redis_connection("default")

    def __call__(self) -> int:
        if not settings.REDIS_URL:
            return 1
        now = time.time()
        if now - self.renewed < _RENEW_EVERY:
            return self.count
        self.renewed = now
        try:
            pipe = self._redis().pipeline()
            pipe.zadd(_KEY, {self.name: now})
            pipe.zremrangebyscore(_KEY, 0, now - _SEEN_FOR)
            pipe.zcard(_KEY)
            pipe.expire(_KEY, _SEEN_FOR * 4)
            self.count = max(1, int(pipe.execute()[2]))
        except Exception:  # Redis away: keep the last share rather than stop sending
            logger.warning(
                _("Could not count the channel senders; keeping a share of 1/%(n)s"),
                {"n": self.count},
            )
        return self.count

    def leave(self) -> None:
        """A sender stopping cleanly hands its share back at once."""
        if not settings.REDIS_URL:
            return
        try:
            self._redis().zrem(_KEY, self.name)
        except Exception:  # it stops counting after _SEEN_FOR seconds anyway
            pass

"""The channels' ears: a story went live, a chat reader became unreachable."""

import logging

from django.utils.translation import gettext as _

from . import fanout, outbox
from .following import unfollow

logger = logging.getLogger(__name__)


def on_article_published(sender, article, first_publication: bool, updated: bool, **kwargs):
    # Only a story's first publication goes out; corrections and updates do not spam followers
    # (an editor who wants them to can press "kirim ke channel").
    if not first_publication:
        return
    try:
        added = fanout.fan_out(article, on_chunk=outbox.wake)
    except Exception:  # the story is live already; the scheduler's sweep fans it out later
        logger.exception(
            _("Story %(id)s: sending to the channels failed; the scheduler tries again"),
            {"id": article.pk},
        )
        return
    if added:
        logger.info(
            _("Story %(id)s: %(n)d deliveries queued for the channels"),
            {"id": article.pk, "n": added},
        )
    outbox.wake()


def on_tagged_status(sender, tag: str, provider_message_id: str, status: str, **kwargs) -> None:
    # WhatsApp has the message: a worker that died before writing its answer down sent it.
    if status in ("sent", "delivered", "read"):
        outbox.confirm_sent(tag, provider_message_id)


def on_recipient_gone(sender, platform: str, recipient: str, reason: str, **kwargs):
    unfollow(platform, recipient, reason)

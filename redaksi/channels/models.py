"""Followers, the stories sent to them, and one delivery row per (story, follower, channel).

The delivery table is the outbox: a row exists before any request is made, and
its status says what became of it. Workers claim rows (``SELECT … FOR UPDATE
SKIP LOCKED`` on PostgreSQL), so several of them never take the same one.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

WHATSAPP = "whatsapp"
TELEGRAM = "telegram"
EMAIL = "email"
WEBPUSH = "webpush"
WEBHOOK = "webhook"
WEBSUB = "websub"
CHANNEL_CHOICES = [
    (WHATSAPP, "WhatsApp"),
    (TELEGRAM, "Telegram"),
    (EMAIL, _("E-mail")),
    (WEBPUSH, "Web Push"),
    (WEBHOOK, _("Partner webhook")),
    (WEBSUB, _("WebSub hub")),
]


def _token() -> str:
    return secrets.token_urlsafe(24)


class Follower(models.Model):
    """Someone (or something: the Telegram channel, a partner) who asked for our stories."""

    class Scope(models.TextChoices):
        ALL = "all", _("all news")
        BREAKING = "breaking", _("breaking news only")
        TOPICS = "topics", _("chosen sections and tags")
        DIGEST = "digest", _("daily digest (e-mail)")

    channel = models.CharField(_("channel"), max_length=16, choices=CHANNEL_CHOICES)
    address = models.CharField(_("address"), max_length=1000)
    name = models.CharField(_("name"), max_length=200, blank=True)
    scope = models.CharField(_("wants"), max_length=16, choices=Scope.choices, default=Scope.ALL)
    # Space-separated "section:<slug>" and "tag:<slug>", matched in Python at fan-out.
    topics = models.TextField(_("sections and tags"), blank=True)
    # A partner's HMAC secret; for Web Push the subscription's keys (JSON: p256dh, auth).
    secret = models.CharField(_("signing secret"), max_length=500, blank=True)
    token = models.CharField(max_length=64, unique=True, default=_token, editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("followed at"), auto_now_add=True)
    left_at = models.DateTimeField(_("unfollowed at"), null=True, blank=True)
    left_reason = models.CharField(_("why"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        constraints = [
            models.UniqueConstraint(fields=["channel", "address"], name="channels_follower_unique")
        ]
        indexes = [models.Index(fields=["active", "channel"], name="channels_follower_active")]

    def __str__(self) -> str:
        return f"{self.channel}:{self.address}"

    def topic_set(self) -> set[str]:
        return set(self.topics.split())


class StoryMessage(models.Model):
    """What was sent about one story, as it was when it went out; also marks it fanned out."""

    story_id = models.PositiveIntegerField(primary_key=True)
    headline = models.CharField(max_length=500)
    lede = models.TextField(blank=True)
    url = models.URLField(max_length=1000)
    section = models.CharField(max_length=255, blank=True)
    topics = models.TextField(blank=True)
    breaking = models.BooleanField(default=False)
    published_at = models.DateTimeField()
    fanned_out_at = models.DateTimeField(auto_now_add=True)
    # Set once a delivery row exists for every follower who wanted the story.
    complete = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.headline


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        DEAD = "dead", _("dead")

    # Empty for an e-mail digest, which carries the day it sums up instead.
    story = models.ForeignKey(
        StoryMessage, on_delete=models.CASCADE, related_name="deliveries", null=True, blank=True
    )
    digest_date = models.DateField(null=True, blank=True)
    follower = models.ForeignKey(Follower, on_delete=models.CASCADE, related_name="deliveries")
    channel = models.CharField(_("channel"), max_length=16, choices=CHANNEL_CHOICES)
    idempotency_key = models.CharField(max_length=100, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    last_error = models.TextField(blank=True)
    provider_message_id = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="channels_delivery_due"),
            models.Index(fields=["story", "channel", "status"], name="channels_delivery_story"),
        ]

    def __str__(self) -> str:
        return self.idempotency_key

from django.db import models
from django.utils.translation import gettext_lazy as _

PLATFORM_CHOICES = [("whatsapp", "WhatsApp"), ("telegram", "Telegram")]


class Contact(models.Model):
    """A reader we talk to on one platform; ``last_inbound_at`` opens WhatsApp's 24-hour window."""

    platform = models.CharField(_("platform"), max_length=16, choices=PLATFORM_CHOICES)
    address = models.CharField(_("address"), max_length=64)
    name = models.CharField(_("name"), max_length=255, blank=True)
    last_inbound_at = models.DateTimeField(_("last message at"), null=True, blank=True)
    gone_at = models.DateTimeField(_("unreachable since"), null=True, blank=True)

    class Meta:
        verbose_name = _("chat contact")
        verbose_name_plural = _("chat contacts")
        constraints = [
            models.UniqueConstraint(fields=["platform", "address"], name="chat_contact_unique")
        ]

    def __str__(self) -> str:
        return f"{self.platform}:{self.address}"


class InboundMessage(models.Model):
    """Every message id we have handled, so a webhook retry is answered only once."""

    platform = models.CharField(max_length=16, choices=PLATFORM_CHOICES)
    message_id = models.CharField(max_length=128)
    sender = models.CharField(max_length=64)
    received_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["platform", "message_id"], name="chat_inbound_unique")
        ]
        indexes = [models.Index(fields=["received_at"], name="chat_inbound_received")]

    def __str__(self) -> str:
        return f"{self.platform}:{self.message_id}"


class OutboundMessage(models.Model):
    """The outbox: written with the caller's transaction, sent by a task, retried until done."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        DELIVERED = "delivered", _("delivered")
        READ = "read", _("read")
        FAILED = "failed", _("failed")
        DEAD = "dead", _("dead")

    platform = models.CharField(_("platform"), max_length=16, choices=PLATFORM_CHOICES)
    recipient = models.CharField(_("recipient"), max_length=64)
    payload = models.JSONField(_("message"))
    idempotency_key = models.CharField(max_length=200, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    provider_message_id = models.CharField(max_length=128, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    status_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing chat message")
        verbose_name_plural = _("outgoing chat messages")
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="chat_outbox_due"),
        ]

    def __str__(self) -> str:
        return f"{self.platform}:{self.recipient} ({self.status})"

"""What the ingest desk remembers: where each draft came from, and the wire inbox.

An ``ImportedStory`` is kept for every import so that the same page never
becomes two drafts, an editor can always see the original source, and a
near-duplicate stays flagged after the import. ``StorySignature`` holds the
MinHash signature of every newsroom story (imported drafts and published
stories alike) so new material is compared with what we already have.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NearDuplicateFlag(models.Model):
    """Material from outside that resembles a story we already have, and how closely."""

    near_duplicate_of = models.ForeignKey(
        "newsroom.ArticlePage",
        verbose_name=_("near-duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    similarity = models.FloatField(_("similarity"), null=True, blank=True)

    class Meta:
        abstract = True


class ImportedStory(NearDuplicateFlag):
    """The source record of one imported draft."""

    source = models.CharField(_("source"), max_length=1000, help_text=_("File name or address."))
    canonical_url = models.CharField(_("canonical address"), max_length=1000, blank=True)
    fingerprint = models.CharField(_("content fingerprint"), max_length=64, db_index=True)
    source_name = models.CharField(_("source name"), max_length=200, blank=True)
    extractor = models.CharField(_("extractor"), max_length=200, blank=True)
    fields = models.JSONField(_("extracted fields"), default=dict)
    lead_image_url = models.CharField(_("lead image address"), max_length=1000, blank=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Deleting a draft keeps its source record; the story may then be imported again.
    draft = models.ForeignKey(
        "newsroom.ArticlePage",
        verbose_name=_("draft"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imports",
    )

    class Meta:
        verbose_name = _("imported story")
        verbose_name_plural = _("imported stories")
        indexes = [models.Index(fields=["canonical_url"], name="ingest_imported_canonical")]

    def __str__(self) -> str:
        return self.source


class StorySignature(models.Model):
    """A newsroom story's MinHash signature, kept current on every publication."""

    article = models.OneToOneField(
        "newsroom.ArticlePage", on_delete=models.CASCADE, related_name="ingest_signature"
    )
    fingerprint = models.CharField(max_length=64, db_index=True)
    signature = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"signature of story {self.article_id}"


class SignatureBand(models.Model):
    """One band of a signature; stories that share a band key are near-duplicate candidates."""

    signature = models.ForeignKey(StorySignature, on_delete=models.CASCADE, related_name="bands")
    key = models.CharField(max_length=40, db_index=True)

    def __str__(self) -> str:
        return self.key


class WireFeed(models.Model):
    """An agency or partner RSS/Atom feed whose items land in the ingest inbox."""

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed address"), max_length=1000, unique=True)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active feeds are polled.")
    )
    poll_seconds = models.PositiveIntegerField(
        _("poll interval (seconds)"),
        null=True,
        blank=True,
        help_text=_("Leave blank to use the site-wide interval."),
    )
    source_name = models.CharField(
        _("source name"),
        max_length=150,
        blank=True,
        help_text=_("Agency or partner credited on drafts, for example 'Antara'."),
    )
    default_section = models.ForeignKey(
        "newsroom.SectionPage",
        verbose_name=_("default section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("wire feed")
        verbose_name_plural = _("wire feeds")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class WireItem(NearDuplicateFlag):
    """One item from a wire feed, waiting for an editor to make it a draft or dismiss it."""

    NEW = "new"
    DRAFTED = "drafted"
    DISMISSED = "dismissed"
    STATUS_CHOICES = [
        (NEW, _("New")),
        (DRAFTED, _("Drafted")),
        (DISMISSED, _("Dismissed")),
    ]

    feed = models.ForeignKey(
        WireFeed, verbose_name=_("feed"), on_delete=models.CASCADE, related_name="items"
    )
    guid = models.CharField(_("item id"), max_length=500)
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    link = models.CharField(_("link"), max_length=1000, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    content = models.TextField(_("content"), blank=True, help_text=_("The feed's HTML."))
    authors = models.JSONField(_("authors"), default=list, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=NEW)
    draft = models.ForeignKey(
        "newsroom.ArticlePage",
        verbose_name=_("draft"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("wire item")
        verbose_name_plural = _("wire items")
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="ingest_wireitem_unique_guid")
        ]
        # Items a feed did not date go last on every database (PostgreSQL puts NULL first).
        ordering = [
            models.F("published_at").desc(nulls_last=True),
            "-received_at",
            "-pk",
        ]

    def __str__(self) -> str:
        return self.title

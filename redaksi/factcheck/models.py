"""The Cek Fakta desk's content: verdicts, fact-check stories, and readers' tips."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from redaksi.newsroom.api import ArticlePage


class Verdict(models.Model):
    """One label of the managed verdict list (Hoaks, Salah, … Benar)."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    rating = models.PositiveSmallIntegerField(
        _("rating"),
        default=1,
        help_text=_("ClaimReview rating from 1 (false) to 5 (true)."),
    )
    description = models.CharField(_("description"), max_length=255, blank=True)
    partner_terms = models.TextField(
        _("partners' words"),
        blank=True,
        help_text=_(
            "Rating words partners use for this verdict, one per line "
            "(for example 'False', 'Pants on Fire'); used when importing."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("rating"),
        FieldPanel("description"),
        FieldPanel("partner_terms"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("verdict")
        verbose_name_plural = _("verdicts")

    def __str__(self) -> str:
        return self.name


class FactCheckForm(ArticlePage.base_form_class):
    """The newsroom's story form, with the verdict and conclusion a fact-check cannot lack."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("verdict", "conclusion"):
            if name in self.fields:
                self.fields[name].required = True


class FactCheckPage(ArticlePage):
    """A Cek Fakta story: a newsroom story with the claim, where it spread, and a verdict.

    The body is the "Hasil Cek Fakta" (findings); byline, workflow, checks,
    corrections and publishing are the newsroom's own.
    """

    claim = models.TextField(
        _("claim"), max_length=2000, help_text=_("The claim as it circulated.")
    )
    spread_by = models.CharField(
        _("spread by"), max_length=255, blank=True, help_text=_("Who spread it, if known.")
    )
    # Empty only on a draft opened from a tip; the editor's form requires it (FactCheckForm).
    verdict = models.ForeignKey(
        Verdict,
        verbose_name=_("verdict"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="fact_checks",
    )
    conclusion = models.TextField(_("conclusion"), max_length=3000, blank=True)
    source_url = models.URLField(
        _("original URL"),
        max_length=500,
        blank=True,
        db_index=True,
        help_text=_("For partners' fact-checks: the address of the original."),
    )

    content_panels = ArticlePage.content_panels[:3] + [
        MultiFieldPanel(
            [FieldPanel("claim"), FieldPanel("spread_by"), FieldPanel("verdict")],
            heading=_("Claim and verdict"),
        ),
        InlinePanel("appearances", heading=_("Where it appeared"), label=_("appearance")),
        *ArticlePage.content_panels[3:-2],
        FieldPanel("conclusion"),
        InlinePanel("references", heading=_("References"), label=_("reference")),
        FieldPanel("source_url"),
        *ArticlePage.content_panels[-2:],
    ]
    base_form_class = FactCheckForm
    search_fields = ArticlePage.search_fields + [index.SearchField("claim", boost=2)]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types: list[str] = []
    template = "factcheck/fact_check_page.html"

    class Meta:
        verbose_name = _("fact-check")
        verbose_name_plural = _("fact-checks")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        # Fact-checks belong to the Cek Fakta section only.
        return super().can_create_at(parent) and parent.slug == settings.REDAKSI_FACTCHECK_SECTION

    def story_label(self) -> tuple[str, str]:
        verdict = Verdict.objects.filter(pk=self.verdict_id).first() if self.verdict_id else None
        return (verdict.name, verdict.slug) if verdict else ("", "")

    def content_fingerprint(self) -> str:
        extra = "|".join(
            [
                super().content_fingerprint(),
                self.claim,
                self.spread_by,
                str(self.verdict_id),
                self.conclusion,
                *(f"{a.platform}:{a.url}:{a.seen_on}" for a in self.appearances.all()),
                *(f"{r.title}:{r.url}" for r in self.references.all()),
            ]
        )
        return hashlib.sha256(extra.encode()).hexdigest()

    def get_context(self, request, *args, **kwargs):
        from .structured_data import claim_review

        context = super().get_context(request, *args, **kwargs)
        context["claim_review"] = claim_review(self, request)
        context["verdict"] = self.verdict
        return context


class ClaimAppearance(Orderable):
    """Where the claim was seen: a post, a video, a chain message."""

    PLATFORMS = [
        ("whatsapp", "WhatsApp"),
        ("facebook", "Facebook"),
        ("x", "X (Twitter)"),
        ("instagram", "Instagram"),
        ("tiktok", "TikTok"),
        ("youtube", "YouTube"),
        ("telegram", "Telegram"),
        ("web", _("Website")),
        ("other", _("Other")),
    ]
    page = ParentalKey(FactCheckPage, related_name="appearances", on_delete=models.CASCADE)
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("link"), max_length=500, blank=True)
    seen_on = models.DateField(_("seen on"), null=True, blank=True)
    normalized_url = models.CharField(max_length=500, blank=True, editable=False, db_index=True)

    panels = [FieldPanel("platform"), FieldPanel("url"), FieldPanel("seen_on")]

    class Meta(Orderable.Meta):
        verbose_name = _("appearance")
        verbose_name_plural = _("appearances")

    def save(self, *args, **kwargs):
        from .matching.links import normalize_url

        self.normalized_url = normalize_url(self.url) if self.url else ""
        super().save(*args, **kwargs)


class FactCheckReference(Orderable):
    """One entry of "Rujukan"."""

    page = ParentalKey(FactCheckPage, related_name="references", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(_("link"), max_length=500, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("reference")
        verbose_name_plural = _("references")


class Tip(models.Model):
    """A claim readers asked about that we could not answer: similar questions grouped."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        ASSIGNED = "assigned", _("assigned")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    text = models.TextField(_("claim asked about"), max_length=4000)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default="open")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fact_check = models.ForeignKey(
        FactCheckPage,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tips",
    )
    asker_count = models.PositiveIntegerField(_("askers"), default=0)
    created_at = models.DateTimeField(_("first asked"), auto_now_add=True)
    last_asked_at = models.DateTimeField(_("last asked"), db_index=True)
    vector = models.BinaryField(null=True, editable=False)

    class Meta:
        ordering = ["-asker_count", "-last_asked_at"]
        verbose_name = _("tip")
        verbose_name_plural = _("tips")
        permissions = [("view_tip_sender", _("Can see tip senders' numbers"))]

    def __str__(self) -> str:
        return self.text[:80]


class Question(models.Model):
    """One message a reader sent the tipline; it joins a tip when we had no answer.

    ``sender`` is blanked after REDAKSI_TIPLINE_RETENTION_DAYS.
    """

    tip = models.ForeignKey(
        Tip, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions"
    )
    platform = models.CharField(_("platform"), max_length=16)
    sender = models.CharField(_("sender"), max_length=64, blank=True)
    sender_name = models.CharField(_("name"), max_length=255, blank=True)
    text = models.TextField(_("message"), max_length=4000)
    message_id = models.CharField(max_length=128)
    asked_at = models.DateTimeField(_("asked at"), db_index=True)
    answered_with = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["asked_at"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(fields=["platform", "message_id"], name="question_unique")
        ]

    def __str__(self) -> str:
        return f"{self.platform} {self.asked_at:%Y-%m-%d %H:%M}"


class FactCheckVector(models.Model):
    """A published fact-check's sentence embedding, so a process loads vectors instead of
    encoding thousands of texts at start-up."""

    page = models.OneToOneField(FactCheckPage, on_delete=models.CASCADE, related_name="+")
    model_name = models.CharField(max_length=64)
    text_digest = models.CharField(max_length=64)
    vector = models.BinaryField()

    def __str__(self) -> str:
        return f"{self.page_id} ({self.model_name})"

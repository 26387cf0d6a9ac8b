import hashlib
import json
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import gettext, gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from redaksi.core.pagination import requested_page_number
from redaksi.core.video import playable_video

from ..blocks import StoryPageBlock


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "newsroom.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticleAuthor(Orderable):
    """One name in a story's byline, in the order the byline shows it."""

    article = ParentalKey(
        "newsroom.ArticlePage", related_name="story_authors", on_delete=models.CASCADE
    )
    author = models.ForeignKey(
        "newsroom.AuthorPage",
        verbose_name=_("penulis"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("penulis")
        verbose_name_plural = _("penulis")


class Correction(Orderable):
    """A Ralat: a dated note an editor appends to a published story."""

    article = ParentalKey(
        "newsroom.ArticlePage", related_name="corrections", on_delete=models.CASCADE
    )
    corrected_at = models.DateTimeField(_("waktu ralat"))
    note = models.TextField(_("isi ralat"), max_length=2000)

    panels = [FieldPanel("corrected_at"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("ralat")
        verbose_name_plural = _("ralat")


class ArticleForm(WagtailAdminPageForm):
    """Refuses to save over a version someone else saved after this editor opened the story."""

    def clean(self):
        cleaned = super().clean()
        loaded = self.data.get("loaded_revision_id")
        page = self.instance
        if page.pk and loaded:
            latest = page.get_latest_revision()
            if latest is not None and str(latest.pk) != str(loaded):
                user = latest.user
                who = (user.get_full_name() or user.get_username()) if user else ""
                raise ValidationError(
                    gettext(
                        "Artikel ini sudah disimpan oleh %(who)s setelah Anda membukanya. "
                        "Perubahan Anda belum disimpan dan masih ada di formulir ini. "
                        "Bandingkan di Riwayat revisi, lalu simpan sekali lagi untuk "
                        "menimpa versi mereka."
                    )
                    % {"who": who or gettext("editor lain")}
                )
        video_url = cleaned.get("lead_video_url")
        if video_url and playable_video(video_url) is None:
            self.add_error(
                "lead_video_url",
                gettext("Video ini tidak bisa diputar. Gunakan tautan YouTube, Vimeo, "
                        "Dailymotion, atau berkas video .mp4/.webm."),
            )
        return cleaned


class ArticlePage(Page):
    """A news story: headline (the page title), lede, byline, lead media and paged body."""

    lede = models.TextField(
        _("deskripsi"),
        max_length=500,
        help_text=_("Ringkasan di bawah judul; juga dipakai untuk mesin pencari dan pratinjau."),
    )
    dateline = models.CharField(
        _("dateline (kota)"),
        max_length=100,
        blank=True,
        help_text=_("Kota asal berita, misalnya 'Jakarta' atau 'Ankara'."),
    )
    wire_source = models.CharField(
        _("dilansir dari"),
        max_length=150,
        blank=True,
        help_text=_("Kantor berita atau media sumber, misalnya 'Antara' (opsional)."),
    )
    lead_image = models.ForeignKey(
        "core.NewsImage",
        verbose_name=_("foto utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_caption = models.CharField(
        _("keterangan foto utama"),
        max_length=500,
        blank=True,
        help_text=_("Kosongkan untuk memakai keterangan bawaan gambar."),
    )
    lead_credit = models.CharField(
        _("kredit foto utama"),
        max_length=255,
        blank=True,
        help_text=_("Kosongkan untuk memakai kredit bawaan gambar."),
    )
    lead_video_url = models.URLField(
        _("video utama"),
        blank=True,
        help_text=_("Tautan YouTube, Vimeo, Dailymotion atau berkas video; foto utama jadi sampulnya."),
    )
    body = StreamField([("page", StoryPageBlock())], verbose_name=_("isi"), min_num=1)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tag"))

    # Kept across revisions (see with_content_json): they describe the live story.
    last_updated_at = models.DateTimeField(_("diperbarui"), null=True, blank=True, editable=False)
    published_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    base_form_class = ArticleForm
    content_panels = [
        FieldPanel("title", heading=_("Judul")),
        FieldPanel("lede"),
        InlinePanel("story_authors", heading=_("Penulis"), label=_("penulis"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("dateline"), FieldPanel("wire_source")],
            heading=_("Asal berita"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_caption"),
                FieldPanel("lead_credit"),
                FieldPanel("lead_video_url"),
            ],
            heading=_("Media utama"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("corrections", heading=_("Ralat"), label=_("ralat")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lede"),
        index.SearchField("body"),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikel")

    # --- URLs: /{kanal}/read/{id}/{slug}

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, tree_path = parts
        section_path = tree_path.rstrip("/").rsplit("/", 1)[0]
        return site_id, root_url, f"{section_path}/read/{self.pk}/{self.slug}"

    # --- What readers see

    @property
    def headline(self) -> str:
        return self.title

    @property
    def authors(self) -> list:
        return [credit.author for credit in self.story_authors.all()]

    @property
    def caption(self) -> str:
        return self.lead_caption or getattr(self.lead_image, "caption", "")

    @property
    def credit(self) -> str:
        return self.lead_credit or getattr(self.lead_image, "credit", "")

    @property
    def lead_video(self):
        return playable_video(self.lead_video_url) if self.lead_video_url else None

    @property
    def story_pages(self) -> list:
        return list(self.body)

    @property
    def was_updated(self) -> bool:
        return bool(
            self.last_updated_at
            and self.first_published_at
            and self.last_updated_at > self.first_published_at
        )

    @property
    def modified_at(self):
        return self.last_updated_at if self.was_updated else self.first_published_at

    @classmethod
    def for_listing(cls, queryset):
        """Stories newest first, with what a teaser needs fetched in the same few queries."""
        return (
            queryset.select_related("lead_image")
            .prefetch_related("story_authors__author")
            .order_by("-first_published_at", "-pk")
        )

    def serve(self, request, *args, **kwargs):
        canonical = self.get_url(request)
        if canonical and request.path != urlsplit(canonical).path:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(canonical + (f"?{query}" if query else ""))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = self.story_pages
        page_count = len(pages)
        single = request.GET.get("single") == "1"
        number = 1 if single else requested_page_number(request)
        if number > max(page_count, 1):
            raise Http404("story page out of range")
        context.update(
            {
                "story_pages": pages if single else pages[number - 1 : number],
                "page_number": number,
                "page_count": page_count,
                "single": single,
                "next_page": number + 1 if not single and number < page_count else None,
                "next_page_title": (
                    pages[number].value.get("title")
                    if not single and number < page_count
                    else ""
                ),
            }
        )
        return context

    # --- Revisions and publishing

    def with_content_json(self, content):
        page = super().with_content_json(content)
        page.last_updated_at = self.last_updated_at
        page.published_fingerprint = self.published_fingerprint
        return page

    def content_fingerprint(self) -> str:
        """A digest of everything readers see, so an unchanged re-publish is not an update."""
        content = {
            "headline": self.title,
            "lede": self.lede,
            "dateline": self.dateline,
            "wire": self.wire_source,
            "lead": [self.lead_image_id, self.lead_caption, self.lead_credit, self.lead_video_url],
            "body": self.body.get_prep_value(),
            "tags": sorted(tag.name for tag in self.tags.all()),
            "authors": [credit.author_id for credit in self.story_authors.all()],
            "corrections": [
                [note.corrected_at.isoformat(), note.note] for note in self.corrections.all()
            ],
        }
        encoded = json.dumps(content, sort_keys=True, default=str).encode()
        return hashlib.sha256(encoded).hexdigest()

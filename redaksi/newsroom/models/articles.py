import hashlib
import json
from functools import cached_property
from urllib.parse import urlsplit

from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from redaksi.core.pagination import requested_page_number
from redaksi.core.site import publisher_name
from redaksi.core.stemming import stem_text
from redaksi.core.surrogate import add_surrogate_keys, section_key, story_key
from redaksi.core.video import playable_video, validate_playable_video

from ..blocks import StoryPageBlock
from ..forms import ArticleForm, OverwriteConfirmationPanel


def _without_block_ids(value):
    """Block ids change when content is pasted or re-imported; they are not content."""
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    return value


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "newsroom.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    class Meta:
        # Related stories read the newest stories of a tag without sorting the whole tag.
        indexes = [models.Index(fields=["tag", "-content_object"], name="articletag_tag_newest")]


class ArticleAuthor(Orderable):
    """One name in a story's byline, in the order the byline shows it."""

    article = ParentalKey(
        "newsroom.ArticlePage", related_name="story_authors", on_delete=models.CASCADE
    )
    author = models.ForeignKey(
        "newsroom.AuthorPage",
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class Correction(Orderable):
    """A Ralat: a dated note an editor appends to a published story."""

    article = ParentalKey(
        "newsroom.ArticlePage", related_name="corrections", on_delete=models.CASCADE
    )
    corrected_at = models.DateTimeField(_("corrected at"))
    note = models.TextField(_("correction note"), max_length=2000)

    panels = [FieldPanel("corrected_at"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")


class ArticlePage(Page):
    """A news story: headline (the page title), lede, byline, lead media and paged body."""

    lede = models.TextField(
        _("lede"),
        max_length=500,
        help_text=_(
            "The summary under the headline; also used by search engines and link previews."
        ),
    )
    dateline = models.CharField(
        _("dateline (city)"),
        max_length=100,
        blank=True,
        help_text=_("The city the story is filed from, for example 'Jakarta' or 'Ankara'."),
    )
    wire_source = models.CharField(
        _("wire source"),
        max_length=150,
        blank=True,
        help_text=_(
            "The news agency or outlet the story is based on, for example 'Antara' (optional)."
        ),
    )
    lead_image = models.ForeignKey(
        "core.NewsImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_caption = models.CharField(
        _("lead image caption"),
        max_length=500,
        blank=True,
        help_text=_("Leave blank to use the image's own caption."),
    )
    lead_credit = models.CharField(
        _("lead image credit"),
        max_length=255,
        blank=True,
        help_text=_("Leave blank to use the image's own credit."),
    )
    lead_video_url = models.URLField(
        _("lead video"),
        blank=True,
        validators=[validate_playable_video],
        help_text=_(
            "A YouTube, Vimeo or Dailymotion link, or a video file; the lead image is its cover."
        ),
    )
    body = StreamField([("page", StoryPageBlock())], verbose_name=_("body"), min_num=1)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    # Kept in step with the content on every save (see save()), so video listings are
    # one indexed filter instead of a scan of every story body.
    has_video = models.BooleanField(_("has video"), default=False, editable=False, db_index=True)
    # A story subtype's badge in lists (a fact-check's verdict), kept on the story itself so
    # every teaser shows it without another query and a section can be filtered by it.
    label = models.CharField(_("label"), max_length=60, blank=True, editable=False)
    label_slug = models.SlugField(_("label slug"), max_length=60, blank=True, editable=False)

    base_form_class = ArticleForm
    content_panels = [
        OverwriteConfirmationPanel("overwrite_confirmed"),
        FieldPanel("title", heading=_("Headline")),
        FieldPanel("lede"),
        InlinePanel("story_authors", heading=_("Authors"), label=_("author"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("dateline"), FieldPanel("wire_source")],
            heading=_("Dateline and source"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_caption"),
                FieldPanel("lead_credit"),
                FieldPanel("lead_video_url"),
            ],
            heading=_("Lead media"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("corrections", heading=_("Corrections"), label=_("correction")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lede", boost=1.5),
        index.SearchField("body"),
        # Stemmed copies, so "pemilihan" finds a story that says "memilih" (redaksi.search).
        index.SearchField("headline_stems", boost=2),
        index.SearchField("lede_stems", boost=1.5),
        index.SearchField("body_stems"),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["newsroom.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

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

    @cached_property
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
    def body_text(self) -> str:
        """The body's readable words (subheads, paragraphs, quotes, captions), without markup."""
        return " ".join(self._meta.get_field("body").get_searchable_content(self.body))

    # --- What search indexes besides the fields themselves

    def headline_stems(self) -> str:
        return stem_text(self.title)

    def lede_stems(self) -> str:
        return stem_text(self.lede)

    def body_stems(self) -> str:
        return stem_text(self.body_text)

    @property
    def last_updated_at(self):
        """When readers last saw a changed version; None until one is published."""
        from .publication import StoryPublication

        if self.pk is None:
            return None
        try:
            return self.publication.last_updated_at
        except StoryPublication.DoesNotExist:
            return None

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
        from ..structured_data import news_article, open_graph

        section = self.get_parent()
        add_surrogate_keys(request, story_key(self.pk), section_key(section.pk))
        publisher = publisher_name(request)
        base_url = self.get_url(request) or ""
        canonical = base_url if number == 1 or single else f"{base_url}?page={number}"
        context.update(
            {
                "section": section,
                "canonical_url": request.build_absolute_uri(canonical),
                "dateline_label": f"{publisher}, {self.dateline} - "
                if self.dateline
                else f"{publisher} - ",
                "structured_data": news_article(self, request),
                "open_graph": open_graph(self, request),
                "story_pages": pages if single else pages[number - 1 : number],
                "page_number": number,
                "page_count": page_count,
                "single": single,
                "next_page": number + 1 if not single and number < page_count else None,
                "next_page_title": (
                    pages[number].value.get("title") if not single and number < page_count else ""
                ),
            }
        )
        return context

    # --- Revisions and publishing

    def contains_video(self) -> bool:
        """A lead video, or a video block on any page of the body."""
        if self.lead_video_url:
            return True
        for part in self.body:
            for block in part.value.get("content") or ():
                if block.block_type == "video" and (block.value.get("url") or ""):
                    return True
        return False

    def story_label(self) -> tuple[str, str]:
        """(label, slug) shown as a badge in lists; subtypes such as fact-checks override it."""
        return "", ""

    def save(self, *args, **kwargs):
        self.has_video = self.contains_video()
        self.label, self.label_slug = self.story_label()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "has_video"}
        return super().save(*args, **kwargs)

    def content_fingerprint(self) -> str:
        """A digest of everything readers see, so an unchanged re-publish is not an update."""
        content = {
            "headline": self.title,
            "lede": self.lede,
            "dateline": self.dateline,
            "wire": self.wire_source,
            "lead": [self.lead_image_id, self.lead_caption, self.lead_credit, self.lead_video_url],
            "body": _without_block_ids(self.body.get_prep_value()),
            "tags": sorted(tag.name for tag in self.tags.all()),
            "authors": [credit.author_id for credit in self.story_authors.all()],
            "corrections": [
                [note.corrected_at.isoformat(), note.note] for note in self.corrections.all()
            ],
        }
        encoded = json.dumps(content, sort_keys=True, default=str).encode()
        return hashlib.sha256(encoded).hexdigest()

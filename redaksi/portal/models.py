from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, Page, Site

from redaksi.core.surrogate import LATEST, MOST_READ, VIDEO, add_surrogate_keys, section_key


class StoryPick(Orderable):
    """A story an editor pinned to one of the home page's slots, in the order they chose.

    Pins point at the story, not a copy of it: a pinned story that is later
    unpublished simply drops out of the slot and the slot fills from the latest.
    """

    article = models.ForeignKey(
        "newsroom.ArticlePage",
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("article", "newsroom.ArticlePage")]

    class Meta(Orderable.Meta):
        abstract = True


class HeadlinePick(StoryPick):
    page = ParentalKey("portal.HomePage", related_name="headline_picks", on_delete=models.CASCADE)

    class Meta(StoryPick.Meta):
        verbose_name = _("headline")
        verbose_name_plural = _("headlines")


class EditorPick(StoryPick):
    page = ParentalKey("portal.HomePage", related_name="editor_picks", on_delete=models.CASCADE)

    class Meta(StoryPick.Meta):
        verbose_name = _("editor's pick")
        verbose_name_plural = _("editor's picks")


class VideoPick(StoryPick):
    page = ParentalKey("portal.HomePage", related_name="video_picks", on_delete=models.CASCADE)

    class Meta(StoryPick.Meta):
        verbose_name = _("featured video")
        verbose_name_plural = _("featured videos")

    def clean(self) -> None:
        super().clean()
        if self.article_id and not self.article.has_video:
            raise ValidationError(
                {
                    "article": _(
                        "“%(headline)s” has no video. Featured videos must be stories with a "
                        "lead video or a video block."
                    )
                    % {"headline": self.article.title}
                }
            )


class SectionPick(StoryPick):
    """A story pinned to the top of its own section's block on the home page."""

    page = ParentalKey("portal.HomePage", related_name="section_picks", on_delete=models.CASCADE)

    class Meta(StoryPick.Meta):
        verbose_name = _("section pick")
        verbose_name_plural = _("section picks")


class HomePage(Page):
    """The front page: headlines, editors' picks, Berita Terkini, videos and a block per section.

    Editors pin stories to slots; whatever they leave empty fills from the newest
    stories, and no story appears twice on the page.
    """

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                InlinePanel(
                    "headline_picks",
                    label=_("headline"),
                    help_text=_(
                        "The first is the lead story; the rest are shown beside it. "
                        "Empty places are filled with the latest stories."
                    ),
                ),
                InlinePanel("editor_picks", label=_("editor's pick")),
                InlinePanel(
                    "video_picks",
                    label=_("featured video"),
                    help_text=_("Only stories with a video. Shown as Video Pilihan."),
                ),
                InlinePanel(
                    "section_picks",
                    label=_("section pick"),
                    help_text=_("Shown first in the block of the story's own section."),
                ),
            ],
            heading=_("Home page slots"),
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["newsroom.SectionPage", "newsroom.AuthorIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from .slots import home_layout, record_shown

        context = super().get_context(request, *args, **kwargs)
        layout = home_layout(self, Site.find_for_request(request))
        context["layout"] = layout
        add_surrogate_keys(
            request,
            LATEST,
            MOST_READ,
            VIDEO,
            *(section_key(section.pk) for section, _stories in layout.section_blocks),
        )
        record_shown(request, layout.all_stories())
        return context

"""Story blocks: the core blocks plus what only news needs."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from redaksi.core.blocks import CaptionedImageBlock, ParagraphBlock, QuoteBlock, VideoBlock


class RelatedArticleBlock(blocks.StructBlock):
    """An inline "Baca Juga" link to another story."""

    article = blocks.PageChooserBlock(label=_("Article"), page_type="newsroom.ArticlePage")
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=255,
        help_text=_("Leave blank to use the article's headline."),
    )

    class Meta:
        icon = "link"
        label = _("Read also")
        template = "newsroom/blocks/related_article_block.html"
        description = _("A link to another story in the middle of the text.")
        preview_value = {"label": "Warga mulai kembali ke rumah setelah banjir surut"}


class StoryContentBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    related = RelatedArticleBlock()

    class Meta:
        label = _("Page content")


class StoryPageBlock(blocks.StructBlock):
    """One page of a story; readers reach the next one through "Lanjutkan Membaca"."""

    title = blocks.CharBlock(
        label=_("Page title"),
        required=False,
        max_length=255,
        help_text=_("Subheading of this page (optional). The first page usually has none."),
    )
    content = StoryContentBlock()

    class Meta:
        icon = "doc-full"
        label = _("Page")
        template = "newsroom/blocks/story_page_block.html"
        description = _("One page of an article. Add pages for long articles.")
        preview_value = {"title": "Sekilas tentang peristiwa ini"}

"""Story blocks: the core blocks plus what only news needs."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from redaksi.core.blocks import CaptionedImageBlock, ParagraphBlock, QuoteBlock, VideoBlock


class RelatedArticleBlock(blocks.StructBlock):
    """An inline "Baca Juga" link to another story."""

    article = blocks.PageChooserBlock(label=_("Artikel"), page_type="newsroom.ArticlePage")
    label = blocks.CharBlock(
        label=_("Teks tautan"),
        required=False,
        max_length=255,
        help_text=_("Kosongkan untuk memakai judul artikel."),
    )

    class Meta:
        icon = "link"
        label = _("Baca Juga")
        template = "newsroom/blocks/related_article_block.html"
        description = _("Tautan ke artikel lain di tengah naskah.")
        preview_value = {"label": "Warga mulai kembali ke rumah setelah banjir surut"}


class StoryContentBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    related = RelatedArticleBlock()

    class Meta:
        label = _("Isi halaman")


class StoryPageBlock(blocks.StructBlock):
    """One page of a story; readers reach the next one through "Lanjutkan Membaca"."""

    title = blocks.CharBlock(
        label=_("Judul halaman"),
        required=False,
        max_length=255,
        help_text=_("Subjudul halaman ini (opsional). Halaman pertama biasanya tanpa judul."),
    )
    content = StoryContentBlock()

    class Meta:
        icon = "doc-full"
        label = _("Halaman")
        template = "newsroom/blocks/story_page_block.html"
        description = _("Satu halaman artikel. Tambah halaman untuk artikel panjang.")
        preview_value = {"title": "Sekilas tentang peristiwa ini"}

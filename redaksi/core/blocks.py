"""Blocks every desk builds its stories from.

Each block carries its own template, icon, description and preview so editors
see what they are choosing; desks extend these rather than redefining them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from .sanitize import clean_rich_text
from .video import playable_video, validate_playable_video

PARAGRAPH_FEATURES = ["bold", "italic", "link", "h2", "h3", "ol", "ul", "blockquote"]


class SanitisedRichTextBlock(blocks.RichTextBlock):
    """Rich text that is cleaned with nh3 whenever it is stored or rendered."""

    def get_prep_value(self, value):
        prepped = super().get_prep_value(value)
        return clean_rich_text(prepped) if isinstance(prepped, str) else prepped

    def to_python(self, value):
        return super().to_python(clean_rich_text(value) if isinstance(value, str) else value)

    def normalize(self, value):
        if isinstance(value, str):
            return RichText(clean_rich_text(value))
        return super().normalize(value)


class ParagraphBlock(SanitisedRichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "core/blocks/paragraph_block.html"
        description = _("Story text: paragraphs, subheadings, lists and links.")
        preview_value = RichText(
            "<p>Hujan deras sejak pagi membuat warga menunda panen di lereng bukit.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Photo caption"),
        required=False,
        max_length=500,
        help_text=_("Leave blank to use the image's own caption."),
    )
    credit = blocks.CharBlock(
        label=_("Photo credit"),
        required=False,
        max_length=255,
        help_text=_("Leave blank to use the image's own credit."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        image = value.get("image")
        context["caption"] = value.get("caption") or getattr(image, "caption", "")
        context["credit"] = value.get("credit") or getattr(image, "credit", "")
        return context

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/captioned_image_block.html"
        description = _("A photo with its caption and credit.")
        preview_value = {"caption": "Suasana pasar pagi", "credit": "Redaksi"}


class VideoURLBlock(blocks.URLBlock):
    """A link that must point at a video readers can play."""

    def __init__(self, **kwargs):
        kwargs.setdefault("validators", [validate_playable_video])
        super().__init__(**kwargs)


class VideoBlock(blocks.StructBlock):
    url = VideoURLBlock(label=_("Video link"))
    title = blocks.CharBlock(label=_("Video title"), required=False, max_length=255)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=255)
    poster = ImageChooserBlock(label=_("Cover image"), required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = playable_video(value.get("url") or "")
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "core/blocks/video_block.html"
        description = _("A video from YouTube, Vimeo, Dailymotion, or a video file.")
        preview_value = {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "Video"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Quote source"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"
        description = _("A direct quote from a source, shown prominently.")
        preview_value = {
            "text": "Kami akan membuka posko sampai air benar-benar surut.",
            "attribution": "Kepala BPBD",
        }

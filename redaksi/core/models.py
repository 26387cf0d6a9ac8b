"""The project-wide user and image models.

They exist from the very first migration so that no later desk has to swap
them under live data.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as _WagtailImage


class User(AbstractUser):
    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class NewsImage(AbstractImage):
    """An image with the newsroom's caption and credit as its defaults."""

    caption = models.CharField(_("photo caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("photo credit"),
        max_length=255,
        blank=True,
        help_text=_("Who owns or made the photo, for example 'Redaksi/Budi Santoso'."),
    )

    admin_form_fields = _WagtailImage.admin_form_fields + ("caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def alt_text(self) -> str:
        return self.description or self.caption or self.title


class NewsImageRendition(AbstractRendition):
    image = models.ForeignKey(NewsImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


ZONE_CHOICES = [
    ("Asia/Jakarta", _("WIB (Western Indonesia Time, UTC+7)")),
    ("Asia/Makassar", _("WITA (Central Indonesia Time, UTC+8)")),
    ("Asia/Jayapura", _("WIT (Eastern Indonesia Time, UTC+9)")),
]


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """Who publishes the site and in which zone its readers read the time."""

    publisher_name = models.CharField(
        _("publisher name"),
        max_length=100,
        default="Redaksi",
        help_text=_("Used in the dateline ('Redaksi, Jakarta - ') and as the publisher."),
    )
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=32, choices=ZONE_CHOICES, default="Asia/Jakarta"
    )
    logo = models.ForeignKey(
        "core.NewsImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identities")

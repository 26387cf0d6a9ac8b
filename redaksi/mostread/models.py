from django.db import models
from django.utils.translation import gettext_lazy as _


class HourlyReads(models.Model):
    """Counted reads of one story in one hour (UTC, on the hour).

    One row per story and hour keeps the table small enough to add up 24 hours
    or 7 days on the fly, and lets old hours be pruned with one indexed delete.
    ``section`` is the story's section when the reads were written, so a
    section's ranking needs no walk through the page tree.
    """

    article = models.ForeignKey(
        "newsroom.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    hour = models.DateTimeField(_("hour"))
    section = models.ForeignKey(
        "newsroom.SectionPage",
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    reads = models.PositiveIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("hourly reads")
        verbose_name_plural = _("hourly reads")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="mostread_one_row_per_hour"),
        ]
        indexes = [
            models.Index(fields=["hour", "article"], name="mostread_hour_article"),
            models.Index(fields=["section", "hour"], name="mostread_section_hour"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}:00 UTC: {self.reads}"

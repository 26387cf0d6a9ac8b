from django.db import models
from django.utils.translation import gettext_lazy as _


class StoryPublication(models.Model):
    """What readers were last shown of a story, and when that last changed.

    It lives beside the page rather than on it: publishing saves whatever copy
    of the page the publisher holds, and a stale copy must not be able to wipe
    the "Diperbarui" time or make a re-publish look like a first one.
    """

    article = models.OneToOneField(
        "newsroom.ArticlePage",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="publication",
    )
    fingerprint = models.CharField(max_length=64)
    last_updated_at = models.DateTimeField(_("last updated"), null=True, blank=True)

    class Meta:
        verbose_name = _("story publication")
        verbose_name_plural = _("story publications")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.fingerprint[:12]}"

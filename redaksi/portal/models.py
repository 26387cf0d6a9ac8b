from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, Site

from redaksi.newsroom import api as newsroom


class HomePage(Page):
    """The front page: the lead story, Berita Terkini and a block per section."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["newsroom.SectionPage", "newsroom.AuthorIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        latest = list(newsroom.latest_articles(site_root=self, limit=13))
        context["lead_story"] = latest[0] if latest else None
        context["latest"] = latest[1:]
        site = Site.find_for_request(request) or self.get_site()
        context["section_blocks"] = [
            (section, list(newsroom.latest_articles(section=section, limit=4)))
            for section in newsroom.sections(site)
        ]
        return context

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from redaksi.core.pagination import paginate
from redaksi.core.surrogate import add_surrogate_keys, section_key, story_key

# Page types that live in a section as stories. Desks with a story subtype (the Cek Fakta
# desk's fact-checks) add theirs through ``newsroom.api.register_story_type`` in ready(),
# before Wagtail first reads a section's allowed subpages.
STORY_TYPES: list[str] = ["newsroom.ArticlePage"]


class SectionPage(Page):
    """A kanal: News, Global, Bisnis, Tekno, Cek Fakta… Its stories live beneath it."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = [settings.REDAKSI_HOME_PAGE_TYPE]
    subpage_types = STORY_TYPES

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def get_context(self, request, *args, **kwargs):
        from .articles import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().child_of(self)
        labels = list(
            articles.exclude(label_slug="")
            .values_list("label_slug", "label")
            .order_by("label")
            .distinct()
        )
        chosen = request.GET.get("label", "")
        if chosen and chosen in {slug for slug, _name in labels}:
            articles = articles.filter(label_slug=chosen)
        else:
            chosen = ""
        context["labels"] = labels
        context["chosen_label"] = chosen
        context["articles"] = paginate(
            request,
            ArticlePage.for_listing(articles),
            per_page=20,
            changes_with_publishing=True,
        )
        add_surrogate_keys(
            request,
            section_key(self.pk),
            *(story_key(story.pk) for story in context["articles"]),
        )
        return context

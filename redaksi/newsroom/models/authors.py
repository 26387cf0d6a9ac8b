from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from redaksi.core.pagination import paginate
from redaksi.core.surrogate import add_surrogate_keys, author_key, story_key


class AuthorIndexPage(Page):
    """The /penulis/ page that holds every author profile."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = [settings.REDAKSI_HOME_PAGE_TYPE]
    subpage_types = ["newsroom.AuthorPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("author index")
        verbose_name_plural = _("author indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        authors = AuthorPage.objects.child_of(self).live().select_related("photo").order_by("title")
        context["authors"] = paginate(request, authors, per_page=48, changes_with_publishing=True)
        return context


class AuthorPage(Page):
    """A reporter's or editor's public profile; the page title is the name in the byline."""

    photo = models.ForeignKey(
        "core.NewsImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role_title = models.CharField(
        _("job title"),
        max_length=100,
        blank=True,
        help_text=_("For example 'Reporter' or 'Editor'."),
    )
    bio = models.TextField(_("short biography"), blank=True, max_length=1000)
    user = models.OneToOneField(
        "core.User",
        verbose_name=_("newsroom account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
    )

    content_panels = Page.content_panels + [
        FieldPanel("role_title"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = Page.search_fields + [index.SearchField("bio")]
    parent_page_types = ["newsroom.AuthorIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    @property
    def name(self) -> str:
        return self.title

    def get_context(self, request, *args, **kwargs):
        from .articles import ArticlePage

        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().filter(story_authors__author=self)
        context["articles"] = paginate(
            request,
            ArticlePage.for_listing(articles),
            per_page=20,
            changes_with_publishing=True,
        )
        add_surrogate_keys(
            request,
            author_key(self.pk),
            *(story_key(story.pk) for story in context["articles"]),
        )
        return context

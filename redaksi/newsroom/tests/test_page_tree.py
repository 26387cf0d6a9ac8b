"""Where each kind of page may live: editors cannot put a story outside a section."""

from django.apps import apps
from django.conf import settings
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from redaksi.newsroom.models import ArticlePage, AuthorIndexPage, AuthorPage, SectionPage

from .fixtures import build_site


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_site()
        # The site's home page type belongs to the portal; the newsroom knows it by name.
        cls.home_page = apps.get_model(settings.REDAKSI_HOME_PAGE_TYPE)

    def test_sections_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(SectionPage, {self.home_page})
        self.assertCanCreateAt(self.home_page, SectionPage)
        self.assertCanNotCreateAt(SectionPage, SectionPage)

    def test_stories_live_only_in_sections(self):
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertAllowedSubpageTypes(ArticlePage, {})
        self.assertCanNotCreateAt(self.home_page, ArticlePage)
        self.assertCanNotCreateAt(Page, ArticlePage)

    def test_authors_live_in_the_author_index(self):
        self.assertAllowedParentPageTypes(AuthorPage, {AuthorIndexPage})
        self.assertAllowedSubpageTypes(AuthorIndexPage, {AuthorPage})

    def test_there_is_one_home_page(self):
        self.assertFalse(self.home_page.can_create_at(Page.get_first_root_node()))

    def test_a_section_page_renders(self):
        self.assertPageIsRenderable(self.site["sections"]["news"])

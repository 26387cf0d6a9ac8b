from django.conf import settings
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from redaksi.newsroom import api as newsroom

from . import admin_urls
from .models import Verdict


def _has_contact() -> bool:
    return bool(settings.REDAKSI_TIPLINE_WHATSAPP_NUMBER or settings.REDAKSI_TIPLINE_TELEGRAM_BOT)


@hooks.register(newsroom.STORY_AFTER, order=20)
def tipline_box(page) -> str | None:
    """The reference portal's "Fakta atau Hoaks?" box under every story."""
    return "factcheck/tipline_box.html" if _has_contact() else None


@hooks.register(newsroom.SECTION_INTRO, order=10)
def tipline_howto(page) -> str | None:
    if page is None or page.slug != settings.REDAKSI_FACTCHECK_SECTION or not _has_contact():
        return None
    return "factcheck/section_box.html"


class VerdictViewSet(SnippetViewSet):
    model = Verdict
    icon = "tick-inverse"
    menu_label = _("Verdicts")
    list_display = ["name", "slug", "rating", "sort_order"]
    add_to_admin_menu = False


register_snippet(VerdictViewSet)


@hooks.register("register_admin_urls")
def tips_urls():
    return [path("cek-fakta/", include((admin_urls, "factcheck_admin")))]


class TipsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("factcheck.view_tip")


@hooks.register("register_admin_menu_item")
def tips_menu_item():
    return TipsMenuItem(
        _("Tipline queue"), reverse("factcheck_admin:tips"), icon_name="help", order=250
    )

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from redaksi.newsroom import api as newsroom

from . import admin_urls
from .views import follow_links


@hooks.register("register_admin_urls")
def channels_urls():
    return [path("channel/", include((admin_urls, "channels_admin")))]


class ChannelsButton(PageMenuItem):
    label = _("Channels")
    icon_name = "mail"
    priority = 66

    @property
    def url(self) -> str:
        return reverse("channels_admin:story", args=[self.page.pk])


def _story_buttons(page, user):
    # Only live stories have gone (or can go) out; only those who may publish may resend.
    specific = page.specific_class
    if page.live and specific and hasattr(specific, "lede"):
        if page.permissions_for_user(user).can_publish():
            yield ChannelsButton(page=page)


@hooks.register("register_page_header_buttons")
def story_header_buttons(page, user, view_name, next_url=None):
    yield from _story_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def story_listing_buttons(page, user, next_url=None):
    yield from _story_buttons(page, user)


@hooks.register(newsroom.STORY_AFTER, order=30)
def follow_line(page) -> str | None:
    """The reference portal's "Follow Official WhatsApp Channel …" line under every story."""
    links = follow_links()
    if not (links["whatsapp_url"] or links["telegram_url"]):
        return None
    return "channels/follow_line.html"

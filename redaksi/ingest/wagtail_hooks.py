"""The ingest inbox in the Wagtail admin: "Kotak masuk kiriman" with the items and the feeds."""

from django.contrib import messages
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_urls, views
from .models import ImportedStory, WireFeed

MENU_HOOK = "register_ingest_menu_item"


class PermittedMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request) -> bool:
        return request.user.has_perm(self.permission)


class IngestSubmenu(SubmenuMenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(views.VIEW_PERMISSION) or request.user.has_perm(
            "ingest.view_wirefeed"
        )


class WireFeedViewSet(ModelViewSet):
    model = WireFeed
    icon = "list-ul"
    menu_label = _("Wire feeds")
    menu_hook = MENU_HOOK
    add_to_admin_menu = True
    menu_order = 200
    form_fields = ["name", "url", "active", "poll_seconds", "source_name", "default_section"]
    list_display = ["name", "url", "active", "last_polled_at", "last_error"]
    search_fields = ["name", "url"]


@hooks.register("register_admin_urls")
def register_inbox_urls():
    return [path("ingest/inbox/", include(admin_urls, namespace="ingest_inbox"))]


@hooks.register("register_admin_viewset")
def register_wire_feeds():
    return WireFeedViewSet("ingest_feeds")


@hooks.register(MENU_HOOK)
def register_inbox_menu_item():
    return PermittedMenuItem(
        _("Wire items"),
        reverse_lazy("ingest_inbox:index"),
        icon_name="tasks",
        order=100,
        permission=views.VIEW_PERMISSION,
    )


@hooks.register("register_admin_menu_item")
def register_ingest_menu():
    return IngestSubmenu(
        _("Ingest inbox"), Menu(register_hook_name=MENU_HOOK), icon_name="mail", order=250
    )


@hooks.register("before_edit_page")
def flag_imported_near_duplicate(request, page):
    """Tell the editor opening an imported draft where it came from and what it resembles."""
    if request.method != "GET":
        return None
    record = (
        ImportedStory.objects.filter(draft_id=page.pk)
        .select_related("near_duplicate_of")
        .order_by("-pk")
        .first()
    )
    if record is None:
        return None
    origin = record.canonical_url or record.source
    messages.info(request, _("Imported from %(source)s.") % {"source": origin})
    if record.near_duplicate_of is not None:
        messages.warning(
            request,
            _("This draft is very similar to “%(title)s” (similarity %(score).2f).")
            % {"title": record.near_duplicate_of.title, "score": record.similarity or 0},
        )
    return None

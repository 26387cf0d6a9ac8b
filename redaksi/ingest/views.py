"""The ingest inbox (Kotak masuk kiriman): wire items, newest first, one click to a draft.

Reporters, editors and admins may turn an item into a draft (it is only a
draft; the review workflow still decides what is published); anyone else is
refused. Making a draft is a POST, so a link preview or a crawler never
creates one.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from redaksi.core.pagination import paginate

from .extract import ExtractionError
from .feeds import make_draft
from .fetch import FetchError
from .importing import ImportRefused
from .models import WireFeed, WireItem

VIEW_PERMISSION = "ingest.view_wireitem"
DRAFT_PERMISSION = "ingest.change_wireitem"


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def inbox(request: HttpRequest) -> HttpResponse:
    _require(request, VIEW_PERMISSION)
    items = WireItem.objects.select_related("feed", "draft", "near_duplicate_of")
    feed_id = request.GET.get("feed", "")
    status = request.GET.get("status", WireItem.NEW)
    if feed_id.isdigit():
        items = items.filter(feed_id=int(feed_id))
    if status in dict(WireItem.STATUS_CHOICES):
        items = items.filter(status=status)
    else:
        status = ""
    context = {
        "items": paginate(request, items, per_page=50),
        "feeds": WireFeed.objects.all(),
        "statuses": WireItem.STATUS_CHOICES,
        "selected_feed": feed_id,
        "selected_status": status,
        "can_draft": request.user.has_perm(DRAFT_PERMISSION),
    }
    return render(request, "ingest/wire_item_inbox.html", context)


@require_POST
def make_item_draft(request: HttpRequest, pk: int) -> HttpResponse:
    """Turn the item into a draft and open it in the editor; back to the inbox on failure."""
    _require(request, DRAFT_PERMISSION)
    item = get_object_or_404(WireItem.objects.select_related("feed", "draft"), pk=pk)
    try:
        result = make_draft(item, actor=request.user)
    except (ImportRefused, ExtractionError, FetchError) as exc:
        messages.error(request, _("No draft was made: %(reason)s") % {"reason": exc})
        return redirect("ingest_inbox:index")
    if result.near_duplicate is not None:
        messages.warning(
            request,
            _("This item is very similar to “%(title)s” (similarity %(score).2f).")
            % {
                "title": result.near_duplicate.article.title,
                "score": result.near_duplicate.similarity,
            },
        )
    for note in result.notes:
        messages.info(request, note)
    if result.draft is None:
        messages.error(request, _("No draft was made."))
        return redirect("ingest_inbox:index")
    messages.success(
        request, _("Draft made from the wire item “%(title)s”.") % {"title": item.title}
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[result.draft.pk]))


@require_POST
def dismiss_item(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, DRAFT_PERMISSION)
    item = get_object_or_404(WireItem, pk=pk)
    if item.status == WireItem.NEW:
        item.status = WireItem.DISMISSED
        item.save(update_fields=["status"])
        messages.success(request, _("Wire item “%(title)s” dismissed.") % {"title": item.title})
    return redirect(
        _own_path(request, request.POST.get("next", "")) or reverse("ingest_inbox:index")
    )


def _own_path(request: HttpRequest, target: str) -> str:
    """``target`` when it is a path on this site; empty for anything that would leave it."""
    target = target.strip()
    if not target.startswith("/") or target.startswith(("//", "/\\")):
        return ""
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    return target

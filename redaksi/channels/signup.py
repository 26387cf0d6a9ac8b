"""Readers' sign-up on the site: e-mail (confirmed by a link) and Web Push subscriptions.

Both answer in Indonesian and write nothing when the input is wrong.
"""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import mail
from .following import follow, unfollow
from .models import EMAIL, WEBPUSH, Follower

EMAIL_SCOPES = (Follower.Scope.BREAKING, Follower.Scope.DIGEST, Follower.Scope.ALL)


def _page(request, message: str, status: int = 200, error: bool = False):
    return TemplateResponse(
        request,
        "channels/message.html",
        {"message": message, "error": error},
        status=status,
    )


@require_POST
def email_signup(request):
    address = (request.POST.get("email") or "").strip().lower()
    scope = request.POST.get("scope") or Follower.Scope.BREAKING
    try:
        validate_email(address)
    except ValidationError:
        return _page(request, _("That is not an e-mail address."), status=400, error=True)
    if scope not in EMAIL_SCOPES:
        return _page(request, _("Choose breaking news or the daily digest."), 400, True)
    with transaction.atomic():
        follower = Follower.objects.filter(channel=EMAIL, address=address).first()
        if follower is None:
            follower = Follower.objects.create(
                channel=EMAIL, address=address, scope=scope, active=False
            )
        elif not follower.active:
            follower.scope = scope
            follower.save(update_fields=["scope"])
        else:
            follower.scope = scope
            follower.save(update_fields=["scope"])
            return _page(request, _("You are subscribed; your choice has been saved."))
        transaction.on_commit(lambda: mail.send_confirmation(follower))
    return _page(request, _("Almost done: open the e-mail we just sent and click its link."))


def email_confirm(request, token: str):
    follower = get_object_or_404(Follower, token=token, channel=EMAIL)
    Follower.objects.filter(pk=follower.pk).update(active=True, left_at=None, left_reason="")
    return _page(
        request, _("Confirmed: our news will reach %(address)s.") % {"address": follower.address}
    )


@csrf_exempt
def unsubscribe(request, token: str):
    """GET asks (link scanners must not unsubscribe anyone); POST, one click, unsubscribes."""
    follower = get_object_or_404(Follower, token=token)
    if request.method == "POST":
        unfollow(follower.channel, follower.address, "unsubscribe link")
        return _page(request, _("You are unsubscribed. We will send you nothing more."))
    return TemplateResponse(request, "channels/unsubscribe.html", {"follower": follower})


@csrf_exempt
@require_POST
def push_subscribe(request):
    """The service worker's subscription, as ``PushSubscription.toJSON()`` gives it."""
    try:
        data = json.loads(request.body)
        endpoint = data["endpoint"]
        keys = {"p256dh": data["keys"]["p256dh"], "auth": data["keys"]["auth"]}
        URLValidator(schemes=["https"] if not settings.DEBUG else ["https", "http"])(endpoint)
    except (ValueError, KeyError, TypeError, ValidationError):
        return JsonResponse({"error": _("This is not a push subscription.")}, status=400)
    if data.get("unsubscribe"):
        unfollow(WEBPUSH, endpoint, "unsubscribed in the browser")
        return JsonResponse({"ok": True})
    scope = data.get("scope") or Follower.Scope.ALL
    if scope not in (Follower.Scope.ALL, Follower.Scope.BREAKING):
        return JsonResponse({"error": _("Choose all news or breaking news.")}, status=400)
    follow(WEBPUSH, endpoint, scope=scope, secret=json.dumps(keys))
    return JsonResponse({"ok": True}, status=201)


def service_worker(request):
    body = render_to_string("channels/sw.js", {"now": timezone.now()})
    response = HttpResponse(body, content_type="application/javascript")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response

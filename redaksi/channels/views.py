"""The editor's channel report for one story, the "kirim ke channel" button, and the
readers' pages: every way to follow, and one-click unsubscribe for e-mail."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from redaksi.newsroom import api as newsroom

from . import api
from .models import CHANNEL_CHOICES, Delivery

_channel_names = dict(CHANNEL_CHOICES)


def _story_or_404(request, story_id: int):
    found = newsroom.live_articles([story_id])
    if not found:
        raise Http404
    story = found[0]
    if not story.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return story


def story_report(request, story_id: int):
    story = _story_or_404(request, story_id)
    return TemplateResponse(
        request,
        "channels/admin/story_report.html",
        {
            "story": story,
            "report": [
                (_channel_names.get(channel, channel), counts)
                for channel, counts in api.story_status(story_id).items()
            ],
            "failures": api.story_failures(story_id),
            "statuses": [label for _status, label in Delivery.Status.choices],
        },
    )


@require_POST
def resend(request, story_id: int):
    _story_or_404(request, story_id)
    added = api.send_story(story_id)
    messages.success(
        request,
        _("Sent to the channels: %(n)d new deliveries queued; failed ones go again.")
        % {"n": added},
    )
    return redirect("channels_admin:story", story_id)


def follow_links() -> dict:
    return {
        "whatsapp_url": settings.REDAKSI_CHANNELS_WHATSAPP_URL,
        "telegram_url": settings.REDAKSI_CHANNELS_TELEGRAM_URL,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def follow_page(request):
    return TemplateResponse(
        request,
        "channels/follow_page.html",
        {
            **follow_links(),
            "whatsapp_number": settings.REDAKSI_TIPLINE_WHATSAPP_NUMBER,
            "partner_signature_header": "X-Redaksi-Signature",
            "vapid_public_key": settings.REDAKSI_VAPID_PUBLIC_KEY,
            "websub_hub": settings.REDAKSI_WEBSUB_HUB,
        },
    )

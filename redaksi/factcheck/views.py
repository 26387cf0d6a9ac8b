"""The tips queue in the admin: claims readers asked about, most askers first.

Only users with ``factcheck.view_tip`` see it (the Pemeriksa Fakta role and
admins); readers' numbers need ``factcheck.view_tip_sender`` as well.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

from redaksi.core.pagination import paginate
from redaksi.newsroom import api as newsroom

from .api import create_fact_check_draft
from .loop import notify_askers
from .models import FactCheckPage, Tip
from .permissions import FACT_CHECKER


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def mask(number: str) -> str:
    return number[:4] + "…" + number[-2:] if len(number) > 6 else "…"


def tip_queue(request):
    _require(request, "factcheck.view_tip")
    status = request.GET.get("status", "waiting")
    tips = Tip.objects.select_related("assignee", "fact_check")
    if status == "waiting":
        tips = tips.filter(status__in=[Tip.Status.OPEN, Tip.Status.ASSIGNED])
    elif status in Tip.Status.values:
        tips = tips.filter(status=status)
    return TemplateResponse(
        request,
        "factcheck/admin/tip_queue.html",
        {
            "tips": paginate(request, tips.order_by("-asker_count", "-last_asked_at"), per_page=50),
            "status": status,
            "statuses": [("waiting", _("Waiting for an answer"))] + list(Tip.Status.choices),
        },
    )


def _open_draft(request, tip: Tip):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    section = newsroom.find_section(site, settings.REDAKSI_FACTCHECK_SECTION) if site else None
    if section is None:
        messages.error(request, _("There is no Cek Fakta section to write the fact-check in."))
        return redirect("factcheck_admin:tip", tip.pk)
    author = newsroom.find_author_for_user(request.user)
    if author is None:
        messages.error(request, _("You need an author profile to write a fact-check."))
        return redirect("factcheck_admin:tip", tip.pk)
    draft = create_fact_check_draft(
        section,
        headline=tip.text[:200],
        lede=tip.text[:300],
        claim=tip.text,
        verdict=None,
        conclusion="",
        authors=[author],
        findings=[{"title": "", "blocks": [("paragraph", "<p></p>")]}],
        actor=request.user,
    )
    tip.fact_check = draft
    tip.status = Tip.Status.ASSIGNED
    tip.assignee = tip.assignee or request.user
    tip.save(update_fields=["fact_check", "status", "assignee"])
    return redirect("wagtailadmin_pages:edit", draft.pk)


def tip_detail(request, tip_id: int):
    _require(request, "factcheck.view_tip")
    tip = get_object_or_404(Tip.objects.select_related("assignee", "fact_check"), pk=tip_id)
    if request.method == "POST":
        _require(request, "factcheck.change_tip")
        action = request.POST.get("action", "")
        with transaction.atomic():
            if action == "assign":
                user_id = request.POST.get("assignee") or request.user.pk
                tip.assignee = get_object_or_404(get_user_model(), pk=user_id)
                tip.status = Tip.Status.ASSIGNED
                tip.save(update_fields=["assignee", "status"])
            elif action == "close":
                tip.status = Tip.Status.CLOSED
                tip.save(update_fields=["status"])
            elif action == "reopen":
                tip.status = Tip.Status.ASSIGNED if tip.assignee_id else Tip.Status.OPEN
                tip.save(update_fields=["status"])
            elif action == "answer":
                page = FactCheckPage.objects.filter(pk=request.POST.get("fact_check") or 0).first()
                if page is None:
                    messages.error(request, _("No fact-check with that number."))
                    return redirect("factcheck_admin:tip", tip.pk)
                tip.fact_check = page
                tip.save(update_fields=["fact_check"])
                if page.live:
                    sent = notify_askers(page)
                    messages.success(
                        request, _("%(count)d readers will get the answer.") % {"count": sent}
                    )
            elif action == "draft":
                return _open_draft(request, tip)
        return redirect("factcheck_admin:tip", tip.pk)
    checkers = get_user_model().objects.filter(groups__name=FACT_CHECKER, is_active=True)
    show_numbers = request.user.has_perm("factcheck.view_tip_sender")
    questions = [
        (question, question.sender if show_numbers else mask(question.sender))
        for question in tip.questions.order_by("-asked_at")[:200]
    ]
    return TemplateResponse(
        request,
        "factcheck/admin/tip_detail.html",
        {
            "tip": tip,
            "questions": questions,
            "checkers": checkers,
            "can_change": request.user.has_perm("factcheck.change_tip"),
            "queue_url": reverse("factcheck_admin:tips"),
        },
    )

"""Closing the loop: readers who asked hear the answer when it is published.

Each asker of a tip answered by a fact-check gets it once (the outbox's
idempotency key is per fact-check and question); a later correction ("Ralat")
goes out once per correction as an update. On WhatsApp, a reader who has not
written in 24 hours gets the approved template instead of free text; the chat
transport decides that at send time.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from redaksi.chat import api as chat

from .models import FactCheckPage, Question, Tip


def _template(page: FactCheckPage, url: str) -> chat.Template:
    return chat.Template(
        settings.REDAKSI_TIPLINE_TEMPLATE,
        settings.REDAKSI_TIPLINE_TEMPLATE_LANGUAGE,
        (page.title, page.verdict.name if page.verdict else "", url),
    )


def answer_key(page_id: int, question_id: int) -> str:
    return f"factcheck:answer:{page_id}:{question_id}"


def notify_askers(page: FactCheckPage, *, updated: bool = False) -> int:
    """Queue the answer (or the update) for every asker of the tips ``page`` answers."""
    if not page.live:
        return 0
    url = page.get_full_url() or ""
    verdict = page.verdict.name.upper() if page.verdict else ""
    latest = page.corrections.order_by("-corrected_at", "-pk").first()
    queued = 0
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        questions = Question.objects.filter(tip__fact_check_id=page.pk).exclude(sender="")
        for question in questions:
            key = answer_key(page.pk, question.pk)
            if chat.delivery_state(key) is None:
                text = (
                    _("The fact-check you asked about is out:")
                    + f"\n[{verdict}] {page.title}\n{url}"
                )
                chat.send(
                    question.platform,
                    question.sender,
                    chat.Reply(text=text, template=_template(page, url)),
                    idempotency_key=key,
                )
                queued += 1
            elif updated and latest is not None:
                text = (
                    _("Update to a fact-check we sent you:")
                    + f"\n[{verdict}] {page.title}\n"
                    + _("Correction: %(note)s") % {"note": latest.note}
                    + f"\n{url}"
                )
                before = chat.delivery_state(
                    f"factcheck:update:{page.pk}:{question.pk}:{latest.pk}"
                )
                if before is None:
                    chat.send(
                        question.platform,
                        question.sender,
                        chat.Reply(text=text, template=_template(page, url)),
                        idempotency_key=f"factcheck:update:{page.pk}:{question.pk}:{latest.pk}",
                    )
                    queued += 1
        Tip.objects.filter(
            fact_check_id=page.pk, status__in=[Tip.Status.OPEN, Tip.Status.ASSIGNED]
        ).update(status=Tip.Status.ANSWERED)
    return queued

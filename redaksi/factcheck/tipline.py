"""The Cek Fakta tipline: what a reader's chat message gets back.

Greetings, "menu" and "bantuan" get the help text; thanks get a short answer;
anything else is matched against published fact-checks: up to three, each with
verdict, headline and link, and a "Tidak membantu" button. A message with no
match, or whose answer the reader marks as not helpful, becomes a tip.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from redaksi.chat.api import Button, IncomingMessage, Reply

from .index import current_matcher
from .matching.matcher import Answer
from .models import Question
from .tips import add_to_tip, record_question

NOT_HELPFUL = "cekfakta-tidak-membantu:"


def help_text() -> str:
    return _(
        "Hello! This is the Cek Fakta service of %(site)s. Send us a few keywords "
        '(for example "vaccine chip"), forward the message you doubt, or paste its link, '
        'and we reply with the fact-checks that match. Type "menu" to see this again.'
    ) % {"site": settings.WAGTAIL_SITE_NAME}


def format_matches(answer: Answer) -> str:
    lines = [_("Cek Fakta results for your message:"), ""]
    for number, match in enumerate(answer.matches, start=1):
        lines.append(f"{number}. [{match.entry.verdict.upper()}] {match.entry.headline}")
        lines.append(match.entry.url)
    lines += [
        "",
        _('Not what you were looking for? Press "Not helpful" and our team will look into it.'),
    ]
    return "\n".join(lines)


def replies_for(answer: Answer, question_id: int | None = None) -> list[Reply]:
    """The replies for one answer; shared by the webhook and ``redaksi tipline ask``."""
    if answer.kind == "help":
        return [Reply(text=help_text())]
    if answer.kind == "thanks":
        return [Reply(text=_("You're welcome! Send us anything doubtful, any time."))]
    if answer.kind == "matches":
        buttons = (
            (Button(f"{NOT_HELPFUL}{question_id}", _("Not helpful")),)
            if question_id is not None
            else ()
        )
        return [Reply(text=format_matches(answer), buttons=buttons)]
    return [
        Reply(
            text=_(
                "We have no fact-check on that yet. Your question is now with the Cek Fakta "
                "team, and we will message you when the result is published."
            )
        )
    ]


def _not_helpful(message: IncomingMessage) -> list[Reply]:
    raw = (message.button_payload or "").removeprefix(NOT_HELPFUL)
    question = Question.objects.filter(
        pk=int(raw) if raw.isdigit() else 0, platform=message.platform, sender=message.sender
    ).first()
    if question is not None:
        add_to_tip(question)
    return [Reply(text=_("Thank you. We have passed your question to the Cek Fakta team."))]


def handle_message(message: IncomingMessage) -> list[Reply]:
    with translation.override(settings.LANGUAGE_CODE):
        if (message.button_payload or "").startswith(NOT_HELPFUL):
            return _not_helpful(message)
        answer = current_matcher().answer(message.text)
        if answer.kind in ("help", "thanks"):
            return replies_for(answer)
        question = record_question(message, [match.entry.page_id for match in answer.matches])
        if answer.kind == "no_match":
            add_to_tip(question)
        return replies_for(answer, question.pk)

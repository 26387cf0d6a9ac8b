"""Tell the editor, right after saving, that the newsroom checks found something.

The findings themselves are shown next to their fields when the editor lands back
on the story (see ``editor``); this message makes sure they look.
"""

from __future__ import annotations

from django.contrib import messages
from django.utils.translation import ngettext
from wagtail import hooks

from .api import review
from .convert import story_text_from_article

STORY_MODEL = "newsroom.ArticlePage"


def _report_findings(request, page) -> None:
    page = getattr(page, "specific", page)
    if page._meta.label != STORY_MODEL or request.headers.get("Accept") == "application/json":
        return
    findings = review(story_text_from_article(page))
    if not findings:
        return
    blocking = sum(1 for finding in findings if finding.severity == "blocking")
    text = ngettext(
        "Newsroom checks found %(count)s problem; see the note next to its field.",
        "Newsroom checks found %(count)s problems; see the notes next to their fields.",
        len(findings),
    ) % {"count": len(findings)}
    if blocking:
        text += " " + ngettext(
            "%(count)s of them blocks publishing.",
            "%(count)s of them block publishing.",
            blocking,
        ) % {"count": blocking}
    messages.warning(request, text)


@hooks.register("after_edit_page")
def findings_after_edit(request, page):
    _report_findings(request, page)


@hooks.register("after_create_page")
def findings_after_create(request, page):
    _report_findings(request, page)

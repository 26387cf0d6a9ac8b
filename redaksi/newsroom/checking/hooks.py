"""The newsroom checks in Wagtail's admin, beyond the edit form.

Right after a save, a message makes sure the editor looks at the findings shown
next to their fields (see ``editor``). The explorer's bulk "Publish" is refused
while a selected story (or a draft it would publish below a section) has a
blocking finding (see ``guards``), and so is the workflow's "Approve" from the
dashboard, through the stories' page viewset.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageViewSet

from . import guards, review_article
from .views import CheckedWorkflowActionView


def _report_findings(request, page) -> None:
    page = getattr(page, "specific", page)
    if not guards.is_story(page) or request.headers.get("Accept") == "application/json":
        return
    findings = review_article(page)
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


@hooks.register("before_bulk_action")
def hold_bulk_publish_of_blocked_stories(request, action_type, objects, action):
    if action_type != "publish":
        return None
    pages = list(objects)
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().not_live().specific())
    held = guards.held_stories(pages)
    if not held:
        return None
    messages.error(request, guards.refusal(held))
    return redirect(action.next_url)


class CheckedStoryViewSet(PageViewSet):
    """Stories as Wagtail shows them, with the workflow's "Approve" held by blocking findings."""

    workflow_action_view_class = CheckedWorkflowActionView


@hooks.register("register_admin_viewset")
def register_checked_story_views():
    return CheckedStoryViewSet("newsroom_stories", model=apps.get_model(guards.STORY_MODEL))

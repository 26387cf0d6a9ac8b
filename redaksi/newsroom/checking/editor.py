"""The checks in the Wagtail story editor.

Saving a draft always works: the editor's text is never lost to a check. Blocking
findings refuse publishing, scheduling, submitting for review and approving from
the edit screen, with the message on the field it concerns; every finding,
blocking or not, is also shown above its field whenever the story is opened,
so warnings stay visible after a save.
"""

from __future__ import annotations

from typing import Any

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

from redaksi.checks.api import Finding

from . import review_story
from .convert import story_text_from_article, story_text_from_form

# Buttons of Wagtail's edit form that make a story public or hand it on for that.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-workflow-action")


def publishing_requested(data: Any) -> bool:
    if data.get("action-workflow-action") and data.get("workflow-action-name") not in (
        "approve",
        "",
        None,
    ):
        return False
    return any(data.get(action) for action in PUBLISHING_ACTIONS)


def _where(finding: Finding) -> str:
    if finding.page is None:
        return ""
    return gettext("page %(page)s") % {"page": finding.page + 1}


def _side_by_side(finding: Finding) -> str:
    """Drift from the source: the source's wording beside the draft's."""
    if not finding.source_excerpt:
        return ""
    return format_html(
        '<span class="redaksi-check__compare" style="display:grid;'
        'grid-template-columns:1fr 1fr;gap:.5rem;margin-top:.25rem">'
        "<span><em>{}</em> <q>{}</q></span><span><em>{}</em> <q>{}</q></span></span>",
        gettext("Source:"),
        finding.source_excerpt,
        gettext("Draft:"),
        finding.excerpt,
    )


def annotate(form: Any, findings: list[Finding]) -> None:
    """Put each finding above its field, after the field's own help text."""
    by_field: dict[str, list[Finding]] = {}
    for finding in findings:
        field = finding.field if finding.field in form.fields else "title"
        if field in form.fields:
            by_field.setdefault(field, []).append(finding)
    for name, found in by_field.items():
        field = form.fields[name]
        original = getattr(field, "_help_before_checks", field.help_text)
        field._help_before_checks = original
        items = format_html_join(
            "",
            '<li class="redaksi-check redaksi-check--{}" data-check="{}">'
            "<strong>{}</strong> {}{}{}</li>",
            (
                (
                    finding.severity,
                    finding.check,
                    gettext("Blocks publishing:")
                    if finding.severity == "blocking"
                    else gettext("Newsroom check:"),
                    finding.message,
                    f" ({_where(finding)})" if _where(finding) else "",
                    _side_by_side(finding),
                )
                for finding in found
            ),
        )
        field.help_text = format_html(
            '{}<ul class="redaksi-checks" aria-label="{}">{}</ul>',
            original,
            gettext("Newsroom checks"),
            items,
        )


def check_stored_story(form: Any) -> list[Finding]:
    """Findings for the version an editor opens, shown next to the fields."""
    findings = review_story(story_text_from_article(form.instance))
    annotate(form, findings)
    return findings


def check_submitted_story(form: Any) -> list[Finding]:
    """Findings for what the editor submitted; blocking ones refuse publishing."""
    findings = review_story(story_text_from_form(form))
    if publishing_requested(form.data):
        for finding in findings:
            if finding.severity != "blocking":
                continue
            field = finding.field if finding.field in form.fields else None
            form.add_error(
                field,
                gettext("%(message)s Not published; your text is kept in the form.")
                % {"message": finding.message},
            )
    refused = publishing_requested(form.data)
    annotate(form, [f for f in findings if f.severity != "blocking" or not refused])
    return findings

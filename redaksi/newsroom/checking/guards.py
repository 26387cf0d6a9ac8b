"""Blocking findings hold on every way a story can be published from the admin.

The edit form refuses publishing itself (see ``editor``). Wagtail has two more
ways that never show that form: the page explorer's bulk "Publish" (an imported
draft could go live from there without anyone opening it) and "Approve" from the
dashboard's review panel. Both are refused here, before anything is written,
with the stories and the reason in the message.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext, ngettext

from redaksi.checks.api import Finding

from . import review_article

STORY_MODEL = "newsroom.ArticlePage"


def is_story(page: Any) -> bool:
    return getattr(page, "_meta", None) is not None and page._meta.label == STORY_MODEL


def _version_to_publish(page: Any) -> Any | None:
    """The version of ``page`` that publishing would put live, or None for other pages."""
    page = getattr(page, "specific", page)
    if not is_story(page):
        return None
    return page.get_latest_revision_as_object() if page.pk else page


def _blocking(version: Any) -> list[Finding]:
    return [f for f in review_article(version) if f.severity == "blocking"]


def blocking_findings(page: Any) -> list[Finding]:
    """Blocking findings on the version of ``page`` that publishing would put live."""
    version = _version_to_publish(page)
    return [] if version is None else _blocking(version)


def refusal(held: dict[str, list[Finding]]) -> str:
    """One message naming each held story with its first blocking finding."""
    lines = "; ".join(f"“{title}”: {findings[0].message}" for title, findings in held.items())
    return ngettext(
        "Not published: %(count)s story has a finding that blocks publishing. %(stories)s Open it, "
        "correct it, then publish.",
        "Not published: %(count)s stories have findings that block publishing. %(stories)s Open "
        "them, correct them, then publish.",
        len(held),
    ) % {"count": len(held), "stories": lines}


def held_stories(pages: Iterable[Any]) -> dict[str, list[Finding]]:
    """The stories among ``pages`` that may not go live, by their latest headline."""
    held = {}
    for page in pages:
        version = _version_to_publish(page)
        if version is not None and (findings := _blocking(version)):
            held[version.title] = findings
    return held


def approval_refusal(page: Any) -> str | None:
    """Why approving ``page`` is refused, or None when it may go on."""
    findings = blocking_findings(page)
    if not findings:
        return None
    return gettext(
        "Not approved: %(message)s Correct the story in the editor, then approve it again."
    ) % {"message": findings[0].message}

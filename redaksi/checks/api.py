"""What other desks may ask the newsroom checks.

``review(story)`` runs every registered check on a ``StoryText`` and returns
findings with the severity the newsroom configured (``REDAKSI_CHECK_SEVERITIES``).
The editor's form, the ``redaksi check FILE`` command and the import preview
all go through here, so a story is judged the same way wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .rules import Context, claims, dates, drift, entities, figures, length, media, spelling
from .story import Finding, MediaCue, Severity, StoryBlock, StoryPage, StoryText

__all__ = [
    "CHECKS",
    "Check",
    "Finding",
    "MediaCue",
    "Severity",
    "StoryBlock",
    "StoryPage",
    "StoryText",
    "review",
    "severities",
]


@dataclass(frozen=True)
class Check:
    code: str
    title: str | Promise
    severity: Severity
    run: Callable[[Context], list[Finding]]


CHECKS: dict[str, Check] = {
    check.code: check
    for check in (
        Check(
            "headline_entity_missing",
            _("Headline names someone or somewhere the story does not"),
            "blocking",
            entities.headline_entity_missing,
        ),
        Check(
            "spelling_variants",
            _("One name spelled two ways"),
            "warning",
            spelling.spelling_variants,
        ),
        Check(
            "weekday_date_mismatch",
            _("Weekday does not match its date"),
            "warning",
            dates.weekday_date_mismatch,
        ),
        Check("duplicate_caption", _("Caption used twice"), "warning", media.duplicate_caption),
        Check(
            "photo_without_credit",
            _("Photo without credit"),
            "warning",
            media.photo_without_credit,
        ),
        Check(
            "wire_without_attribution",
            _("Wire named without attribution"),
            "warning",
            media.wire_without_attribution,
        ),
        Check(
            "media_cue_without_media",
            _("Announced media is missing"),
            "warning",
            media.media_cue_without_media,
        ),
        Check(
            "headline_tense",
            _("Headline states as done what the story says is planned or claimed"),
            "warning",
            claims.headline_tense,
        ),
        Check(
            "number_mismatch",
            _("A figure the body contradicts"),
            "warning",
            figures.number_mismatch,
        ),
        Check(
            "source_drift",
            _("Names, figures or quotations changed from the source"),
            "warning",
            drift.source_drift,
        ),
        Check(
            "headline_too_long",
            _("Headline too long for search results"),
            "warning",
            length.headline_too_long,
        ),
        Check(
            "lede_too_long",
            _("Lede too long for chat previews"),
            "warning",
            length.lede_too_long,
        ),
    )
}


def severities(overrides: dict[str, str] | None = None) -> dict[str, Severity]:
    """Each check's severity: its default, then the setting, then ``overrides``."""
    chosen: dict[str, Severity] = {code: check.severity for code, check in CHECKS.items()}
    for source in (getattr(settings, "REDAKSI_CHECK_SEVERITIES", {}) or {}, overrides or {}):
        for code, severity in source.items():
            if code not in CHECKS:
                raise ValueError(f"unknown newsroom check {code!r}; known: {sorted(CHECKS)}")
            if severity not in ("warning", "blocking"):
                raise ValueError(f"severity of {code!r} must be 'warning' or 'blocking'")
            chosen[code] = severity
    return chosen


def review(
    story: StoryText,
    *,
    severities: dict[str, str] | None = None,
    now: datetime | None = None,
    known_names: tuple[list[str], list[str]] | None = None,
) -> list[Finding]:
    """Every finding of every check on ``story``, blocking ones first.

    ``known_names`` are the names the caller vouches for, as (tag names, author
    names): the newsroom passes its own; without them only the gazetteer and the
    story's own names are known.
    """
    chosen = _severities(severities)
    context = Context(story, now or timezone.now(), known_names)
    findings = []
    for code, check in CHECKS.items():
        for finding in check.run(context):
            findings.append(replace(finding, check=code, severity=chosen[code]))
    return sorted(findings, key=lambda f: f.severity != "blocking")


_severities = severities

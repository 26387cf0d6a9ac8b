"""What other desks (and the demo) may ask the Cek Fakta desk."""

from collections.abc import Iterable
from datetime import date
from typing import TypedDict

from django.conf import settings
from django.db import transaction
from django.utils import translation

from redaksi.newsroom import api as newsroom

from .index import current_matcher
from .matching.matcher import Answer
from .models import ClaimAppearance, FactCheckPage, FactCheckReference, Verdict
from .permissions import grant_desk_permissions
from .tipline import replies_for


class Appearance(TypedDict, total=False):
    platform: str
    url: str
    seen_on: date | None


def verdict(slug: str) -> Verdict:
    return Verdict.objects.get(slug=slug)


def create_fact_check_draft(
    section: newsroom.SectionPage,
    *,
    headline: str,
    lede: str,
    claim: str,
    verdict: Verdict | None,
    conclusion: str,
    authors: list,
    findings: list[newsroom.StoryPageData],
    appearances: Iterable[Appearance] = (),
    references: Iterable[tuple[str, str]] = (),
    spread_by: str = "",
    source_url: str = "",
    wire_source: str = "",
    dateline: str = "",
    lead_image=None,
    lead_caption: str = "",
    lead_credit: str = "",
    tags: Iterable[str] = (),
    slug: str | None = None,
    actor=None,
) -> FactCheckPage:
    """A fact-check draft in ``section``: a newsroom story with claim, appearances and verdict."""
    appearance_rows = [
        ClaimAppearance(
            platform=item.get("platform") or "other",
            url=item.get("url") or "",
            seen_on=item.get("seen_on"),
            sort_order=order,
        )
        for order, item in enumerate(appearances)
    ]
    reference_rows = [
        FactCheckReference(title=title, url=url, sort_order=order)
        for order, (title, url) in enumerate(references)
    ]

    def attach(page: FactCheckPage) -> None:
        page.appearances = appearance_rows
        page.references = reference_rows

    with transaction.atomic():
        return newsroom.create_article_draft(
            section,
            headline=headline,
            lede=lede,
            authors=authors,
            pages=findings,
            wire_source=wire_source,
            dateline=dateline,
            lead_image=lead_image,
            lead_caption=lead_caption,
            lead_credit=lead_credit,
            tags=tags,
            slug=slug,
            actor=actor,
            story_type=FactCheckPage,
            fields={
                "claim": claim,
                "verdict": verdict,
                "conclusion": conclusion,
                "spread_by": spread_by,
                "source_url": source_url,
            },
            prepare=attach,
        )


def fact_check_section(site) -> newsroom.SectionPage | None:
    return newsroom.find_section(site, settings.REDAKSI_FACTCHECK_SECTION)


def ask(text: str, *, wait_for_model: bool = True) -> tuple[Answer, list]:
    """What the tipline would answer to ``text``: the match and the replies, nothing recorded."""
    answer = current_matcher(wait_for_model=wait_for_model).answer(text)
    with translation.override(settings.LANGUAGE_CODE):
        return answer, replies_for(answer, question_id=0)


__all__ = [
    "Appearance",
    "FactCheckPage",
    "Verdict",
    "ask",
    "create_fact_check_draft",
    "fact_check_section",
    "grant_desk_permissions",
    "verdict",
]

"""Partners' fact-checks from ClaimReview JSON, as fact-checks credited to them.

A file may hold one ClaimReview object, a list of them, an object with a
"@graph", or an HTML page carrying them in JSON-LD script tags. Each record is
imported or refused on its own, with the reason; the same URL twice updates
nothing and creates nothing (idempotent by the review's URL).
"""

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from redaksi.newsroom import api as newsroom

from .api import create_fact_check_draft, fact_check_section
from .models import FactCheckPage, Verdict

_JSON_LD = re.compile(
    r"<script[^>]+type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.S | re.I
)


@dataclass
class Outcome:
    source: str
    url: str
    status: str  # "imported" | "exists" | "error"
    detail: str = ""


def claim_reviews_in(text: str) -> list:
    """Every ClaimReview in a JSON document or in an HTML page's JSON-LD.

    A record without "@type" but with "claimReviewed" counts too: partners'
    exports often leave the type out.
    """
    stripped = text.lstrip()
    blobs = [stripped] if stripped[:1] in "[{" else _JSON_LD.findall(text)
    found: list = []

    def visit(item) -> None:
        if isinstance(item, list):
            for element in item:
                visit(element)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if "ClaimReview" in kinds or ("@type" not in item and "claimReviewed" in item):
                found.append(item)
                return
            for key in ("@graph", "mainEntity", "review", "hasPart"):
                if key in item:
                    visit(item[key])

    for blob in blobs:
        visit(json.loads(blob))
    return found


def _name(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        return str(value.get("name") or "").strip()
    return str(value or "").strip()


def map_verdict(rating_text: str, verdicts: list[Verdict]) -> Verdict | None:
    """Our verdict for a partner's rating words: by name, slug, or a listed partner word."""
    wanted = " ".join(rating_text.lower().split())
    if not wanted:
        return None
    for verdict in verdicts:
        words = {verdict.name.lower(), verdict.slug.replace("-", " ")}
        words |= {w.strip().lower() for w in verdict.partner_terms.splitlines() if w.strip()}
        if wanted in words:
            return verdict
    for verdict in verdicts:  # "Salah / False" and similar compound labels
        for word in [verdict.name.lower(), *verdict.partner_terms.lower().splitlines()]:
            if word.strip() and re.search(rf"\b{re.escape(word.strip())}\b", wanted):
                return verdict
    return None


def _date(value) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _published_at(value) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(str(value)[:10]), datetime.min.time())
        except ValueError:
            return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return min(moment, timezone.now())


def publisher_author(site, publisher: str, actor):
    """The byline for a partner's fact-check: an author profile named after the partner."""
    existing = newsroom.find_author_named(publisher)
    if existing is not None:
        return existing
    index = newsroom.create_author_index(site.root_page, actor=actor)
    return newsroom.create_author(
        index, name=publisher, slug=slugify(publisher)[:60] or "mitra", actor=actor
    )


def import_record(record: dict, *, site, actor, verdicts: list[Verdict]) -> Outcome:
    url = str(record.get("url") or "").strip() if isinstance(record, dict) else ""
    if not isinstance(record, dict):
        return Outcome("", "", "error", _("not an object"))
    if not url.startswith(("http://", "https://")):
        return Outcome("", url, "error", _("no url"))
    if FactCheckPage.objects.filter(source_url=url).exists():
        return Outcome("", url, "exists")
    claim = str(record.get("claimReviewed") or "").strip()
    if not claim:
        return Outcome("", url, "error", _("no claimReviewed"))
    rating = record.get("reviewRating") or {}
    rating_text = _name(rating.get("alternateName") if isinstance(rating, dict) else rating)
    verdict = map_verdict(rating_text, verdicts)
    if verdict is None:
        return Outcome(
            "", url, "error", _("rating %(rating)r matches no verdict") % {"rating": rating_text}
        )
    publisher = _name(record.get("author")) or _name(record.get("publisher"))
    if not publisher:
        return Outcome("", url, "error", _("no author (publisher)"))
    item = record.get("itemReviewed") if isinstance(record.get("itemReviewed"), dict) else {}
    appearances = []
    for appearance in (item.get("appearance") or item.get("firstAppearance") or []) if item else []:
        if isinstance(appearance, dict) and appearance.get("url"):
            appearances.append(
                {
                    "platform": "other",
                    "url": str(appearance["url"]),
                    "seen_on": _date(appearance.get("datePublished")),
                }
            )
    if isinstance(item.get("appearance") if item else None, dict):
        appearances.append(
            {"platform": "other", "url": str(item["appearance"].get("url", "")), "seen_on": None}
        )
    headline = str(record.get("name") or record.get("headline") or claim)[:250]
    section = fact_check_section(site)
    if section is None:
        return Outcome("", url, "error", _("no Cek Fakta section"))
    with transaction.atomic():
        draft = create_fact_check_draft(
            section,
            headline=headline,
            lede=str(record.get("description") or claim)[:500],
            claim=claim[:2000],
            verdict=verdict,
            conclusion=str(record.get("reviewBody") or rating_text)[:3000],
            authors=[publisher_author(site, publisher[:150], actor)],
            findings=[
                {
                    "title": "",
                    "blocks": [
                        ("paragraph", f"<p>{escape(str(record.get('reviewBody') or claim))}</p>")
                    ],
                }
            ],
            appearances=appearances,
            spread_by=_name(item.get("author")) if item else "",
            source_url=url,
            wire_source=publisher[:150],
            actor=actor,
        )
        newsroom.publish_article(draft, actor=actor, at=_published_at(record.get("datePublished")))
    return Outcome("", url, "imported", headline)


def import_files(paths: list[Path], *, site, actor) -> list[Outcome]:
    verdicts = list(Verdict.objects.all())
    outcomes: list[Outcome] = []
    for path in paths:
        try:
            records = claim_reviews_in(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            outcomes.append(
                Outcome(str(path), "", "error", _("unreadable: %(error)s") % {"error": exc})
            )
            continue
        if not records:
            outcomes.append(Outcome(str(path), "", "error", _("no ClaimReview found")))
        for number, record in enumerate(records, start=1):
            try:
                outcome = import_record(record, site=site, actor=actor, verdicts=verdicts)
            except Exception as exc:  # one bad record must not stop the others
                outcome = Outcome(
                    "",
                    str(record.get("url", "")) if isinstance(record, dict) else "",
                    "error",
                    str(exc),
                )
            outcome.source = f"{path}#{number}"
            outcomes.append(outcome)
    return outcomes

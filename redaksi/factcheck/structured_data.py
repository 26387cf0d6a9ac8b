"""ClaimReview JSON-LD: how search engines and fact-check aggregators read a verdict.

Follows schema.org/ClaimReview: the claim as circulated (claimReviewed), the
verdict as a Rating whose alternateName is our label, and the claim itself as
a Claim with where it appeared and who spread it.
"""

from django.http import HttpRequest

from redaksi.core import dates
from redaksi.core.site import publisher_name, site_zone

BEST_RATING, WORST_RATING = 5, 1


def claim_review(page, request: HttpRequest) -> dict:
    zone = site_zone(request)
    url = request.build_absolute_uri(page.get_url(request))
    organization = {
        "@type": "Organization",
        "name": page.wire_source or publisher_name(request),
        "url": request.build_absolute_uri("/") if not page.wire_source else page.source_url,
    }
    appearances = [
        {"@type": "CreativeWork", "url": appearance.url}
        | ({"datePublished": appearance.seen_on.isoformat()} if appearance.seen_on else {})
        for appearance in page.appearances.all()
        if appearance.url
    ]
    claim = {"@type": "Claim", "appearance": appearances}
    if page.spread_by:
        claim["author"] = {"@type": "Person", "name": page.spread_by}
    first_seen = [a.seen_on for a in page.appearances.all() if a.seen_on]
    if first_seen:
        claim["datePublished"] = min(first_seen).isoformat()
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": page.claim,
        "datePublished": dates.iso_datetime(page.first_published_at, zone),
        "author": organization,
        "itemReviewed": claim,
    }
    if page.verdict is not None:
        data["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": page.verdict.rating,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": page.verdict.name,
        }
    return data

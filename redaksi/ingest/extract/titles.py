"""Headlines without the portal's name around them.

Portals print their name beside the headline in ``<title>`` and often in
``og:title`` too: "Portal.com: Headline", "Headline - Portal.com Regional",
"Headline - Health :: Portal Lifestyle", "Headline | Section | Portal ::
Tagline". The name is known from ``og:site_name``, the page's domain and the
portals we know, so any part of the title beside a separator that carries it
goes, with the short section names standing between it and the headline.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .text import PORTAL_NAMES, normalize

_SEPARATOR = re.compile(r"(\s+[|–—•-]\s+|\s*::\s*|\s*\|\s*|:\s+)")
_PAGE_SUFFIX = re.compile(r"\s*[-|:–—]?\s*\b(?:halaman|hal\.|page)\s*\d{1,2}\s*$", re.IGNORECASE)
# Second-level labels that name no portal: "co" in example.co.id, "www".
_NOT_BRANDS = {"www", "m", "co", "or", "ac", "go", "web", "my", "com", "net", "org", "id", "news"}
# A section name between the headline and the portal's name is a word or two ("Health").
_SECTION_WORDS = 3


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def brand_keys(site_name: str, url: str) -> set[str]:
    """The portal's name as it may appear in a title: site name, domain label, known names."""
    keys = {_key(name.split(".")[0]) for name in PORTAL_NAMES}
    if site_name:
        keys.add(_key(re.sub(r"\.(?:com|co\.id|id|net|co)\b.*$", "", site_name, flags=re.I)))
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".") if label not in _NOT_BRANDS]
    if labels:
        keys.add(_key(labels[-1]))  # regional.kompas.com → kompas, republika.co.id → republika
    return {key for key in keys if len(key) >= 3}


def _is_brand(segment: str, keys: set[str]) -> bool:
    seg = _key(segment)
    return bool(seg) and any(key in seg for key in keys)


def strip_site_name(headline: str, site_name: str = "", url: str = "") -> str:
    """The headline without the portal's name (and the section beside it), or as it was."""
    headline = normalize(headline)
    keys = brand_keys(site_name, url)
    parts = _SEPARATOR.split(headline)
    segments, separators = parts[0::2], parts[1::2]
    if len(segments) > 1:
        # "Portal.com: Headline" — the name first, then the headline.
        if _is_brand(segments[0], keys) and len(segments[0].split()) <= 4:
            segments, separators = segments[1:], separators[1:]
    if len(segments) > 1:
        brand_at = next((i for i in range(1, len(segments)) if _is_brand(segments[i], keys)), None)
        if brand_at is not None:
            end = brand_at
            # "Headline - Health :: Portal Lifestyle": the section goes too; a colon is the
            # headline's own ("Indonesia Can Learn from Finland: Minister").
            while (
                end > 1
                and len(segments[end - 1].split()) <= _SECTION_WORDS
                and separators[end - 2].strip() != ":"
            ):
                end -= 1
            segments, separators = segments[:end], separators[: end - 1]
    result = segments[0]
    for sep, seg in zip(separators, segments[1:], strict=False):
        result += sep + seg
    result = normalize(result) or headline
    # A later page of a story calls itself "<headline> Halaman 2"; the story's headline has no page.
    return _PAGE_SUFFIX.sub("", result) or result


def without_section(headline: str, others: list[str]) -> str:
    """The headline without a section word that another of the page's titles does not carry.

    "Musik - Bikin Gaduh Kota" in og:title and "Bikin Gaduh Kota" in <title>: the
    shorter is the headline, the extra words (set off by a separator) the section.
    """
    for other in others:
        if len(other.split()) < 4 or other == headline or other not in headline:
            continue
        before, _, after = headline.partition(other)
        extra = [part for part in (before, after) if part.strip()]
        if len(extra) != 1 or not _SEPARATOR.search(extra[0]):
            continue
        if len(_SEPARATOR.sub(" ", extra[0]).split()) <= _SECTION_WORDS:
            return other
    return headline

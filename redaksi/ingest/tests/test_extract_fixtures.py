"""Each fixture page, shaped like one portal's real markup, gives the story an editor expects.

The expected fields live beside the pages (``<name>.expected.json``) and are the
same ones bench/ingest/accuracy.py scores, so a regression shows up here first.
"""

import json
from pathlib import Path

import pytest

from redaksi.ingest.extract import extract_document, merge_pages

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
EXPECTED = sorted(PAGES.glob("*.expected.json"))


def observed(story) -> dict:
    data = story.to_json()
    lead = story.lead_image
    blocks = [b for page in story.pages for b in page.blocks]
    return {
        **data,
        "lead_image_caption": lead.caption if lead else "",
        "lead_image_credit": lead.credit if lead else "",
        "page_titles": [page.title for page in story.pages],
        "paragraph_count": len(story.paragraphs),
        "first_paragraph": story.paragraphs[0] if story.paragraphs else "",
        "related_urls": [b.url for b in blocks if b.kind == "related"],
        "videos": [b.url for b in blocks if b.kind == "video"],
        "media_cues": [r.media_follows for r in story.removed if r.reason == "media-cue"],
    }


def test_there_are_fixtures_for_every_portal_shape():
    names = {path.name.removesuffix(".expected.json") for path in EXPECTED}
    portals = {"liputan6", "detik", "kompas", "tempo", "antara", "cnnindonesia"}
    assert portals | {"generic-og", "microdata"} <= names
    assert len([n for n in names if n.endswith("-capture")]) >= 3


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_fixture_page_gives_the_expected_story(path):
    expected = json.loads(path.read_text("utf-8"))
    urls = expected.get("urls") or [""] * len(expected["files"])
    stories = [
        extract_document((PAGES / name).read_bytes(), url=url, filename=name)
        for name, url in zip(expected["files"], urls, strict=True)
    ]
    got = observed(merge_pages(*stories))
    for field, value in expected["fields"].items():
        assert got[field] == value, field
    # Nothing the portal wraps around the story leaks into the body.
    body = got and "\n".join(merge_pages(*stories).paragraphs)
    for furniture in ("ADVERTISEMENT", "Baca juga", "Simak Video", "WhatsApp Channel", "(asp/idh)"):
        assert furniture not in body

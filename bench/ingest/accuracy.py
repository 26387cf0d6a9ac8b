"""Importer field accuracy on our own fixture pages.

Every fixture page in redaksi/ingest/tests/fixtures/pages/ has a
``<name>.expected.json`` naming the source files (several for a paged story),
the URL it was saved from, and the fields an editor would want. This script
extracts each story the way ``redaksi import`` does and prints, per field, how
many fixtures came out exactly right.

    uv run python bench/ingest/accuracy.py [--verbose]
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "redaksi" / "ingest" / "tests" / "fixtures" / "pages"
FIELDS = (
    "headline", "lede", "authors", "published_at", "updated_at", "source_time_zone", "section",
    "tags", "dateline", "wire_source", "source_name", "lead_image_caption", "lead_image_credit",
    "page_titles", "paragraph_count", "first_paragraph", "related_urls", "videos", "media_cues",
)  # fmt: skip


def observed(story) -> dict:
    """The comparable view of an ExtractedStory (same keys as the expected JSON)."""
    data = story.to_json()
    lead = story.lead_image
    blocks = [b for page in story.pages for b in page.blocks]
    return {
        **{k: data[k] for k in FIELDS if k in data},
        "lead_image_caption": lead.caption if lead else "",
        "lead_image_credit": lead.credit if lead else "",
        "page_titles": [page.title for page in story.pages],
        "paragraph_count": len(story.paragraphs),
        "first_paragraph": story.paragraphs[0] if story.paragraphs else "",
        "related_urls": [b.url for b in blocks if b.kind == "related"],
        "videos": [b.url for b in blocks if b.kind == "video"],
        "media_cues": [r.media_follows for r in story.removed if r.reason == "media-cue"],
    }


def extract_fixture(expected: dict):
    from redaksi.ingest.extract import extract_document, merge_pages

    stories = []
    for i, name in enumerate(expected["files"]):
        path = PAGES / name
        url = expected.get("urls", [""] * len(expected["files"]))[i]
        stories.append(extract_document(path.read_bytes(), url=url, filename=name))
    return merge_pages(*stories)


def load_expected() -> list[tuple[str, dict]]:
    return [
        (path.name.removesuffix(".expected.json"), json.loads(path.read_text("utf-8")))
        for path in sorted(PAGES.glob("*.expected.json"))
    ]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.test")
    import django

    django.setup()
    verbose = "--verbose" in argv
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for name, expected in load_expected():
        got = observed(extract_fixture(expected))
        for field in FIELDS:
            if field not in expected["fields"]:
                continue
            total[field] += 1
            if got[field] == expected["fields"][field]:
                right[field] += 1
            elif verbose:
                print(
                    f"{name}: {field}: expected {expected['fields'][field]!r}, got {got[field]!r}"
                )
    print(f"{'field':<20} {'right':>5} / {'all':<5} accuracy")
    for field in FIELDS:
        if total[field]:
            share = right[field] / total[field]
            print(f"{field:<20} {right[field]:>5} / {total[field]:<5} {share:6.0%}")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"{'all fields':<20} {all_right:>5} / {all_total:<5} {all_right / all_total:6.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

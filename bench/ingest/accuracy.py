"""Importer field accuracy on our fixture pages and on a held-out set.

Two sets of pages, each page with a ``<name>.expected.json`` naming the source
files (several for a paged story), the URL it was saved from, and the fields an
editor would want:

- ``fixtures``: redaksi/ingest/tests/fixtures/pages/, written while the
  extractor was built (a regression floor);
- ``heldout``: bench/ingest/heldout/, portals with no site rule, written
  without looking at the extractor's output (the rate on unseen pages).

This script extracts each story the way ``redaksi import`` does and prints, per
set, how many pages came out exactly right field by field.

    uv run python bench/ingest/accuracy.py [fixtures|heldout|all] [--set NAME] [--verbose]
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "fixtures": ROOT / "redaksi" / "ingest" / "tests" / "fixtures" / "pages",
    "heldout": ROOT / "bench" / "ingest" / "heldout",
}
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


def extract_fixture(expected: dict, folder: Path):
    from redaksi.ingest.extract import extract_document, merge_pages

    stories = []
    for i, name in enumerate(expected["files"]):
        path = folder / name
        url = expected.get("urls", [""] * len(expected["files"]))[i]
        stories.append(extract_document(path.read_bytes(), url=url, filename=name))
    return merge_pages(*stories)


def load_expected(folder: Path) -> list[tuple[str, dict]]:
    return [
        (path.name.removesuffix(".expected.json"), json.loads(path.read_text("utf-8")))
        for path in sorted(folder.glob("*.expected.json"))
    ]


def chosen_sets(argv: list[str]) -> list[str]:
    """The sets named by ``--set NAME``, ``--set=NAME`` or a bare name; both by default."""
    names = []
    for i, arg in enumerate(argv):
        if arg.startswith("--set="):
            names.append(arg.split("=", 1)[1])
        elif arg == "--set" and i + 1 < len(argv):
            names.append(argv[i + 1])
        elif not arg.startswith("-") and (i == 0 or argv[i - 1] != "--set"):
            names.append(arg)
    if not names or "all" in names:
        return list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise SystemExit(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)} or all")
    return names


def score(name: str, verbose: bool) -> None:
    folder = SETS[name]
    pages = load_expected(folder)
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    print(f"## {name}: {len(pages)} stories in {folder.relative_to(ROOT)}")
    for page, expected in pages:
        got = observed(extract_fixture(expected, folder))
        for field in FIELDS:
            if field not in expected["fields"]:
                continue
            total[field] += 1
            if got[field] == expected["fields"][field]:
                right[field] += 1
            elif verbose:
                print(
                    f"{page}: {field}: expected {expected['fields'][field]!r}, got {got[field]!r}"
                )
    print(f"{'field':<20} {'right':>5} / {'all':<5} accuracy")
    for field in FIELDS:
        if total[field]:
            share = right[field] / total[field]
            print(f"{field:<20} {right[field]:>5} / {total[field]:<5} {share:6.0%}")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"{'all fields':<20} {all_right:>5} / {all_total:<5} {all_right / all_total:6.0%}")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.test")
    import django

    django.setup()
    verbose = "--verbose" in argv
    for i, name in enumerate(chosen_sets(argv)):
        if i:
            print()
        score(name, verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

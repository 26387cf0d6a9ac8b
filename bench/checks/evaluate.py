"""Precision and recall of each newsroom check on our own test stories.

Each story in ``corpus/`` and ``heldout/`` lists the checks that should fire on it;
the held-out set was written after the checks and never used to tune them.

    uv run python bench/checks/evaluate.py            # both sets
    uv run python bench/checks/evaluate.py heldout    # one set
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.test")


def load(name: str) -> list[dict]:
    stories = []
    for path in sorted((HERE / name).glob("*.json")):
        stories.extend(json.loads(path.read_text(encoding="utf-8")))
    return stories


def to_story(item: dict):
    from redaksi.checks.story import StoryBlock, StoryPage, StoryText

    blocks = [StoryBlock("paragraph", text) for text in item.get("paragraphs", [])]
    for image in item.get("images", []):
        blocks.append(StoryBlock("image", caption=image["caption"], credit=image["credit"]))
    for position in sorted(item.get("videos_after", []), reverse=True):
        blocks.insert(position + 1, StoryBlock("video", text="video", has_media=True))
    published = item.get("published_at")
    return StoryText(
        headline=item["headline"],
        lede=item.get("lede", ""),
        pages=[StoryPage("", blocks)],
        wire_source=item.get("wire_source", ""),
        has_lead_image=item.get("has_lead_image", False),
        lead_caption=item.get("lead_caption", ""),
        lead_credit=item.get("lead_credit", ""),
        published_at=datetime.fromisoformat(published).replace(hour=3, tzinfo=UTC)
        if published
        else datetime(2024, 3, 12, 3, tzinfo=UTC),
    )


def evaluate(name: str) -> None:
    from redaksi.checks.api import CHECKS, review

    stories = load(name)
    tally = {code: [0, 0, 0] for code in CHECKS}  # true pos, false pos, false neg
    misses = []
    for item in stories:
        found = {f.check for f in review(to_story(item), known_names=([], []))}
        expected = set(item["expected"])
        for code in CHECKS:
            if code in found and code in expected:
                tally[code][0] += 1
            elif code in found:
                tally[code][1] += 1
                misses.append(f"  {item['id']}: unexpected {code}")
            elif code in expected:
                tally[code][2] += 1
                misses.append(f"  {item['id']}: missed {code}")
    print(f"\n{name}: {len(stories)} stories")
    print("| check | expected | found | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    for code, (tp, fp, fn) in tally.items():
        precision = f"{tp / (tp + fp):.2f}" if tp + fp else "–"
        recall = f"{tp / (tp + fn):.2f}" if tp + fn else "–"
        print(f"| {code} | {tp + fn} | {tp + fp} | {precision} | {recall} |")
    if misses:
        print("\n".join(misses))


def main() -> None:
    import django

    django.setup()
    for name in sys.argv[1:] or ["corpus", "heldout"]:
        evaluate(name)


if __name__ == "__main__":
    main()

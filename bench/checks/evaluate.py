"""Precision and recall of each newsroom check on our own test stories.

Each story lists the checks that should fire on it. ``corpus/`` was written with
the first checks, ``heldout/`` after them. ``unseen/`` (issue 12) was written
before the rules it measures: every story carries one injected error and a
``twin`` (the same story corrected, given as the fields that change), so a
check's false alarms on clean copies are counted too. ``unseen/tuning.json``
may be looked at while working on the rules; ``unseen/heldout.json`` is run
once, at the end.

    uv run python bench/checks/evaluate.py                  # corpus, heldout, unseen-tuning
    uv run python bench/checks/evaluate.py unseen-heldout   # the untouched part, at the end
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

SETS = {
    "corpus": [HERE / "corpus"],
    "heldout": [HERE / "heldout"],
    "unseen-tuning": [HERE / "unseen" / "tuning.json"],
    "unseen-heldout": [HERE / "unseen" / "heldout.json"],
    "unseen-heldout2": [HERE / "unseen" / "heldout2.json"],
    "unseen-heldout3": [HERE / "unseen" / "heldout3.json"],
}
DEFAULT_SETS = ["corpus", "heldout", "unseen-tuning"]


def load(name: str) -> list[dict]:
    stories = []
    for location in SETS[name]:
        paths = sorted(location.glob("*.json")) if location.is_dir() else [location]
        for path in paths:
            for item in json.loads(path.read_text(encoding="utf-8")):
                stories.append(item)
                if "twin" in item:
                    twin = {k: v for k, v in item.items() if k != "twin"} | {"expected": []}
                    twin |= item["twin"]
                    twin["id"] = f"{item['id']}-twin"
                    twin["is_twin"] = True
                    stories.append(twin)
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
        dateline=item.get("dateline", ""),
        wire_source=item.get("wire_source", ""),
        has_lead_image=item.get("has_lead_image", False),
        lead_caption=item.get("lead_caption", ""),
        lead_credit=item.get("lead_credit", ""),
        source_text=item.get("source", ""),
        published_at=datetime.fromisoformat(published).replace(hour=3, tzinfo=UTC)
        if published
        else datetime(2024, 3, 12, 3, tzinfo=UTC),
    )


def evaluate(name: str, verbose: bool = False) -> None:
    from redaksi.checks.api import CHECKS, review

    stories = load(name)
    codes = list(CHECKS) + sorted(
        {code for item in stories for code in item["expected"]} - set(CHECKS)
    )
    tally = {code: [0, 0, 0] for code in codes}  # true pos, false pos, false neg
    twins = twin_alarms = 0
    notes = []
    for item in stories:
        findings = review(to_story(item), known_names=([], []))
        found = {f.check for f in findings}
        expected = set(item["expected"])
        if item.get("is_twin"):
            twins += 1
            twin_alarms += bool(found - expected)
        for code in codes:
            if code in found and code in expected:
                tally[code][0] += 1
            elif code in found:
                tally[code][1] += 1
                notes.append(f"  {item['id']}: unexpected {code}")
            elif code in expected:
                tally[code][2] += 1
                notes.append(f"  {item['id']}: missed {code}")
        if verbose:
            for f in findings:
                notes.append(f"    {item['id']} {f.check}: {f.message} [{f.excerpt}]")
    print(f"\n{name}: {len(stories)} stories")
    print("| check | expected | found | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    for code, (tp, fp, fn) in tally.items():
        if not tp + fp + fn:
            continue
        precision = f"{tp / (tp + fp):.2f}" if tp + fp else "–"
        recall = f"{tp / (tp + fn):.2f}" if tp + fn else "–"
        print(f"| {code} | {tp + fn} | {tp + fp} | {precision} | {recall} |")
    if twins:
        print(f"clean twins with a false alarm: {twin_alarms} of {twins}")
    if notes:
        print("\n".join(notes))


def main() -> None:
    import django

    django.setup()
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    for name in args or DEFAULT_SETS:
        evaluate(name, verbose="--verbose" in sys.argv)


if __name__ == "__main__":
    main()

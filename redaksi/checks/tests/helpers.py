"""Small stories for check tests, written for these tests in our own words."""

from datetime import UTC, datetime

from redaksi.checks.api import review
from redaksi.checks.story import StoryBlock, StoryPage, StoryText


def story(headline: str = "", lede: str = "", *paragraphs: str, **fields) -> StoryText:
    blocks = fields.pop("blocks", None) or [StoryBlock("paragraph", p) for p in paragraphs]
    fields.setdefault("published_at", datetime(2024, 3, 12, 3, 0, tzinfo=UTC))
    return StoryText(headline=headline, lede=lede, pages=[StoryPage("", blocks)], **fields)


def findings(text: StoryText, code: str | None = None, **kwargs):
    kwargs.setdefault("known_names", ([], []))
    found = review(text, **kwargs)
    return [f for f in found if code is None or f.check == code]

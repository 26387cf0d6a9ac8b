"""The newsroom checks, one small function each, grouped by what they look at.

Each check takes the story and a ``Context`` and returns findings; ``review``
in ``redaksi.checks.api`` gives each finding the severity the newsroom set.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from ..knowledge import Knowledge
from ..story import StoryText


@dataclass
class Place:
    """One piece of text in the story and where the editor finds it."""

    field: str
    text: str
    page: int | None = None
    block: int | None = None
    kind: str = "paragraph"


def places(story: StoryText, *, headline: bool = True, captions: bool = True) -> Iterator[Place]:
    """Every piece of text in reading order, with the form field it belongs to."""
    if headline and story.headline:
        yield Place("title", story.headline, kind="headline")
    if story.lede:
        yield Place("lede", story.lede, kind="lede")
    if captions and story.lead_caption:
        yield Place("lead_caption", story.lead_caption, kind="caption")
    for p, page in enumerate(story.pages):
        if page.title:
            yield Place("body", page.title, p, None, "subheading")
        for b, block in enumerate(page.blocks):
            if block.text and block.kind in ("paragraph", "quote", "subheading"):
                yield Place("body", block.text, p, b, block.kind)
            if captions and block.caption:
                yield Place("body", block.caption, p, b, "caption")


def excerpt(text: str, start: int, end: int, margin: int = 40) -> str:
    """The words around text[start:end], trimmed for a one-line message."""
    left = max(0, text.rfind(" ", 0, max(0, start - margin)) + 1) if start > margin else 0
    right = text.find(" ", end + margin)
    right = len(text) if right == -1 else right
    return ("…" if left else "") + text[left:right].strip() + ("…" if right < len(text) else "")


@dataclass
class Context:
    story: StoryText
    now: datetime
    extra_names: tuple[list, list] | None = None

    @cached_property
    def knowledge(self) -> Knowledge:
        return Knowledge.for_story(self.story, extra_names=self.extra_names)

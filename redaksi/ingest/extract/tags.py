"""Tags that belong to the story, not to the portal's trending list or a split lede.

Portals print their trending topics with the same markup as a story's tags,
put a byline into ``keywords`` ("Editor:Name"), or fill ``keywords`` with the
lede cut into single words. A story's own tags are about it, so most of them
appear in its headline, lede or text.
"""

from __future__ import annotations

import re

from ..story import ExtractedStory
from .text import normalize

_LABEL = re.compile(r"^(?:editor|penulis|reporter|author|redaktur|pewarta)\s*:", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _split_sentence(tags: list[str], text: str) -> bool:
    """Single-word tags that follow one another in the lede: a sentence cut into words."""
    singles = [t.casefold() for t in tags if len(t.split()) == 1]
    if len(tags) < 5 or len(singles) < 0.8 * len(tags):
        return False
    words = _words(text)
    pairs = set(zip(words, words[1:], strict=False))
    follow = sum(1 for a, b in zip(singles, singles[1:], strict=False) if (a, b) in pairs)
    return follow >= 0.5 * (len(singles) - 1)


def story_tags(story: ExtractedStory) -> list[str]:
    """The story's tags, without labels, split ledes or a trending list that is not about it."""
    tags = [t for t in (normalize(t) for t in story.tags) if t and not _LABEL.match(t)]
    text = " ".join([story.headline, story.lede, story.body_text])
    if _split_sentence(tags, " ".join([story.lede, story.headline, story.body_text[:600]])):
        return []
    words = set(_words(text))

    def about(tag: str) -> bool:
        return any(w in words for w in _words(tag) if len(w) >= 3)  # "KPU" counts

    matching = [t for t in tags if about(t)]
    # A list mostly about other things is the portal's trending list; keep what concerns us.
    return tags if len(matching) * 2 >= len(tags) else matching

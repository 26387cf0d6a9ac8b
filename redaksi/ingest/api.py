"""What other desks may ask the ingest desk.

Importing turns outside material into drafts (never published) with their
source kept; feed polling fills the ingest inbox. The scheduler, the portal
demo and future desks call these functions rather than the modules behind them.
"""

from __future__ import annotations

from redaksi.core.models import User
from redaksi.newsroom.api import ArticlePage

from .checking import story_text
from .duplicates import NearDuplicate, find_near_duplicate
from .importing import ImportRefused, ImportResult, import_story
from .story import ExtractedStory

__all__ = [
    "ExtractedStory",
    "ImportRefused",
    "ImportResult",
    "NearDuplicate",
    "import_story",
    "import_extracted",
    "near_duplicate_of",
    "poll_feeds_later",
    "poll_feeds_now",
    "story_text",
]


def import_extracted(
    story: ExtractedStory, *, source: str, actor: User | None = None, section: str = ""
) -> ImportResult:
    """Make ``story`` a draft under ``section`` (slug or name; default: the configured one).

    Returns the result with status "imported" or "already_imported"; raises
    ImportRefused, whose message is for the editor, when it cannot become a draft.
    """
    return import_story(story, source=source, actor=actor, section=section)


def near_duplicate_of(text: str) -> ArticlePage | None:
    """The story we already have whose body is nearly ``text``, if any."""
    found = find_near_duplicate(text)
    return found.article if found else None


def poll_feeds_later() -> None:
    """Queue polling of the wire feeds that are due (runs at once in the embedded profile)."""
    from .tasks import poll_feeds

    poll_feeds.enqueue()


def poll_feeds_now() -> dict[str, int]:
    """Poll the due feeds in this process; returns counts of feeds, new items and errors."""
    from .feeds import poll_due_feeds

    results = poll_due_feeds()
    return {
        "feeds": len(results),
        "new_items": sum(result.new_items for result in results),
        "errors": sum(1 for result in results if result.error),
    }

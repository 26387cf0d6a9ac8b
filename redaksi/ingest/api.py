"""What other desks may ask the ingest desk.

Importing turns outside material into drafts (never published) with their
source kept; feed polling fills the ingest inbox. The scheduler, the portal
demo and future desks call these functions rather than the modules behind them.
"""

from __future__ import annotations

from .checking import story_text
from .feeds import poll_due_feeds_counted
from .importing import ImportRefused, ImportResult, import_story
from .story import ExtractedStory
from .tasks import poll_feeds

__all__ = [
    "ExtractedStory",
    "ImportRefused",
    "ImportResult",
    "import_story",
    "poll_feeds_later",
    "poll_feeds_now",
    "story_text",
]


def poll_feeds_later() -> None:
    """Queue polling of the wire feeds that are due (runs at once in the embedded profile)."""
    poll_feeds.enqueue()


def poll_feeds_now() -> dict[str, int]:
    """Poll the due feeds in this process; returns counts of feeds, new items and errors."""
    return poll_due_feeds_counted()

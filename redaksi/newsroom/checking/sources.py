"""Where the newsroom gets the source an imported draft came from.

The newsroom knows no desk above it. The desk that imports stories registers a
function that answers "the source text of this draft" (plain text, "" when the
story was written here) through ``newsroom.api.register_draft_source``, and the
checks compare the draft with it (drift from the source).
"""

from __future__ import annotations

from collections.abc import Callable

DraftSource = Callable[[int], str]
_providers: list[DraftSource] = []


def register_draft_source(provider: DraftSource) -> None:
    """Called once by the importing desk, from its app's ``ready``."""
    if provider not in _providers:
        _providers.append(provider)


def source_text_for(page_id: int | None) -> str:
    """The kept source of draft ``page_id``, or "" when it was not imported."""
    if not page_id:
        return ""
    for provider in _providers:
        text = provider(page_id)
        if text:
            return text
    return ""

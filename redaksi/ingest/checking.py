"""An extracted story as the newsroom checks read it.

``redaksi check FILE`` and the import preview review outside material with
the same checks the editor runs on a draft; this converter is the only place
that knows both shapes.
"""

from redaksi.checks.api import MediaCue, StoryBlock, StoryPage, StoryText

from .models import ImportedStory
from .similarity import normalize
from .story import ExtractedStory


def story_text(story: ExtractedStory) -> StoryText:
    """``story`` as StoryText: media cues the extractor dropped travel along as MediaCue.

    A subheading that repeats the headline is left out, as the import leaves it
    out of the draft: it is the page's title, not part of the story.
    """
    headline = normalize(story.headline)
    pages = []
    dropped: dict[int, list[int]] = {}
    for number, page in enumerate(story.pages):
        blocks = []
        for index, block in enumerate(page.blocks):
            if block.kind == "subheading" and headline and normalize(block.text) == headline:
                dropped.setdefault(number, []).append(index)
                continue
            image = block.image
            blocks.append(
                StoryBlock(
                    kind=block.kind,
                    text=block.text,
                    caption=image.caption if image else "",
                    credit=image.credit if image else "",
                    # A text capture keeps a photo's caption but not its address: it was there.
                    has_media=bool(block.url or (block.kind == "image" and image)),
                )
            )
        pages.append(StoryPage(title=page.title, blocks=blocks))
    lead = story.lead_image
    return StoryText(
        headline=story.headline,
        lede=story.lede,
        pages=pages,
        dateline=story.dateline,
        wire_source=story.wire_source,
        has_lead_image=bool(lead and lead.url),
        lead_caption=lead.caption if lead else "",
        lead_credit=lead.credit if lead else "",
        lead_video_url=story.lead_video_url,
        published_at=story.published_at,
        tags=list(story.tags),
        authors=list(story.authors),
        media_cues=[
            MediaCue(
                text=removed.text,
                page=removed.page,
                position=removed.position
                - sum(1 for i in dropped.get(removed.page, ()) if i < removed.position),
                media_follows=removed.media_follows,
            )
            for removed in story.removed
            if removed.reason == "media-cue" or removed.media_follows is not None
        ],
    )


def source_text(fields: dict) -> str:
    """The kept source of an import (``ImportedStory.fields``) as plain text: lede and body."""
    parts = [fields.get("lede") or ""]
    for page in fields.get("pages") or []:
        for block in page.get("blocks") or []:
            if block.get("kind") in ("paragraph", "quote") and block.get("text"):
                parts.append(block["text"])
    return "\n\n".join(part for part in parts if part)


def source_text_of_draft(page_id: int) -> str:
    """What the newsroom checks compare an imported draft with (drift from the source)."""
    record = (
        ImportedStory.objects.filter(draft_id=page_id)
        .order_by("-imported_at")
        .only("fields")
        .first()
    )
    return source_text(record.fields) if record else ""

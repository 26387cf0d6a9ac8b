"""Photos, captions, wires and media cues: what readers see around the words."""

from __future__ import annotations

import re

from django.utils.translation import gettext

from redaksi.core.credits import agencies_in, credits_agency, credits_photo, in_photo_credit

from ..story import Finding, MediaCue
from . import Context, Place, excerpt, places

_MEDIA_CUE = re.compile(
    r"^\W*(?:saksikan|simak|tonton|lihat|berikut|cek)\b[^.!?]{0,80}?"
    r"\b(?P<media>video\w*|foto\w*|foto-foto|galeri|gambar\w*|infografis\w*)\b",
    re.IGNORECASE,
)
_CUE_MAX_LENGTH = 160
_CAPTION_MIN_LENGTH = 20


def _normal(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .")


def duplicate_caption(context: Context) -> list[Finding]:
    """The same caption under two photos, or a caption repeated as a paragraph."""
    story = context.story
    seen: dict[str, str] = {}
    findings = []
    for place in places(story, headline=False):
        if place.kind not in ("caption", "paragraph"):
            continue
        key = _normal(place.text)
        if len(key) < _CAPTION_MIN_LENGTH:
            continue
        first = seen.get(key)
        if first is None:
            if place.kind == "caption":
                seen[key] = place.kind
            continue
        message = (
            gettext("This caption is used twice in the story.")
            if place.kind == "caption"
            else gettext("A photo caption is repeated as a paragraph of the story.")
        )
        findings.append(
            Finding(
                "duplicate_caption",
                "warning",
                place.field,
                message,
                excerpt=excerpt(place.text, 0, min(len(place.text), 80)),
                page=place.page,
                block=place.block,
            )
        )
    # A paragraph copied before its photo counts as well.
    captions = {_normal(p.text) for p in places(story, headline=False) if p.kind == "caption"}
    for place in places(story, headline=False):
        key = _normal(place.text)
        if place.kind != "paragraph" or len(key) < _CAPTION_MIN_LENGTH or key not in captions:
            continue
        if any(f.page == place.page and f.block == place.block for f in findings):
            continue
        findings.append(
            Finding(
                "duplicate_caption",
                "warning",
                place.field,
                gettext("A photo caption is repeated as a paragraph of the story."),
                excerpt=excerpt(place.text, 0, min(len(place.text), 80)),
                page=place.page,
                block=place.block,
            )
        )
    return findings


def photo_without_credit(context: Context) -> list[Finding]:
    story = context.story
    findings = []
    if story.has_lead_image and not story.lead_credit.strip():
        if not credits_photo(story.lead_caption):
            findings.append(
                Finding(
                    "photo_without_credit",
                    "warning",
                    "lead_credit",
                    gettext("The lead photo has no credit: say who took it or owns it."),
                    excerpt=story.lead_caption[:80],
                )
            )
    for p, page in enumerate(story.pages):
        for b, block in enumerate(page.blocks):
            if block.kind != "image" or not block.has_media or block.credit.strip():
                continue
            if credits_photo(block.caption):
                continue
            findings.append(
                Finding(
                    "photo_without_credit",
                    "warning",
                    "body",
                    gettext("A photo in the story has no credit: say who took it or owns it."),
                    excerpt=block.caption[:80],
                    page=p,
                    block=b,
                )
            )
    return findings


def wire_without_attribution(context: Context) -> list[Finding]:
    """A story that quotes a wire's reporting must say so: in the source field or a line."""
    story = context.story
    if story.wire_source.strip():
        return []
    mentions: dict[str, list] = {}
    texts = list(places(story, headline=False, captions=False))
    if story.dateline:
        texts.insert(0, Place("body", story.dateline, kind="dateline"))
    for place in texts:
        for name, match in agencies_in(place.text):
            if in_photo_credit(place.text, match.start(), match.end()):
                continue
            attributed = credits_agency(place.text, match.start(), match.end())
            mentions.setdefault(name, []).append((attributed, place, match))
    findings = []
    for name, found in mentions.items():
        if any(attributed for attributed, _, _ in found):
            continue
        _, place, match = found[0]
        findings.append(
            Finding(
                "wire_without_attribution",
                "warning",
                "wire_source",
                gettext(
                    "The story names %(agency)s as a source, but the wire source field is "
                    'empty and no line credits it (for example "Dilansir %(agency)s").'
                )
                % {"agency": name},
                excerpt=excerpt(place.text, match.start(), match.end()),
                page=place.page,
                block=place.block,
            )
        )
    return findings


def media_cue_without_media(context: Context) -> list[Finding]:
    """Text announcing a video or photos that do not follow it on the same page."""
    story = context.story
    findings = []
    reported: set[tuple[int, str]] = set()
    for p, page in enumerate(story.pages):
        for b, block in enumerate(page.blocks):
            if block.kind != "paragraph" or len(block.text) > _CUE_MAX_LENGTH:
                continue
            match = _MEDIA_CUE.search(block.text)
            if match is None:
                continue
            wanted = _wanted_kinds(match["media"])
            after = page.blocks[b + 1 :]
            if any(other.kind in wanted and other.has_media for other in after):
                continue
            reported.add((p, _normal(block.text)))
            findings.append(_cue_finding(block.text, p, b))
    for cue in story.media_cues:
        if (cue.page, _normal(cue.text)) in reported or not _cue_unmet(story, cue):
            continue
        findings.append(_cue_finding(cue.text, cue.page, cue.position))
    return findings


def _wanted_kinds(media: str) -> tuple[str, ...]:
    return ("video",) if media.lower().startswith("video") else ("image", "video")


def _cue_unmet(story, cue: MediaCue) -> bool:
    if cue.media_follows is not None:
        return not cue.media_follows
    match = _MEDIA_CUE.search(cue.text)
    wanted = _wanted_kinds(match["media"]) if match else ("image", "video")
    if cue.page >= len(story.pages):
        return True
    after = story.pages[cue.page].blocks[cue.position :]
    return not any(block.kind in wanted and block.has_media for block in after)


def _cue_finding(text: str, page: int, block: int) -> Finding:
    return Finding(
        "media_cue_without_media",
        "warning",
        "body",
        gettext(
            '"%(cue)s" announces media, but no video or photo follows it on this page. '
            "Add the media or remove the line."
        )
        % {"cue": text.strip()[:80]},
        excerpt=text.strip()[:80],
        page=page,
        block=block,
    )

"""Text captures: a story page copied as plain text from a browser or a clipper.

A capture has no markup, only the order of lines: the headline first, then the
lede, the byline and times, the lead photo's caption (often twice: once as alt
text, once as caption), the body, and the portal's furniture. We read it with
the same rules the HTML layers use, so a capture and the page it came from
give the same story.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from ..story import ExtractedBlock, ExtractedImage, ExtractedPage, ExtractedStory, RemovedText
from .body import VIDEO_HOSTS
from .dates import parse_datetime
from .errors import ExtractionError
from .html import finish_body
from .text import (
    PORTAL_RE,
    RELATED_PREFIX,
    furniture_reason,
    names_photo_credit,
    normalize,
    parse_byline,
    split_caption,
    split_dateline,
    split_tags,
    strip_portal,
)

_TRAILING = re.compile(
    r"^(?:video\s+pilihan(?:\s+hari\s+ini)?|video\s+terkini|video\s+terpopuler|populer|"
    r"terpopuler|berita\s+terkini(?:\s+selengkapnya)?|berita\s+terkait|artikel\s+terkait|"
    r"rekomendasi(?:\s+untuk\s+anda|\s+berita)?|pilihan\s+redaksi|berita\s+lainnya|baca\s+berita\s+lainnya|"
    r"komentar|most\s+popular|terbaru|terpopuler\s+hari\s+ini|topik\s+pilihan|topik\s+terkait|"
    r"lihat\s+semua|newsletter|hot\s+topics?|trending|berita\s+pilihan|editor'?s\s+pick)\s*:?$",
    re.IGNORECASE,
)
_META_LABEL = re.compile(
    r"^(?:oleh|penulis|reporter|pewarta|editor|redaktur|diterbitkan|dipublikasikan|diperbarui|"
    r"diperbaharui|terbit|update|published)\b",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"(?P<label>diterbitkan|dipublikasikan|terbit|published|diperbarui|diperbaharui|"
    r"updated?|pembaruan)\s*:?\s*",
    re.IGNORECASE,
)
_TAGS_LINE = re.compile(
    r"^(?:tags?|topik|tag terkait|kata kunci)\s*:\s*(?P<tags>.+)$", re.IGNORECASE
)
_CRUMBS = re.compile(r"\s*(?:>|›|»|/)\s*")
_URL = re.compile(r"https?://\S+")


# A label printed on a line of its own, its value on the next ("Oleh :", "Photo :").
_LONE_LABEL = re.compile(
    r"^(?:oleh|penulis|reporter|editor|foto|photo|sumber|sumber foto)\s*:$", re.IGNORECASE
)
_CREDIT_LINE = re.compile(r"^(?:foto|photo|sumber foto)\s*:\s*(?P<credit>\S.{0,80})$", re.I)
_BARE_TAGS = re.compile(r"^(?:tags?|topik|kata kunci)$", re.IGNORECASE)


def _units(text: str) -> list[str]:
    """Non-empty lines, with soft-wrapped lines of one paragraph joined again.

    Copying a page also splits one line where the page had a label and its
    value side by side ("Oleh :" / "Dimas Prakoso," / "Nur Aini"): a lone
    label or a line ending in a comma continues on the next line.
    """
    units: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = normalize(raw)
        if not line:
            joinable = False
            continue
        if units and (_LONE_LABEL.match(units[-1]) or units[-1].endswith(",")):
            units[-1] = f"{units[-1]} {line}"
        elif (
            joinable
            and units
            and line[:1].islower()
            and not units[-1].endswith((".", "!", "?", ":"))
        ):
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        joinable = True
    return units


def _is_meta(unit: str) -> bool:
    if _META_LABEL.match(unit):
        return True
    if len(unit.split()) <= 8 and strip_portal(unit) != unit and re.search(r"\s[-|]\s", unit):
        return bool(parse_byline(unit)) or parse_datetime(unit)[0] is not None  # "Nama - detikNews"
    if len(unit.split()) > 20:
        return False
    value, _zone = parse_datetime(unit)
    return value is not None and not unit.endswith(".")


def _read_meta(unit: str, story: ExtractedStory) -> None:
    labels = list(_DATE_LABEL.finditer(unit))
    head = unit[: labels[0].start()] if labels else unit
    value, zone = parse_datetime(head)
    if re.search(r"[A-Za-z]", re.sub(r"\b(?:WIB|WITA|WIT)\b", "", head)):
        names = parse_byline(head)
        portal = PORTAL_RE.search(head)
        if portal and not story.source_name:  # "Nama - detikNews": the publisher, printed
            story.source_name = portal.group(0)
            story.field_origins["source_name"] = "capture"
        if names and not story.authors:
            story.authors = names
            story.field_origins["authors"] = "capture"
    if value and story.published_at is None:
        story.published_at, story.source_time_zone = value, story.source_time_zone or zone
        story.field_origins["published_at"] = "capture"
    for i, match in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(unit)
        value, zone = parse_datetime(unit[match.end() : end])
        if value is None:
            continue
        updated = match.group("label").lower().startswith(("diperb", "update", "pembaruan"))
        name = "updated_at" if updated else "published_at"
        setattr(story, name, value)
        story.field_origins[name] = "capture"
        story.source_time_zone = story.source_time_zone or zone


def _is_caption(units: list[str], i: int) -> bool:
    unit = units[i]
    repeated = i + 1 < len(units) and units[i + 1] == unit
    # A body sentence may end "(ANTARA/Reuters)"; a caption repeats or says "Foto:".
    if repeated:
        return bool(split_caption(unit)[1])
    return len(unit.split()) <= 60 and names_photo_credit(unit)


def _header_caption(units: list[str], i: int) -> tuple[str, str, int] | None:
    """(caption, credit, lines used) for the lead photo's caption above the body.

    Above the body a line ending in a publisher's credit ("… KONTAN/Dwi Santoso",
    "… TRIBUN-BALI.COM/NAMA") is the photo's caption, and so is a line followed
    by a "Photo : X" line. In the body we stay stricter: sentences end "(ANTARA/Reuters)".
    """
    unit = units[i]
    if len(unit.split()) > 60 or _CREDIT_LINE.match(unit):
        return None
    following = _CREDIT_LINE.match(units[i + 1]) if i + 1 < len(units) else None
    if following and (len(following.group("credit").split()) > 6 or "(" in following.group(0)):
        following = None  # "Foto: Kendaraan melintas … (X/detikcom)" is a caption, not a credit
    if following and not furniture_reason(unit) and not _is_meta(unit):
        caption, credit = split_caption(unit)
        return caption, credit or following.group("credit").strip(" ."), 2
    caption, credit = split_caption(unit)
    owner = credit.split("/", 1)[0]
    if "/" in credit and caption and owner.isupper() and len(re.sub(r"\W", "", owner)) >= 3:
        return caption, credit, 1
    return None


def _is_tag_line(unit: str) -> bool:
    return (
        len(unit.split()) <= 4
        and not _TRAILING.match(unit)
        and not unit.endswith((".", "!", "?", ":", ","))
        and not furniture_reason(unit)
    )


def _bare_label(unit: str) -> bool:
    return not normalize(RELATED_PREFIX.sub("", unit + " "))


def _is_title(unit: str) -> bool:
    words = unit.split()
    return (
        1 <= len(words) <= 14
        and unit[:1].isupper()
        and not unit.endswith((".", "!", "?", ":", ","))
        and not furniture_reason(unit)
    )


def extract_text_capture(text: str, *, filename: str = "") -> ExtractedStory:
    """The story in a plain-text capture of a portal page.

    Raises ExtractionError when the text is empty; the caller decides whether
    what came back is an article.
    """
    units = _units(text or "")
    if not units:
        raise ExtractionError(_("The text capture is empty."), code="empty")
    story = ExtractedStory(source_url="", extractor="capture")
    start = 0
    if _CRUMBS.search(units[0]) and len(_CRUMBS.split(units[0])) > 1 and len(units[0]) < 80:
        crumbs = [
            c for c in _CRUMBS.split(units[0]) if c and c.casefold() not in ("home", "beranda")
        ]
        if crumbs:
            story.section = crumbs[-1]
            story.field_origins["section"] = "capture"
        start = 1
    story.headline = units[start]
    story.field_origins["headline"] = "capture"
    i = start + 1
    # The header: lede, byline and times, lead photo, until the body begins.
    while i < len(units):
        unit = units[i]
        header_caption = _header_caption(units, i) if story.lead_image is None else None
        if _is_caption(units, i) and story.lead_image is None:
            caption, credit = split_caption(unit)
            story.lead_image = ExtractedImage(caption=caption, credit=credit)
            story.field_origins["lead_image"] = "capture"
            if i + 1 < len(units) and units[i + 1] == unit:
                i += 1
        elif header_caption and not _META_LABEL.match(unit):
            caption, credit, used = header_caption
            story.lead_image = ExtractedImage(caption=caption, credit=credit)
            story.field_origins["lead_image"] = "capture"
            i += used - 1
        elif _is_meta(unit):
            _read_meta(unit, story)
        elif _TAGS_LINE.match(unit):
            story.tags = split_tags(_TAGS_LINE.match(unit).group("tags"))
        elif (
            not story.lede
            and story.published_at is None
            and not story.authors
            and not split_dateline(unit)[0]
            and not split_dateline(unit)[1]
            and len(unit.split()) >= 5
        ):
            story.lede = unit
            story.field_origins["lede"] = "capture"
        elif furniture_reason(unit):
            story.removed.append(RemovedText(text=unit, reason=furniture_reason(unit)))
        else:
            break
        i += 1
    _read_body(units[i:], story)
    if story.pages:
        story.field_origins["pages"] = "capture"
    finish_body(story)
    if story.authors and story.source_name:
        story.authors = [a for a in story.authors if a.casefold() != story.source_name.casefold()]
    return story


def _read_body(units: list[str], story: ExtractedStory) -> None:
    page = ExtractedPage()
    story.pages.append(page)
    cues: list[RemovedText] = []
    trailing = False
    i = 0

    def add(block: ExtractedBlock) -> None:
        for cue in cues:
            cue.media_follows = block.kind == "video"
        cues.clear()
        story.pages[-1].blocks.append(block)

    def remove(text: str, reason: str) -> RemovedText:
        note = RemovedText(
            text=text,
            reason=reason,
            page=len(story.pages) - 1,
            position=len(story.pages[-1].blocks),
        )
        story.removed.append(note)
        return note

    while i < len(units):
        unit = units[i]
        following = units[i + 1] if i + 1 < len(units) else ""
        tags = _TAGS_LINE.match(unit)
        if trailing or _TRAILING.match(unit):
            trailing = True
            remove(unit, "navigation")
        elif tags:
            story.tags = story.tags or split_tags(tags.group("tags"))
        elif _BARE_TAGS.match(unit):
            # "Tags" on its own line, then one tag a line until the portal's lists begin.
            found = []
            while i + 1 < len(units) and _is_tag_line(units[i + 1]):
                i += 1
                found.append(units[i])
            story.tags = story.tags or split_tags(found)
        elif _URL.fullmatch(unit) and VIDEO_HOSTS.search(unit):
            add(ExtractedBlock(kind="video", url=unit))
        elif reason := furniture_reason(unit):
            url = _URL.search(unit)
            if reason == "related-link" and url:
                title = normalize(_URL.sub("", unit.split(":", 1)[-1]))
                add(ExtractedBlock(kind="related", text=title, url=url.group(0)))
            elif reason == "related-link" and _bare_label(unit) and _is_title(following):
                # "Baca Juga :" with the linked title pasted onto the next line
                remove(f"{unit} {following}", reason)
                i += 1
            else:
                note = remove(unit, reason)
                if reason == "media-cue":
                    cues.append(note)
        elif _is_caption(units, i):
            caption, credit = split_caption(unit)
            image = ExtractedImage(caption=caption, credit=credit)
            add(ExtractedBlock(kind="image", image=image))
            if following == unit:
                i += 1
        elif _is_title(unit) and following and _is_caption(units, i + 1):
            if story.pages[-1].paragraphs:
                for cue in cues:
                    cue.media_follows = False
                cues.clear()
                story.pages.append(ExtractedPage(title=unit))
            else:
                story.pages[-1].title = story.pages[-1].title or unit
        elif _is_title(unit) and len(unit.split()) <= 10 and story.pages[-1].paragraphs:
            add(ExtractedBlock(kind="subheading", text=unit))
        else:
            add(ExtractedBlock(kind="paragraph", text=unit.lstrip("*• ").strip()))
        i += 1
    for cue in cues:
        cue.media_follows = False
    last = story.pages[-1].blocks
    while last and last[-1].kind == "subheading":
        # Title-like lines after the last paragraph are the portal's story list, not the story.
        block = last.pop()
        story.removed.append(
            RemovedText(block.text, "navigation", page=len(story.pages) - 1, position=len(last))
        )
    story.pages = [p for p in story.pages if p.blocks or p.title]

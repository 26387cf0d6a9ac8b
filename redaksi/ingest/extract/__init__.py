"""The importer's extraction layer: outside material in, one ExtractedStory out.

``extract_document`` is the entry point the import command uses for a saved
file or a fetched URL: it refuses what is not a story page (binary files,
empty pages, text without a headline or body) with a message a person
understands, and otherwise dispatches to the HTML or text-capture extractor.
``find_next_page`` and ``merge_pages`` let the caller follow and join
multi-page stories; fetching is the caller's business, nothing here touches
the network.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from ..story import ExtractedStory
from .capture import extract_text_capture
from .dates import parse_datetime
from .decoding import decode
from .errors import ExtractionError
from .html import extract_html, parse_tree
from .listing import listing_reason
from .pages import find_next_page, merge_pages

__all__ = [
    "ExtractionError",
    "decode",
    "extract_document",
    "extract_html",
    "extract_text_capture",
    "find_next_page",
    "merge_pages",
    "parse_datetime",
]

_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x89PNG", "PNG"),
    (b"GIF8", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "Office"),
    (b"7z\xbc\xaf", "7z"),
    (b"Rar!", "RAR"),
    (b"\x7fELF", "ELF"),
    (b"ID3", "MP3"),
    (b"OggS", "Ogg"),
)
# Fewer words than this is a menu or a caption, not a story.
MIN_BODY_WORDS = 10
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if any(head.startswith(magic) for magic, _name in _MAGIC):
        return True
    if head[:4] == b"RIFF" or head[4:8] == b"ftyp":  # WebP, WAV, AVI, MP4
        return True
    if head.startswith(_TEXT_BOMS[1:]):
        return False  # UTF-16 has NUL bytes by design
    return b"\x00" in head


def _looks_like_html(text: str, filename: str, content_type: str) -> bool:
    if "html" in content_type.lower() or filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype", "<html", "<?xml", "<head", "<meta", "<body", "<article")):
        return True
    return head.count("<p") + head.count("<div") + head.count("</") >= 3


def extract_document(
    data: bytes, *, url: str = "", filename: str = "", content_type: str = ""
) -> ExtractedStory:
    """The story in one saved page, fetched page or text capture.

    Raises ExtractionError (with ``code``) for an empty file ("empty"), a file
    that is not a web page or text capture ("binary"), undecodable text
    ("encoding"), and a page without a headline or body ("not-article").
    """
    if not data or not data.strip():
        raise ExtractionError(_("The file is empty."), code="empty")
    if _is_binary(data):
        raise ExtractionError(
            _("This file is not a web page or text capture (it looks like a binary file)."),
            code="binary",
        )
    text = decode(data, content_type=content_type)
    if not text.strip():
        raise ExtractionError(_("The file is empty."), code="empty")
    if _looks_like_html(text, filename, content_type):
        story = extract_html(text, url=url)
        reason = listing_reason(parse_tree(text), story, url)
        if reason:
            raise ExtractionError(
                _(
                    "This is a list of stories (a front page, index, section, tag or search "
                    "page), not one story: %(reason)s."
                )
                % {"reason": reason},
                code="not-article",
            )
    else:
        story = extract_text_capture(text, filename=filename)
        story.source_url = url
    missing = []
    if not story.headline:
        missing.append(_("no headline"))
    if len(story.body_text.split()) < MIN_BODY_WORDS:
        missing.append(_("no body text"))
    if missing:
        raise ExtractionError(
            _("This does not look like a news article: %(missing)s.")
            % {"missing": ", ".join(missing)},
            code="not-article",
        )
    return story
